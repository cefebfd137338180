using System.Text.Json.Nodes;
using MeetingBot.Channels.BotFramework.Turns;
using MeetingBot.TestPeers.Slack;
using Microsoft.Extensions.DependencyInjection;
using static MeetingBot.Host.Tests.Bot.SlackRequestsBuilder;

namespace MeetingBot.Host.Tests.Bot;

/// <summary>
/// App Home by the viewer's role in the joint meeting: the convenor and the secretariat, a unit contact, an observer,
/// someone whose request waits, and a stranger each see who they are there and only the buttons they may use, and
/// each of those buttons, pressed, is done for them rather than refused.
/// </summary>
public sealed class SlackAppHomeTests : IAsyncLifetime
{
    private StubSlackApi _slack = null!;

    public async Task InitializeAsync() => _slack = await StubSlackApi.StartAsync();

    public async Task DisposeAsync() => await _slack.DisposeAsync();

    private static readonly string[] ManagerButtons = ["安排会议", "发起报告", "待批准", "会议简报", "提醒计划", "帮助"];
    private static readonly string[] ManagerOnly = ["安排会议", "发起报告", "待批准", "会议简报"];

    [Fact]
    public async Task EachRole_SeesWhoTheyAre_AndOnlyTheButtonsTheyMayUse_AndEachButtonWorksForThem()
    {
        await using var app = new MeetingBotApplication
        {
            Settings = new Dictionary<string, string?>
            {
                ["Slack:SigningSecret"] = SigningSecret,
                ["Slack:BotToken"] = _slack.BotToken,
                ["Slack:ApiBaseUrl"] = _slack.ApiBaseUrl,
                ["Storage:SeedDemo"] = "false",
            },
        };
        var client = app.CreateClient();
        var idle = () => app.Services.GetRequiredService<BackgroundWork>().WhenIdle;
        foreach (var (user, name) in new[] { ("U0CONV", "张召集"), ("U0SEC", "刘办公"), ("U0FIN", "王财政"), ("U0OBS", "赵列席"), ("U0PEND", "孙教育"), ("U0NEW", "路人甲") })
            _slack.Names[user] = name;
        var said = 0;
        async Task Say(string user, string text)
        {
            var n = ++said;
            await client.SendAsync(Event(Envelope($"EvHome{n:D3}", Mention(user, "C0VOC", text, $"17000002{n:D2}.000100"))));
            await idle();
        }

        await Say("U0CONV", "创建联席会议 002");
        await Say("U0FIN", "我是区财政局联络员");
        await Say("U0CONV", "批准 王财政");
        await Say("U0OBS", "我想列席");
        await Say("U0CONV", "批准 赵列席");
        await Say("U0SEC", "我想列席");
        await Say("U0CONV", "批准 刘办公");
        await Say("U0CONV", "指定 刘办公 为办公室");
        await Say("U0PEND", "我是区教体局联络员");

        var expected = new Dictionary<string, (string[] Buttons, string Who, string[] Headings)>
        {
            ["U0CONV"] = (ManagerButtons, "您是召集人", ["下次会议", "未交报告的单位"]),
            ["U0SEC"] = (ManagerButtons, "您是联席会议办公室", ["下次会议", "未交报告的单位"]),
            ["U0FIN"] = (["我的报告", "会议安排", "提醒计划", "帮助"], "您是区财政局的联络员", ["我的任务", "下次会议", "未交报告的单位"]),
            ["U0OBS"] = (["会议安排", "成员单位", "帮助"], "列席", ["下次会议", "未交报告的单位"]),
            ["U0PEND"] = (["成员单位", "我想列席", "帮助"], "等待批准", ["下次会议"]),
            ["U0NEW"] = (["成员单位", "我想列席", "帮助"], "您还不是成员", ["下次会议"]),
        };

        var n = 0;
        foreach (var (user, (buttons, who, headings)) in expected)
        {
            _slack.Clear();
            await client.SendAsync(Event(Envelope($"EvHomeOpen{++n}", new JsonObject
            {
                ["type"] = "app_home_opened", ["user"] = user, ["channel"] = "D" + user, ["tab"] = "home", ["event_ts"] = $"1700000300.{n:D6}",
            })));
            await idle();
            var view = (await _slack.WaitForAsync("views.publish", b => b["user_id"]!.GetValue<string>() == user)).Body["view"]!.AsObject();
            var blocks = view["blocks"]!.AsArray();
            var values = blocks.First(b => b!["type"]!.GetValue<string>() == "actions")!["elements"]!.AsArray().Select(e => e!["value"]!.GetValue<string>()).ToList();
            values.Should().Equal(buttons, $"the buttons of {user}");
            blocks[1]!["text"]!["text"]!.GetValue<string>().Should().Contain("*区政府职业教育工作联席会议*（jm-002）").And.Contain(who);
            var sectionTexts = blocks.Where(b => b!["type"]!.GetValue<string>() == "section").Select(b => b!["text"]!["text"]!.GetValue<string>()).ToList();
            foreach (var heading in headings) sectionTexts.Should().Contain($"*{heading}*");
            if (!headings.Contains("我的任务")) sectionTexts.Should().NotContain("*我的任务*");

            // Each button, pressed on App Home, is done for this person (answered in their DM or opened as a form), never refused.
            foreach (var (value, i) in values.Select((v, i) => (v, i)))
            {
                _slack.Clear();
                await client.SendAsync(Interaction(new JsonObject
                {
                    ["type"] = "block_actions", ["team"] = new JsonObject { ["id"] = StubSlackApi.TeamId }, ["user"] = new JsonObject { ["id"] = user },
                    ["trigger_id"] = $"t-{user}-{i}", ["view"] = new JsonObject { ["type"] = "home", ["id"] = "VHOME" },
                    ["actions"] = new JsonArray(new JsonObject { ["action_id"] = $"mb_say_{i}", ["type"] = "button", ["value"] = value }),
                }));
                await idle();
                var answers = _slack.Calls.Where(c => c.Method is "chat.postMessage" or "views.open").ToList();
                answers.Should().NotBeEmpty($"{user} pressed {value}");
                var said2 = string.Join("\n", answers.Select(c => c.Body.ToJsonString()));
                said2.Should().NotContain("没有执行").And.NotContain("只有召集人").And.NotContain("只能由召集人", $"{user} pressed {value}");
                if (answers.Any(c => c.Method == "chat.postMessage"))
                    answers.First(c => c.Method == "chat.postMessage").Body["channel"]!.GetValue<string>().Should().Be("D" + user);
            }
            if (buttons != ManagerButtons) values.Should().NotContain(ManagerOnly);
        }
    }
}
