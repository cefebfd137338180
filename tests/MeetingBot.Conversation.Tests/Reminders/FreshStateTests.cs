using MeetingBot.Conversation.Tests.Features.Reporting;
using MeetingBot.Conversation.Tests.Infrastructure;
using MeetingBot.Core.Domain.Reminders;
using MeetingBot.Core.Reminders;

namespace MeetingBot.Conversation.Tests.Reminders;

/// <summary>A fan-out takes minutes: what changes meanwhile decides what is still sent.</summary>
public sealed class FreshStateTests : IDisposable
{
    private readonly ChatHarness chat = new(ReminderStage.Opened);

    [Theory]
    [InlineData(2, false)] // the state the sweep started with is two minutes old: looked at again
    [InlineData(0, true)]  // within the same minute: the sweep's own state is fresh enough
    public async Task SweepAsync_AUnitSubmitsDuringTheFanOut_IsRemindedOnlyFromAStateFreshEnough(int sendMinutes, bool reminded)
    {
        var stage = await ReminderStage.SetUpAsync(chat);
        chat.Clock.SetUtcNow(ReminderStage.FirstReminders);
        ChatPerson? submitter = null;
        var submitterUnit = "";
        // One reminder at a time; the first send takes a while, and meanwhile another unit submits its report.
        chat.Channel.WhileSending = async notification =>
        {
            if (submitter is not null) return;
            submitter = notification.To.SameAs(stage.LabourContact.Account) ? stage.EducationContact : stage.LabourContact;
            submitterUnit = submitter.Account.SameAs(stage.LabourContact.Account) ? ReportingStage.Labour : ReportingStage.Education;
            await submitter.SaysAsync($"报告 {(await stage.TasksOfAsync(submitterUnit))[0]}：已完成年度培训计划");
            (await submitter.SaysAsync("提交报告")).AllText.Should().Contain("已提交");
            chat.Clock.Advance(TimeSpan.FromMinutes(sendMinutes));
        };

        var summary = await chat.Reminders(options: new ReminderDispatchOptions { MaxConcurrentDeliveries = 1 }).SweepAsync(CancellationToken.None);

        summary.Sent.Should().Be(reminded ? 3 : 2);
        chat.Channel.Delivered.Select(d => d.To).Should().HaveCount(reminded ? 3 : 2)
            .And.Subject.Any(to => to.SameAs(submitter!.Account)).Should().Be(reminded);
        var records = await ReminderStage.FirstRemindersAsync(chat, stage);
        records[submitterUnit].State.Should().Be(reminded ? ReminderState.Sent : ReminderState.Skipped);
        if (!reminded) records[submitterUnit].Detail.Should().StartWith("no longer due");
    }

    public void Dispose() => chat.Dispose();
}
