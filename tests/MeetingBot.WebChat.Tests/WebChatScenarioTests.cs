using System.Text.RegularExpressions;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Domain.Reporting;
using MeetingBot.Core.Policy.Model;
using MeetingBot.TestPeers;
using MeetingBot.WebChat.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MeetingBot.WebChat.Tests;

/// <summary>
/// The issue's end-to-end scenarios, through the page like a user: the real host on loopback with a fresh store,
/// Web Chat in Debian's Chromium, the Yongnian joint meeting (demo-002).
/// </summary>
[Collection(WebChatCollection.Name)]
public sealed partial class WebChatScenarioTests(WebChatFixture fixture)
{
    private const Lang Zh = Lang.Zh;
    private const string Yongnian = YongnianPolicy.JointMeetingId;

    [Fact]
    public async Task Bystander_AsksWhoIsResponsibleForDualQualifiedTeachers_SeesTheUnitsThePolicyIndexNames()
    {
        const string question = "谁负责双师型教师？";
        var task = YongnianPolicy.MostRelevantTask(question);
        task.Title.Should().Contain("双师型教师", "the index must find the task the question is about");
        task.Lead.Should().NotBeEmpty();

        await using var chat = await ChatPage.OpenAsync(fixture.Browser, fixture.Host, nameof(Bystander_AsksWhoIsResponsibleForDualQualifiedTeachers_SeesTheUnitsThePolicyIndexNames));
        await chat.ChooseAsync(Yongnian, "bystander");
        await chat.SendAsync(question);

        var reply = await chat.ReplyShowingAsync(task.Title);
        await chat.StepAsync("the reply names the task's lead and responsible units", async () =>
        {
            foreach (var unit in task.Lead.Concat(task.Responsible))
                await Expect(reply).ToContainTextAsync(unit);
        });
    }

    [Fact]
    public async Task Convenor_SchedulesAMeetingThroughTheFormCard_SeesItConfirmed()
    {
        var date = TestClock.WednesdayIn(2);
        const string topic = "网页对话测试：第一次全体会议";
        const string place = "区政府第一会议室";

        await using var chat = await ChatPage.OpenAsync(fixture.Browser, fixture.Host, nameof(Convenor_SchedulesAMeetingThroughTheFormCard_SeesItConfirmed));
        await chat.ChooseAsync(Yongnian, "convenor");
        await chat.SendAsync("安排会议");

        var card = await chat.CardAsync(Replies.ScheduleFormTitle(Zh));
        await chat.StepAsync("fill in the form card", async () =>
        {
            await card.Locator("input[type=date]").FillAsync(date.ToString("yyyy-MM-dd"));
            await card.Locator("input[type=time]").FillAsync("14:30");
            await card.GetByPlaceholder(Replies.MeetingPlacePlaceholder(Zh)).FillAsync(place);
            await card.GetByPlaceholder(Replies.MeetingAgendaPlaceholder(Zh)).FillAsync(topic + "\n听取各成员单位工作进展");
        });
        await chat.StepAsync("press the card's submit button", () =>
            card.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = Replies.ScheduleButton(Zh), Exact = true }).ClickAsync());

        var confirmation = await chat.ReplyShowingAsync("已安排会议", Replies.MeetingDay(Zh, date), topic);
        await Expect(confirmation).ToContainTextAsync(place);
        await Expect(confirmation).ToContainTextAsync("回复：" + Replies.ScheduleFormQuote(Zh));

        // The form that did it is updated in place: what was scheduled and by whom, and no button to press again.
        await chat.StepAsync("see the used form card in place of the form", async () =>
        {
            var forms = chat.Chat.Locator(".ac-adaptiveCard").Filter(new LocatorFilterOptions { HasText = Replies.ScheduleFormTitle(Zh) });
            await Expect(forms).ToHaveCountAsync(1);
            await Expect(forms.First).ToContainTextAsync("✓ 已安排会议");
            await Expect(forms.First).ToContainTextAsync(place);
            await Expect(forms.First.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
            await Expect(forms.First.Locator("input")).ToHaveCountAsync(0);
        });

        // The README's picture: the filled-in form card and the bot's confirmation, as a newcomer sees them
        // (a taller window than the laptop-sized one the steps run in, so both fit). Every run takes it beside the
        // test binaries; docs/webchat.png is replaced only on request, so a test run never dirties the tree.
        var picture = Environment.GetEnvironmentVariable("MEETINGBOT_UPDATE_README_SCREENSHOT") == "1"
            ? Path.Combine(RepoRoot.Find(), "docs", "webchat.png")
            : Path.Combine(AppContext.BaseDirectory, "webchat-artifacts", "readme", "webchat.png");
        await chat.StepAsync("save the README screenshot", async () =>
        {
            await chat.Page.SetViewportSizeAsync(1280, 1080);
            await confirmation.ScrollIntoViewIfNeededAsync();
            (await chat.ScreenshotAsync(picture)).Should().Be(picture);
            new FileInfo(picture).Length.Should().BeGreaterThan(10_000, "the picture shows the page, not a blank window");
        });
    }

    [Fact]
    public async Task UnitContact_SubmitsTheReportCardOfANewRound_ConvenorSeesTheUnitReported()
    {
        var meetingDate = TestClock.WednesdayIn(3);
        var deadline = meetingDate.AddDays(-7);

        await using var chat = await ChatPage.OpenAsync(fixture.Browser, fixture.Host, nameof(UnitContact_SubmitsTheReportCardOfANewRound_ConvenorSeesTheUnitReported));

        // The convenor plans a meeting and opens a round for it, by chat.
        await chat.ChooseAsync(Yongnian, "convenor");
        await chat.SendAsync($"安排会议 {meetingDate:yyyy-MM-dd} 09:30 网页对话测试：工作推进会");
        var scheduled = await chat.ReplyShowingAsync("已安排会议", Replies.MeetingDay(Zh, meetingDate));
        var meetingId = "";
        await chat.StepAsync("read the meeting's id", async () =>
        {
            meetingId = ScheduledId().Match(await scheduled.InnerTextAsync()).Groups["id"].Value;
            meetingId.Should().NotBeEmpty("the confirmation names the meeting");
        });

        await chat.SendAsync($"发起报告 {meetingId} 截止 {deadline:yyyy-MM-dd}");
        var opened = await chat.ReplyShowingAsync("已发起报告征集", $"会议 {meetingId}", $"截止 {Replies.ReportDeadline(Zh, deadline)}");
        var roundId = "";
        PolicyUnit unit = null!;
        var persona = "";
        // A unit the round asks to report: one the document gives tasks, a member (it has a persona), not listed as without tasks.
        await chat.StepAsync("read the round's id and pick a unit it asks to report", async () =>
        {
            var openedText = await opened.InnerTextAsync();
            roundId = OpenedId().Match(openedText).Groups["id"].Value;
            roundId.Should().NotBeEmpty("the reply names the round");
            var personas = await PersonaOptionsAsync(chat);
            unit = YongnianPolicy.UnitWithFewestTasks(name => personas.Any(p => p.Label.StartsWith(name, StringComparison.Ordinal)));
            WithoutTasks().Match(openedText).Groups["units"].Value.Should().NotContain(unit.Name);
            persona = personas.First(p => p.Label.StartsWith(unit.Name, StringComparison.Ordinal)).Value;
        });

        // Its contact fills in the report card and submits it.
        await chat.ChooseAsync(Yongnian, persona);
        await chat.SendAsync("我的报告");
        var card = await chat.CardAsync(Replies.ReportCardTitle(Zh, unit.Name));
        await chat.StepAsync("fill in the first task of the report card", async () =>
        {
            await card.Locator("select").First.SelectOptionAsync(new SelectOptionValue { Label = Replies.StatusName(Zh, ProgressStatus.OnTrack) });
            await card.Locator("textarea").First.FillAsync("已完成年度工作部署，按计划推进。");
        });
        await chat.StepAsync("press the card's submit button", () =>
            card.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = Replies.SubmitButton(Zh), Exact = true }).ClickAsync());
        if (unit.Tasks.Count > 1)
        {
            // The other tasks are still blank: the bot names them and asks before submitting.
            var ask = await chat.CardAsync(Replies.SubmitAnywayButton(Zh));
            await chat.StepAsync("submit anyway", () =>
                ask.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = Replies.SubmitAnywayButton(Zh), Exact = true }).ClickAsync());
        }
        await chat.ReplyShowingAsync($"已提交{unit.Name}的报告", roundId);

        // The convenor asks who has not reported: the unit is among those that have.
        await chat.ChooseAsync(Yongnian, "convenor");
        await chat.SendAsync("谁还没交报告");
        await chat.ReplyShowingAsync("报告情况", roundId, $"已提交 1：{unit.Name}");
    }

    private static async Task<IReadOnlyList<(string Value, string Label)>> PersonaOptionsAsync(ChatPage chat)
    {
        var options = await chat.Page.Locator("#persona option").EvaluateAllAsync<string[][]>(
            "options => options.map(o => [o.value, o.textContent])");
        return options.Select(o => (o[0], o[1])).ToList();
    }

    [GeneratedRegex(@"本轮没有任务、无需报告的单位：(?<units>[^。]*)")]
    private static partial Regex WithoutTasks();

    [GeneratedRegex(@"已安排会议\s*(?<id>[^\s：:]+)")]
    private static partial Regex ScheduledId();

    [GeneratedRegex(@"已发起报告征集\s*(?<id>[^\s：:]+)")]
    private static partial Regex OpenedId();
}
