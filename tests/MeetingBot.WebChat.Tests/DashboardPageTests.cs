using System.Text.RegularExpressions;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Conversation.Features.Reporting;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Domain.Reminders;
using MeetingBot.Core.Reporting;
using MeetingBot.WebChat.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MeetingBot.WebChat.Tests;

/// <summary>
/// The dashboard as the convenor sees it in Chromium: asked for in the web chat, opened from the link the bot gives,
/// and read like a person reads it (the grid's colours and counts, the pace bars, the reminder panel), in Chinese
/// and English, against what the store holds. A joint meeting of its own (demo-003), so the other browser tests'
/// rounds in demo-002 do not change what it checks.
/// </summary>
[Collection(WebChatCollection.Name)]
public sealed partial class DashboardPageTests(WebChatFixture fixture)
{
    private const string JointMeeting = "demo-003";

    [Fact]
    public async Task Convenor_OpensTheDashboardFromTheChat_SeesTheGridPaceBarsAndRemindersAsTheStoreHasThem()
    {
        var services = fixture.Host.Services;
        var store = services.GetRequiredService<IJointMeetingStore>();
        var meetingDate = TestClock.WednesdayIn(5);
        var deadline = TestClock.Today.AddDays(18); // within the panel's 30 days: its reminders are listed

        await using var chat = await ChatPage.OpenAsync(fixture.Browser, fixture.Host, nameof(Convenor_OpensTheDashboardFromTheChat_SeesTheGridPaceBarsAndRemindersAsTheStoreHasThem));
        await chat.ChooseAsync(JointMeeting, "convenor");
        await chat.SendAsync($"安排会议 {meetingDate:yyyy-MM-dd} 09:30 看板测试：工作推进会");
        await chat.ReplyShowingAsync("已安排会议");
        await chat.SendAsync($"发起报告 截止 {deadline:yyyy-MM-dd}");
        await chat.ReplyShowingAsync("已发起报告征集", $"截止 {Replies.ReportDeadline(Lang.Zh, deadline)}");

        // One unit reports on its first task by text and submits, so the grid has more than one colour.
        var round = (await store.LoadAsync(JointMeeting))!.Rounds.Select(r => r.Value).Single(r => r.State.Deadline == deadline);
        var reporting = round.State.Assignments.First(a => a.TaskIds.Count > 0);
        await chat.ChooseAsync(JointMeeting, $"unit:{reporting.UnitId}");
        await chat.SendAsync($"报告 {TaskNumbers.Display(reporting.TaskIds[0], Lang.Zh)}：已完成年度工作部署");
        await chat.ReplyShowingAsync("已记入", "报告草稿", "已完成年度工作部署");
        await chat.SendAsync("提交报告");
        await chat.ReplyShowingAsync("已提交", "的报告");

        // The convenor asks for the dashboard and opens the link the bot gives, as a person clicks it.
        await chat.ChooseAsync(JointMeeting, "convenor");
        await chat.SendAsync("看板");
        var answer = await chat.ReplyShowingAsync("工作看板");
        IPage dashboard = null!;
        await chat.StepAsync("click the dashboard link", async () =>
            dashboard = await chat.Page.Context.RunAndWaitForPageAsync(() => answer.GetByRole(AriaRole.Link).Last.ClickAsync()));
        var problems = new List<string>();
        dashboard.Console += (_, message) => { if (message.Type is "error" or "warning") problems.Add($"{message.Type}: {message.Text}"); };
        dashboard.PageError += (_, error) => problems.Add($"page error: {error}");
        await dashboard.WaitForLoadStateAsync(LoadState.Load);
        dashboard.Url.Should().Contain($"/dashboard/{JointMeeting}?").And.Contain("sig=");

        var models = (await services.GetRequiredService<RoundViews>().LoadAsync(JointMeeting, null))!;
        models.Status.Round.Id.Should().Be(round.Id, "the dashboard shows the round just opened");
        await ChecksGridAsync(dashboard, models.Status, Lang.Zh);
        await ChecksPaceBarsAsync(dashboard, models.Brief);
        await ChecksRemindersAsync(dashboard, "提醒", "时间均为联席会议所在时区（Asia/Shanghai）", services, models, Lang.Zh);
        await dashboard.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ChatPage.ArtifactsFolder, "dashboard-zh.png"), FullPage = true });

        await dashboard.GotoAsync(dashboard.Url + "&lang=en");
        await Expect(dashboard.Locator("h1")).ToContainTextAsync("dashboard");
        await ChecksGridAsync(dashboard, models.Status, Lang.En);
        await ChecksPaceBarsAsync(dashboard, models.Brief);
        await ChecksRemindersAsync(dashboard, "Reminders", "Times are in the joint meeting's time zone (Asia/Shanghai).", services, models, Lang.En);

        problems.Should().BeEmpty("the page loads without console errors (no script, nothing blocked by its CSP)");
    }

    // Each unit's row as the store has it, coloured by its state; the legend's counts; the cells' colours as painted.
    private static async Task ChecksGridAsync(IPage page, RoundStatusMatrix status, Lang lang)
    {
        var rows = page.Locator("#round table.grid tbody tr");
        await Expect(rows).ToHaveCountAsync(status.Units.Count);
        for (var i = 0; i < status.Units.Count; i++)
        {
            var unit = status.Units[i];
            var row = rows.Nth(i);
            await Expect(row.Locator("th")).ToHaveTextAsync(unit.UnitName);
            await Expect(row).ToHaveAttributeAsync("data-state", unit.State.ToString().ToLowerInvariant());
            var cells = row.Locator("td");
            await Expect(cells).ToHaveCountAsync(unit.Cells.Count);
            for (var t = 0; t < unit.Cells.Count; t++)
                await Expect(cells.Nth(t)).ToHaveCSSAsync("background-color", Colour(unit.Cells[t]));
        }
        var counts = status.Units.GroupBy(u => u.State).ToDictionary(g => g.Key, g => g.Count());
        foreach (var state in new[] { ReportCell.Submitted, ReportCell.Late, ReportCell.Draft, ReportCell.Missing })
        {
            var legend = page.Locator($".legend [data-state='{state.ToString().ToLowerInvariant()}']");
            await Expect(legend).ToHaveTextAsync($"{Replies.CellName(lang, state)} {counts.GetValueOrDefault(state)}");
            await Expect(legend).ToHaveCSSAsync("background-color", Colour(state));
        }
        status.Units.Should().Contain(u => u.State == ReportCell.Submitted).And.Contain(u => u.State == ReportCell.Missing);
    }

    // The colours a person tells the states by (the page's stylesheet): green, yellow, blue, red, grey.
    private static string Colour(ReportCell cell) => cell switch
    {
        ReportCell.Submitted => "rgb(215, 245, 221)",
        ReportCell.Late => "rgb(255, 243, 196)",
        ReportCell.Draft => "rgb(227, 236, 251)",
        ReportCell.Missing => "rgb(253, 217, 215)",
        _ => "rgb(244, 244, 244)",
    };

    // One row per target by deadline; a drawn bar for each with a figure or a time elapsed, as wide as the share reached.
    private static async Task ChecksPaceBarsAsync(IPage page, RoundBrief brief)
    {
        var targets = brief.Tasks.SelectMany(t => t.Targets).ToList();
        targets.Should().NotBeEmpty("demo-003's document has quantified targets");
        await Expect(page.Locator("#targets tbody tr")).ToHaveCountAsync(targets.Count);
        var drawn = targets.Count(t => t.Pace.Reached is not null || t.Pace.Elapsed is not null);
        drawn.Should().BeGreaterThan(0);
        var bars = page.Locator("#targets svg.bar");
        await Expect(bars).ToHaveCountAsync(drawn);
        for (var i = 0; i < drawn; i++)
        {
            await Expect(bars.Nth(i)).ToBeVisibleAsync();
            (await bars.Nth(i).BoundingBoxAsync())!.Width.Should().BeApproximately(160, 1);
        }
        foreach (var mark in targets.Select(t => t.Pace.Mark).Distinct())
            await Expect(page.Locator($"#targets tr[data-pace='{mark}']")).ToHaveCountAsync(targets.Count(t => t.Pace.Mark == mark));
    }

    // The reminders due next as the schedule in the store calls for them, at Beijing time; none gone out yet.
    private static async Task ChecksRemindersAsync(IPage page, string heading, string zoneLine, IServiceProvider services, RoundReadModels models, Lang lang)
    {
        var panel = page.Locator("#reminders");
        await Expect(panel.Locator("h2")).ToHaveTextAsync(heading);
        await Expect(panel).ToContainTextAsync(zoneLine);
        var snapshot = (await services.GetRequiredService<IJointMeetingStore>().LoadAsync(JointMeeting))!;
        var policy = services.GetRequiredService<PolicyCatalog>().IndexFor(snapshot.JointMeeting.Value);
        var expected = ReminderPanel.Of(snapshot, policy, await services.GetRequiredService<IReminderLedger>().ListAsync(JointMeeting), models.Brief.Now);
        var items = panel.Locator("ol.upcoming li");
        await Expect(items).ToHaveCountAsync(expected.Upcoming.Count);
        expected.Upcoming.Should().Contain(u => u.Key.Name == "due-7" && u.Key.Subject == $"round:{models.Status.Round.Id}");
        for (var i = 0; i < expected.Upcoming.Count; i++)
        {
            var next = expected.Upcoming[i];
            await Expect(items.Nth(i)).ToHaveAttributeAsync("data-at", next.Local.ToString("yyyy-MM-ddTHH:mm"));
            await Expect(items.Nth(i)).ToContainTextAsync(next.Local.ToString("HH:mm"));
            await Expect(items.Nth(i)).ToContainTextAsync(Replies.ReminderKindName(lang, next.Key));
        }
        await Expect(panel).ToContainTextAsync(Replies.DashNoRecent(lang, (int)ReminderPanel.Behind.TotalDays));
    }
}
