using System.Text.Json.Nodes;
using MeetingBot.Channels.BotFramework.Turns;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Messaging;
using MeetingBot.Core.Reminders;
using MeetingBot.TestPeers.Slack;
using Microsoft.Extensions.DependencyInjection;
using static MeetingBot.Host.Tests.Bot.SlackRequestsBuilder;

namespace MeetingBot.Host.Tests.Bot;

/// <summary>
/// The joint meeting's season played once through Slack only, on the host as deployed (signed requests to the three
/// endpoints, the real reminder dispatcher, a stand-in for Slack's Web API), checking what Slack was asked to show and
/// to whom: the convenor creates the joint meeting in a channel; three unit contacts ask in their DMs and are approved
/// by the card's button and by the slash command; the meeting is scheduled with the modal and its notice reaches every
/// contact's DM, one answers it by button; reports are asked for; one unit reports by DM; the reminders reach exactly
/// the units that have not; the convenor asks who has not reported; a stranger asks who is responsible for 实训基地.
/// </summary>
public sealed class SlackSeasonStoryTests : IAsyncLifetime
{
    private StubSlackApi _slack = null!;

    public async Task InitializeAsync() => _slack = await StubSlackApi.StartAsync();

    public async Task DisposeAsync() => await _slack.DisposeAsync();

    private static DateTimeOffset Beijing(int month, int day, int hour) => new(2026, month, day, hour, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task TheWholeSeason_ThroughSlackOnly()
    {
        var clock = new ShiftedWallClock(Beijing(5, 20, 9));
        await using var app = new MeetingBotApplication
        {
            Clock = clock,
            Settings = new Dictionary<string, string?>
            {
                ["Slack:SigningSecret"] = SigningSecret,
                ["Slack:BotToken"] = _slack.BotToken,
                ["Slack:ApiBaseUrl"] = _slack.ApiBaseUrl,
                ["Storage:SeedDemo"] = "false",
                ["Reminders:Enabled"] = "false", // the test sweeps when the story's day comes, not the minute job
            },
        };
        var client = app.CreateClient();
        async Task Idle() => await app.Services.GetRequiredService<BackgroundWork>().WhenIdle;
        var people = new Dictionary<string, string>
        {
            ["U0CONV"] = "张召集", ["U0FIN"] = "财政联络员", ["U0EDU"] = "教体联络员", ["U0LAB"] = "人社联络员", ["U0LU"] = "路人",
        };
        foreach (var (user, name) in people) _slack.Names[user] = name;
        var events = 0;
        async Task Mention(string user, string text)
        {
            var n = ++events;
            (await client.SendAsync(Event(Envelope($"EvSeason{n:D3}", SlackRequestsBuilder.Mention(user, "C0VOC", text, $"17000005{n:D2}.000100"), clock.GetUtcNow()), clock.GetUtcNow())))
                .IsSuccessStatusCode.Should().BeTrue();
            await Idle();
        }
        async Task Dm(string user, string text)
        {
            var n = ++events;
            (await client.SendAsync(Event(Envelope($"EvSeason{n:D3}", DirectMessage(user, text, $"17000005{n:D2}.000200"), clock.GetUtcNow()), clock.GetUtcNow())))
                .IsSuccessStatusCode.Should().BeTrue();
            await Idle();
        }
        async Task<string> Slash(string user, string text, string triggerId = "t-none")
        {
            var id = $"season-{++events}";
            (await client.SendAsync(Command(user, "C0VOC", text, _slack.ResponseUrl(id), triggerId, clock.GetUtcNow()))).IsSuccessStatusCode.Should().BeTrue();
            await Idle();
            return id;
        }
        async Task Press(string user, SlackCall card, string label)
        {
            var button = Buttons(card.Body).First(b => b["text"]!["text"]!.GetValue<string>() == label);
            var channel = card.Body["channel"]!.GetValue<string>();
            (await client.SendAsync(Interaction(new JsonObject
            {
                ["type"] = "block_actions", ["team"] = new JsonObject { ["id"] = StubSlackApi.TeamId }, ["user"] = new JsonObject { ["id"] = user },
                ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = $"1700000600.{++events:D6}", ["channel_id"] = channel, ["is_ephemeral"] = false },
                ["channel"] = new JsonObject { ["id"] = channel }, ["trigger_id"] = $"t-press-{events}",
                ["actions"] = new JsonArray(new JsonObject { ["type"] = "button", ["action_id"] = button["action_id"]!.DeepClone(), ["value"] = button["value"]!.DeepClone() }),
            }, clock.GetUtcNow()))).IsSuccessStatusCode.Should().BeTrue();
            await Idle();
        }
        IReadOnlyList<SlackCall> Posts(string channel) => [.. _slack.CallsOf("chat.postMessage").Where(c => c.Body["channel"]!.GetValue<string>() == channel)];
        string TextsTo(string channel) => string.Join("\n", Posts(channel).Select(c => c.Body["text"]!.GetValue<string>()));

        // The convenor creates the joint meeting in the channel that will work for it; the answer is in that channel.
        await Mention("U0CONV", "创建联席会议 002");
        TextsTo("C0VOC").Should().Contain("区政府职业教育工作联席会议").And.Contain("您是召集人");

        // Three contacts ask in their own DMs; each request reaches the convenor's DM as a card with buttons.
        await Dm("U0FIN", "我是区财政局联络员");
        await Dm("U0EDU", "我是区教体局的联络员");
        await Dm("U0LAB", "我是人社局联络员");
        var cards = Posts("DU0CONV").Where(c => Buttons(c.Body).Any()).ToList();
        cards.Should().HaveCount(3, "one approval card per request");
        await Press("U0CONV", cards.Single(c => c.Body["text"]!.GetValue<string>().Contains("财政联络员")), "批准");
        await Press("U0CONV", cards.Single(c => c.Body["text"]!.GetValue<string>().Contains("教体联络员")), "批准");
        _slack.CallsOf("chat.update").Should().HaveCount(2, "each pressed card is updated in place");
        // The third by the slash command, answered to the convenor only.
        await Slash("U0CONV", "批准 人社联络员");
        var ephemeral = await _slack.WaitForAsync(c => c.Method == "response_url" && Said(c.Body).Contains("人社联络员"));
        ephemeral.Body["response_type"]!.GetValue<string>().Should().Be("ephemeral");
        foreach (var user in new[] { "U0FIN", "U0EDU", "U0LAB" })
            TextsTo("D" + user).Should().Contain("您已被批准", $"{people[user]} is told in their DM");

        // The first plenary is scheduled with the modal the slash command opens.
        await Slash("U0CONV", "安排会议", "trigger-season");
        var open = await _slack.WaitForAsync(c => c.Method == "views.open" && c.Body["trigger_id"]!.GetValue<string>() == "trigger-season");
        var form = open.Body["view"]!.AsObject();
        var submitted = await client.SendAsync(Interaction(Submission(form, "U0CONV", ("date", "selected_date", "2026-06-18"), ("time", "selected_time", "14:30")), clock.GetUtcNow()));
        (await submitted.Content.ReadAsStringAsync()).Should().BeEmpty("a valid form closes the modal");
        await Idle();
        var store = app.Services.GetRequiredService<IJointMeetingStore>();
        var jointMeeting = (await store.ListAsync()).Should().ContainSingle().Subject.Value;
        var snapshot = (await store.LoadAsync(jointMeeting.Id))!;
        var meeting = snapshot.Meetings.Should().ContainSingle().Subject.Value;
        meeting.State.LocalStart.Should().Be(new DateTime(2026, 6, 18, 14, 30, 0));
        foreach (var user in new[] { "U0FIN", "U0EDU", "U0LAB" })
            Posts("D" + user).Should().Contain(c => c.Body["text"]!.GetValue<string>().Contains("2026年6月18日") && Buttons(c.Body).Any(), $"{people[user]} gets the notice with its buttons");
        var notice = Posts("DU0EDU").Last(c => c.Body["text"]!.GetValue<string>().Contains("2026年6月18日") && Buttons(c.Body).Any());
        await Press("U0EDU", notice, "参加");
        var attendance = (await store.LoadAsync(jointMeeting.Id))!.Meetings.Single().Value;
        attendance.State.Replies.Should().ContainSingle(r => r.UnitId == jointMeeting.FindUnit("区教体局")!.Id && r.Attendance == Core.Domain.Meetings.Attendance.Attend);

        // Reports are asked for in the channel: each contact's DM gets the report card of their own unit's tasks.
        await Mention("U0CONV", $"发起报告 {meeting.Id} 截止 2026-06-10");
        foreach (var user in new[] { "U0FIN", "U0EDU", "U0LAB" })
            Posts("D" + user).Should().Contain(c => c.Body["text"]!.GetValue<string>().Contains("进度报告"), $"{people[user]} is asked to report");

        // 区人社局 reports by DM, matched to its task, and submits; the convenor is told.
        await Dm("U0LAB", "报告：今年新增双师型教师23名，双师型教师队伍建设按计划推进。");
        TextsTo("DU0LAB").Should().Contain("建立一支双师型教师队伍");
        await Dm("U0LAB", "提交报告");
        Posts("DU0LAB")[^1].Body["text"]!.GetValue<string>().Should().Contain("已提交");
        TextsTo("DU0CONV").Should().Contain("区人社局");

        // A week before the deadline the reminders go: to the two units that have not reported, not to 区人社局.
        _slack.Clear();
        clock.MoveTo(Beijing(6, 3, 9));
        var sweep = await app.Services.GetRequiredService<ReminderDispatcher>().SweepAsync(CancellationToken.None);
        await Idle();
        sweep.Errors.Should().Be(0);
        TextsTo("DU0FIN").Should().Contain("报告提醒").And.Contain("区财政局").And.Contain("2026年6月10日");
        TextsTo("DU0EDU").Should().Contain("报告提醒").And.Contain("区教体局");
        Posts("DU0LAB").Should().BeEmpty("区人社局 has reported");
        (await app.Services.GetRequiredService<IUndeliveredMessageLog>().ListAsync(DateTimeOffset.MinValue)).Should().BeEmpty();

        // The convenor asks who has not reported, with the slash command: the answer is theirs only.
        await Slash("U0CONV", "谁还没交报告");
        var matrix = await _slack.WaitForAsync(c => c.Method == "response_url" && Said(c.Body).Contains("未报告"));
        var matrixText = string.Join("\n", _slack.CallsOf("response_url").Select(c => c.Body["text"]?.GetValue<string>() ?? ""));
        matrixText.Should().Contain("已提交 1：区人社局").And.Contain("区财政局").And.Contain("区教体局");
        matrix.Body["response_type"]!.GetValue<string>().Should().Be("ephemeral");

        // A stranger asks in the channel who is responsible for 实训基地: answered there, citing the document's task.
        _slack.Clear();
        await Mention("U0LU", "谁负责实训基地？");
        var answer = TextsTo("C0VOC");
        answer.Should().Contain("打造一批高水平实训基地").And.Contain("牵头：区发改局、区教体局、区人社局").And.Contain("责任：区财政局");

        // Everything Slack was asked carried the bot token, and nothing was left undelivered.
        _slack.Calls.Where(c => c.Method is not ("response_url" or "files.download")).Should().OnlyContain(c => c.Token == _slack.BotToken);
        (await app.Services.GetRequiredService<IUndeliveredMessageLog>().ListAsync(DateTimeOffset.MinValue)).Should().BeEmpty();
    }

    private static JsonObject Submission(JsonObject view, string user, params (string Id, string Kind, string Value)[] values)
    {
        var state = new JsonObject();
        foreach (var (id, kind, value) in values)
            state[id] = new JsonObject { [id] = new JsonObject { ["type"] = "x", [kind] = value } };
        var submitted = (JsonObject)view.DeepClone();
        submitted["id"] = "V-season";
        submitted["state"] = new JsonObject { ["values"] = state };
        return new JsonObject
        {
            ["type"] = "view_submission", ["team"] = new JsonObject { ["id"] = StubSlackApi.TeamId },
            ["user"] = new JsonObject { ["id"] = user, ["team_id"] = StubSlackApi.TeamId }, ["view"] = submitted,
        };
    }

    // The body as Slack reads it, Chinese unescaped.
    private static string Said(JsonObject body) =>
        body.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private static IEnumerable<JsonObject> Buttons(JsonObject body) =>
        (body["blocks"] as JsonArray ?? []).OfType<JsonObject>()
            .SelectMany(b => (b["elements"] as JsonArray ?? []).OfType<JsonObject>().Concat(b["accessory"] is JsonObject a ? [a] : []))
            .Where(e => e["type"]?.GetValue<string>() == "button");
}
