using MeetingBot.Channels.BotFramework.Rendering;
using MeetingBot.Conversation.Tests.Cards;
using MeetingBot.Conversation.Tests.Infrastructure;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Conversation.Features.Reporting;

namespace MeetingBot.Conversation.Tests.Features.Reporting;

public sealed class OpenRoundTests : IDisposable
{
    private readonly ChatHarness chat = new();

    [Fact]
    public async Task OpenRound_ByOneLine_OpensItAndConfirmsDeadlineUnitsAndTasks()
    {
        var stage = await ReportingStage.SetUpAsync(chat);

        var reply = await stage.Convenor.SaysAsync("发起报告 m1 截止 2026-06-10", stage.Group);

        var round = (await stage.SnapshotAsync()).FindRound("r1")!.Value;
        round.State.MeetingId.Should().Be("m1");
        round.State.Deadline.Should().Be(ReportingStage.Deadline);
        var units = round.State.Assignments.Count(a => a.TaskIds.Count > 0);
        var tasks = round.State.Assignments.SelectMany(a => a.TaskIds).Distinct().Count();
        reply.AllText.Should().Contain("已发起报告征集 **r1**").And.Contain("截止 **2026年6月10日（周三）**")
            .And.Contain($"{units} 个成员单位、共 {tasks} 项任务").And.Contain("已向 3 位联络员发送填报卡片")
            .And.Contain("无需报告的单位：区扶贫办");
        units.Should().Be(6);
    }

    [Fact]
    public async Task OpenRound_Opened_EachContactGetsACardOfExactlyTheirUnitsTasks()
    {
        var stage = await ReportingStage.SetUpAsync(chat);

        await stage.OpenRoundAsync();

        foreach (var (person, unit) in new[] { (stage.EducationContact, ReportingStage.Education), (stage.LabourContact, ReportingStage.Labour), (stage.FinanceContact, ReportingStage.Finance) })
        {
            var card = person.Received($"进度报告：{unit}");
            var listed = await AllPagesAsync(person, card);
            var inRound = await stage.TasksOfAsync(unit);
            var unitId = await stage.UnitIdAsync(unit);
            var jm = (await stage.SnapshotAsync()).JointMeeting.Value;
            bool Leads(string id) => jm.Tasks.Single(t => t.Id == id).LeadUnitIds.Contains(unitId);
            listed.Should().Equal(inRound.Where(Leads).Concat(inRound.Where(id => !Leads(id))),
                $"{unit}'s card lists the tasks it leads, then those it shares, each in order");
        }
        stage.Convenor.Inbox.Should().BeEmpty("the convenor reports for no unit");
        stage.Observer.Inbox.Should().BeEmpty();
    }

    [Theory]
    [InlineData(ReportingStage.Education)]
    [InlineData(ReportingStage.Labour)]
    public async Task OpenRound_UnitWithTwoDozenTasks_GetsPagedCardsUnderTheSizeLimit(string unit)
    {
        var stage = await ReportingStage.SetUpAsync(chat);
        var contact = unit == ReportingStage.Education ? stage.EducationContact : stage.LabourContact;

        await stage.OpenRoundAsync();

        var first = contact.Received($"进度报告：{unit}");
        (await stage.TasksOfAsync(unit)).Count.Should().BeGreaterThan(20);
        first.Text.Should().Contain("第 1/");
        AdaptiveCardRenderer.Size(first.Card!.Json()).Should().BeLessThanOrEqualTo(AdaptiveCardRules.MaxCardBytes);
        ReportingStage.TasksOn(first).Count.Should().BeLessThan((await stage.TasksOfAsync(unit)).Count);
        (await AllPagesAsync(contact, first)).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task OpenRound_MeetingIdLeftOut_UsesTheOnlyPlannedMeeting()
    {
        var stage = await ReportingStage.SetUpAsync(chat);

        await stage.Convenor.SaysAsync("发起报告，截止6月10日", stage.Group);

        (await stage.SnapshotAsync()).FindRound("r1")!.Value.State.MeetingId.Should().Be("m1");
    }

    [Fact]
    public async Task OpenRound_TwoMeetingsAndNoDetails_AsksWithACardThatOpensTheRound()
    {
        var stage = await ReportingStage.SetUpAsync(chat);
        await chat.PlanMeetingAsync("m2", new DateTime(2026, 11, 12, 9, 30, 0), "第二次全体会议");

        var reply = await stage.Convenor.SaysAsync("发起报告", stage.Group);

        (await stage.SnapshotAsync()).Rounds.Should().BeEmpty("nothing is opened before the meeting and deadline are chosen");
        var card = reply.Messages.Single();
        card.Text.Should().Contain("发起报告 m1 截止 2026-06-10");
        await stage.Convenor.PressAsync(card, Replies.OpenButton(Lang.Zh), new Dictionary<string, string> { ["meeting"] = "m2", ["deadline"] = "2026-11-01" }, stage.Group);

        var round = (await stage.SnapshotAsync()).FindRound("r1")!.Value;
        (round.State.MeetingId, round.State.Deadline).Should().Be(("m2", new DateOnly(2026, 11, 1)));
        stage.EducationContact.Received("进度报告：区教体局");
    }

    [Fact]
    public async Task OpenRound_SecondMeeting_GetsTheNextReadableId()
    {
        var stage = await ReportingStage.SetUpAsync(chat);
        await chat.PlanMeetingAsync("m2", new DateTime(2026, 11, 12, 9, 30, 0));
        await stage.OpenRoundAsync();

        var reply = await stage.Convenor.SaysAsync("发起报告 m2 截止 2026-11-01", stage.Group);

        reply.AllText.Should().Contain("**r2**");
        (await stage.SnapshotAsync()).Rounds.Select(r => r.Value.Id).Should().BeEquivalentTo(["r1", "r2"]);
    }

    [Fact]
    public async Task OpenRound_BadDate_SaysSoAndOpensNothing()
    {
        var stage = await ReportingStage.SetUpAsync(chat);

        var reply = await stage.Convenor.SaysAsync("发起报告 m1 截止 明年夏天", stage.Group);

        reply.AllText.Should().Be(Replies.BadDeadline(Lang.Zh, "明年夏天"));
        (await stage.SnapshotAsync()).Rounds.Should().BeEmpty();
    }

    [Fact]
    public async Task OpenRound_DeadlineAfterTheMeeting_IsRefusedByTheDomain()
    {
        var stage = await ReportingStage.SetUpAsync(chat);

        var reply = await stage.Convenor.SaysAsync("发起报告 m1 截止 2026-06-20", stage.Group);

        reply.AllText.Should().Contain("没有执行").And.Contain("截止日期 2026年6月20日（周六） 晚于 2026年6月18日（周四） 的会议");
        (await stage.SnapshotAsync()).Rounds.Should().BeEmpty();
    }

    [Fact]
    public async Task OpenRound_UnknownMeeting_NamesThePlannedOnes()
    {
        var stage = await ReportingStage.SetUpAsync(chat);

        var reply = await stage.Convenor.SaysAsync("发起报告 m9 截止 2026-06-10", stage.Group);

        reply.AllText.Should().Contain("没有编号为“m9”的会议").And.Contain("m1（2026-06-18 14:30）");
    }

    [Fact]
    public async Task OpenRound_NoMeetingPlanned_SaysToScheduleOneFirst()
    {
        var stage = await ReportingStage.SetUpAsync(chat, planMeeting: false);

        var reply = await stage.Convenor.SaysAsync("发起报告 截止 2026-06-10", stage.Group);

        reply.AllText.Should().Be(Replies.NoPlannedMeeting(Lang.Zh));
    }

    [Fact]
    public async Task OpenRound_ByAUnitContact_IsRefusedWithWhoCanAndNothingOpened()
    {
        var stage = await ReportingStage.SetUpAsync(chat);

        var reply = await stage.EducationContact.SaysAsync("发起报告 m1 截止 2026-06-10");

        reply.AllText.Should().Be("没有执行：只有召集人或联席会议办公室可以发起报告征集。");
        (await stage.SnapshotAsync()).Rounds.Should().BeEmpty();
        stage.LabourContact.Inbox.Should().BeEmpty();
    }

    [Fact]
    public async Task OpenRound_InEnglish_ConfirmsInEnglish()
    {
        var stage = await ReportingStage.SetUpAsync(chat);

        var reply = await stage.Convenor.SaysAsync("open reports for m1 due June 10", stage.Group);

        reply.AllText.Should().Contain("Opened reporting round **r1** for meeting m1").And.Contain("due **Wed 10 Jun 2026**").And.Contain("6 member units");
        stage.EducationContact.Received("进度报告：区教体局").Should().NotBeNull("notices go out in the joint meeting's language");
    }

    [Fact]
    public async Task OpenRound_EnglishJointMeeting_SendsEnglishCards()
    {
        var stage = await ReportingStage.SetUpAsync(chat, language: "en");

        await stage.Convenor.SaysAsync("发起报告 m1 截止 2026-06-10", stage.Group);

        var card = stage.FinanceContact.Received("Progress report: 区财政局");
        card.Card!.Json()["lang"]!.GetValue<string>().Should().Be("en");
        card.Text.Should().Contain("report 2.");
    }

    // Walks "下一页" from the first page, pressing it with nothing filled in, and lists every task the pages held.
    private static async Task<List<string>> AllPagesAsync(ChatPerson person, OutgoingMessage first)
    {
        var tasks = new List<string>(ReportingStage.TasksOn(first));
        var page = first;
        var next = Replies.NextPageButton(page.Card!.Json()["lang"]!.GetValue<string>() == "en" ? Lang.En : Lang.Zh);
        for (var guard = 0; HasButton(page, next) && guard < 20; guard++)
        {
            var reply = await person.PressAsync(page, next);
            page = reply.Messages.Last(m => m.Card is not null);
            tasks.AddRange(ReportingStage.TasksOn(page));
        }
        return tasks;
    }

    private static bool HasButton(OutgoingMessage message, string title) =>
        message.Card!.Json()["actions"]!.AsArray().Any(a => a!["title"]!.GetValue<string>() == title);

    public void Dispose() => chat.Dispose();
}
