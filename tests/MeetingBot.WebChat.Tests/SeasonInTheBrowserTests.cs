using MeetingBot.Core.Conversation;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.WebChat.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MeetingBot.WebChat.Tests;

/// <summary>
/// Issue 16's done-criterion: a season played again end to end in the browser, as the convenor, a unit contact and
/// a bystander, checking what each sees on the page and what the store holds. The laptop is set to London time, so
/// a time the page converted to the browser's zone instead of writing it in the joint meeting's would show. A joint
/// meeting of its own (demo-001), so the other browser tests' meetings and rounds do not change what it checks.
/// </summary>
[Collection(WebChatCollection.Name)]
public sealed class SeasonInTheBrowserTests(WebChatFixture fixture)
{
    private const Lang Zh = Lang.Zh;
    private const string JointMeeting = "demo-001";

    [Fact]
    public async Task Season_ConvenorUnitContactAndBystander_ThroughThePage_NothingDuplicatedNothingOverwritten()
    {
        var store = fixture.Host.Services.GetRequiredService<IJointMeetingStore>();
        var date = TestClock.WednesdayIn(4);
        var deadline = date.AddDays(-7);
        const string topic = "浏览器整季测试：工作推进会";
        const string place = "区政府第二会议室";

        await using var chat = await ChatPage.OpenAsync(fixture.Browser, fixture.Host, nameof(Season_ConvenorUnitContactAndBystander_ThroughThePage_NothingDuplicatedNothingOverwritten), "Europe/London");

        // The convenor schedules with the form card and presses its button twice, as an impatient person does.
        await chat.ChooseAsync(JointMeeting, "convenor");
        await chat.SendAsync("安排会议");
        var form = await chat.CardAsync(Replies.ScheduleFormTitle(Zh));
        await chat.StepAsync("fill in the form card", async () =>
        {
            await form.Locator("input[type=date]").FillAsync(date.ToString("yyyy-MM-dd"));
            await form.Locator("input[type=time]").FillAsync("14:30");
            await form.GetByPlaceholder(Replies.MeetingPlacePlaceholder(Zh)).FillAsync(place);
            await form.GetByPlaceholder(Replies.MeetingAgendaPlaceholder(Zh)).FillAsync(topic);
        });
        await chat.StepAsync("press the card's button twice", () =>
            form.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = Replies.ScheduleButton(Zh), Exact = true }).DblClickAsync());
        await chat.ReplyShowingAsync("已安排会议", Replies.MeetingDay(Zh, date), "14:30–16:30", topic, place);
        await chat.ReplyShowingAsync("这个按钮已经处理过了", "没有重复执行");
        var meeting = (await store.LoadAsync(JointMeeting))!.Meetings.Select(m => m.Value).Should()
            .ContainSingle(m => m.State.Agenda!.Contains(topic), "the second press scheduled nothing").Subject;
        meeting.State.LocalStart.Should().Be(date.ToDateTime(new TimeOnly(14, 30)));
        meeting.State.Location.Should().Be(place);
        await chat.StepAsync("one confirmation, and the used card in place of the form", async () =>
        {
            await Expect(chat.BotActivities.Filter(new LocatorFilterOptions { HasText = "回复：" + Replies.ScheduleFormQuote(Zh) })).ToHaveCountAsync(1);
            var forms = chat.Chat.Locator(".ac-adaptiveCard").Filter(new LocatorFilterOptions { HasText = Replies.ScheduleFormTitle(Zh) });
            await Expect(forms).ToHaveCountAsync(1);
            await Expect(forms.First).ToContainTextAsync("✓ " + Replies.ScheduledDone(Zh, meeting.Id));
            await Expect(forms.First.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        });

        // A round for it; the deadline and the meeting's time read as in the joint meeting, not as in London.
        await chat.SendAsync($"发起报告 {meeting.Id} 截止 {deadline:yyyy-MM-dd}");
        await chat.ReplyShowingAsync("已发起报告征集", $"会议 {meeting.Id}", "14:30", $"截止 {Replies.ReportDeadline(Zh, deadline)}");
        var snapshot = (await store.LoadAsync(JointMeeting))!;
        var round = snapshot.Rounds.Select(r => r.Value).Single(r => r.State.MeetingId == meeting.Id);
        var asked = round.State.Assignments.Where(a => a.TaskIds.Count > 0).OrderBy(a => a.TaskIds.Count).ThenBy(a => a.UnitId, StringComparer.Ordinal).First();
        var unit = snapshot.JointMeeting.Value.Units.Single(u => u.Id == asked.UnitId).Name;

        // The unit's contact fills in the card and saves it, edits it on a newer card, then presses submit on the older one.
        await chat.ChooseAsync(JointMeeting, $"unit:{asked.UnitId}");
        var cards = chat.Chat.Locator(".ac-adaptiveCard").Filter(new LocatorFilterOptions { HasText = Replies.ReportCardTitle(Zh, unit) });
        await chat.SendAsync("我的报告");
        await chat.CardAsync(Replies.ReportCardTitle(Zh, unit));
        var older = cards.Nth(0);
        const string first = "第一稿：已完成年度工作部署。";
        const string second = "第二稿：已完成年度工作部署，专项资金已到位，按计划推进。";
        await chat.StepAsync("fill in the first task and save the draft", async () =>
        {
            await Expect(older).ToContainTextAsync($"截止 {Replies.ReportDeadline(Zh, deadline)}");
            await older.Locator("textarea").First.FillAsync(first);
            await older.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = Replies.SaveDraftButton(Zh), Exact = true }).ClickAsync();
        });
        await chat.ReplyShowingAsync($"已保存{unit}的草稿（第 1 版）");
        await chat.SendAsync("我的报告");
        var newer = cards.Nth(1);
        await chat.StepAsync("edit the report on the newer card and save it", async () =>
        {
            await Expect(newer.Locator("textarea").First).ToHaveValueAsync(first);
            await newer.Locator("textarea").First.FillAsync(second);
            await newer.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = Replies.SaveDraftButton(Zh), Exact = true }).ClickAsync();
        });
        await chat.ReplyShowingAsync($"已保存{unit}的草稿（第 2 版）");
        await chat.StepAsync("press submit on the older card", () =>
            older.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = Replies.SubmitButton(Zh), Exact = true }).ClickAsync());
        await chat.ReplyShowingAsync("没有", "更新到第 2 版");
        var report = (await store.LoadAsync(JointMeeting))!.FindReport(round.Id, asked.UnitId)!.Value;
        report.State.Version.Should().Be(2, "the older card changed nothing");
        report.State.Submitted.Should().BeFalse("the older card's submit was refused");
        report.State.Entries.Should().Contain(e => e.Narrative == second, "the newer work is kept");

        // The card the refusal offers holds the newer work; submitting it submits that.
        var current = cards.Nth(2);
        await chat.StepAsync("submit the card made from the current report", async () =>
        {
            await Expect(current.Locator("textarea").First).ToHaveValueAsync(second);
            await current.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = Replies.SubmitButton(Zh), Exact = true }).ClickAsync();
        });
        if (asked.TaskIds.Count > 1)
        {
            var ask = await chat.CardAsync(Replies.SubmitAnywayButton(Zh));
            await chat.StepAsync("submit anyway", () =>
                ask.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = Replies.SubmitAnywayButton(Zh), Exact = true }).ClickAsync());
        }
        await chat.ReplyShowingAsync($"已提交{unit}的报告", $"截止 {Replies.ReportDeadline(Zh, deadline)}");
        var submitted = (await store.LoadAsync(JointMeeting))!.FindReport(round.Id, asked.UnitId)!.Value;
        submitted.State.Submitted.Should().BeTrue();
        submitted.State.Entries.Should().Contain(e => e.Narrative == second).And.NotContain(e => e.Narrative == first);

        // A bystander is offered only what a bystander may do, and reads the meeting at its own time.
        await chat.ChooseAsync(JointMeeting, "bystander");
        var examples = chat.Page.Locator("#examples");
        await chat.StepAsync("the bystander's suggestions", async () =>
        {
            await Expect(examples).ToContainTextAsync("我想列席");
            foreach (var notTheirs in new[] { "安排会议", "发起报告", "我的报告", "谁还没交报告" })
                await Expect(examples).Not.ToContainTextAsync(notTheirs);
        });
        await chat.SendAsync("下次会议什么时候？");
        var next = await chat.ReplyShowingAsync(Replies.MeetingDay(Zh, date), "14:30");
        await Expect(next).Not.ToContainTextAsync("安排会议");
    }
}
