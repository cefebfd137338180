using MeetingBot.Conversation.Tests.Cards;
using MeetingBot.Conversation.Tests.Features.Reporting;
using MeetingBot.Conversation.Tests.Infrastructure;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Domain.Reminders;
using MeetingBot.Core.Domain.Reporting;

namespace MeetingBot.Conversation.Tests.Features.Reminders;

/// <summary>What a reminder says and to whom, composed from the state at sending time, as the dispatcher gets it.</summary>
public sealed class ReminderMessagesTests : IDisposable
{
    private readonly ChatHarness chat = new();

    public void Dispose() => chat.Dispose();

    private async Task<(ReportingStage Stage, IReadOnlyList<DueReminder> Due)> RoundAsync(string language = "zh-CN")
    {
        var stage = await ReportingStage.SetUpAsync(chat, language);
        await stage.OpenRoundAsync();
        var snapshot = await stage.SnapshotAsync();
        var due = ReminderSchedule.Between(snapshot, chat.Catalog.IndexFor(snapshot.JointMeeting.Value),
            new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.FromHours(8)), new DateTimeOffset(2026, 7, 1, 0, 0, 0, TimeSpan.FromHours(8)));
        return (stage, due);
    }

    private async Task<IReadOnlyList<Notification>> ComposeAsync(ReportingStage stage, DueReminder reminder, bool late = false)
    {
        var snapshot = await stage.SnapshotAsync();
        return ReminderMessages.Compose(reminder, snapshot, chat.Catalog.IndexFor(snapshot.JointMeeting.Value), late);
    }

    [Fact]
    public async Task Compose_DueReminder_GoesToTheUnitsContactsWithAButtonThatOpensTheReportCard()
    {
        var (stage, due) = await RoundAsync();
        var unit = await stage.UnitIdAsync(ReportingStage.Education);
        var reminder = due.Single(r => r.Key is { Name: "due-3", Subject: "round:r1" } && r.Key.Recipient == unit);

        var sent = await ComposeAsync(stage, reminder);

        sent.Should().ContainSingle().Which.To.Should().Be(stage.EducationContact.Account);
        var message = sent[0].Message;
        message.Text.Should().Contain("【报告提醒】").And.Contain("2026年6月10日（周三） 截止，还有 2 天").And.Contain("我的报告");
        var pressed = await stage.EducationContact.PressAsync(message, "填写报告");
        pressed.Messages.Should().Contain(m => m.Card != null && m.Text.Contains(ReportingStage.Education));
    }

    [Fact]
    public async Task Compose_Late_IsMarkedAsSentLate()
    {
        var (stage, due) = await RoundAsync("en");
        var reminder = due.First(r => r.Key.Name == "due-7");

        var sent = await ComposeAsync(stage, reminder, late: true);

        sent.Should().NotBeEmpty().And.OnlyContain(n => n.Message.Text.StartsWith("[Sent late] [Report reminder]"));
        sent[0].Message.Card!.Json()["body"]![0]!["text"]!.GetValue<string>().Should().StartWith("Sent late");
        AdaptiveCardRules.Require(sent[0].Message.Card!);
        (await ComposeAsync(stage, reminder, late: false))[0].Message.Card!.Json()["body"]![0]!["text"]!.GetValue<string>().Should().NotStartWith("Sent late");
    }

    [Fact]
    public async Task Compose_UnitSubmittedMeanwhile_IsEmpty()
    {
        var (stage, due) = await RoundAsync();
        var unit = await stage.UnitIdAsync(ReportingStage.Finance);
        var reminder = due.Single(r => r.Key is { Name: "due-0", Subject: "round:r1" } && r.Key.Recipient == unit);
        var snapshot = await stage.SnapshotAsync();
        var round = snapshot.FindRound("r1")!.Value;
        var report = ProgressReport.Begin(round, unit);
        report.Save(snapshot.JointMeeting.Value, round, stage.FinanceContact.Account,
            round.TasksOf(unit).Select(t => new TaskProgress(t, ProgressStatus.OnTrack, [], "按计划推进")).ToList(), submit: true, chat.Clock.GetUtcNow());
        await chat.Store.SaveAsync(new ChangeSet(Scenario.JointMeetingId).Add(report, null));

        (await ComposeAsync(stage, reminder)).Should().BeEmpty();
    }

    [Fact]
    public async Task Compose_Escalation_GoesToConvenorAndSecretariatListingTheMissingUnits()
    {
        var (stage, due) = await RoundAsync();
        var reminder = due.Single(r => r.Key.Name == "escalation");

        var sent = await ComposeAsync(stage, reminder);

        sent.Select(n => n.To).Should().Contain(stage.Convenor.Account);
        sent[0].Message.Text.Should().Contain("【报告催交】").And.Contain(ReportingStage.Education).And.Contain(ReportingStage.Finance);
    }

    [Fact]
    public async Task Compose_MeetingMovedSinceTheListWasMade_IsEmptyAndTheNewDateHasItsOwn()
    {
        var (stage, due) = await RoundAsync();
        var unit = await stage.UnitIdAsync(ReportingStage.Labour);
        var reminder = due.Single(r => r.Key is { Name: "before-1", Subject: "meeting:m1" } && r.Key.Recipient == unit);
        (await ComposeAsync(stage, reminder)).Should().ContainSingle()
            .Which.Message.Text.Should().Contain("【会议提醒】").And.Contain("明天");

        await stage.Convenor.SaysAsync("调整会议 m1 2026-06-25 14:30", stage.Group);

        (await ComposeAsync(stage, reminder)).Should().BeEmpty();
    }

    [Fact]
    public async Task Compose_ForAnotherJointMeeting_IsEmpty()
    {
        var (stage, due) = await RoundAsync();
        var reminder = due[0] with { Key = due[0].Key with { JointMeetingId = "other" } };

        (await ComposeAsync(stage, reminder)).Should().BeEmpty();
    }
}
