using MeetingBot.Conversation.Tests.Infrastructure;
using MeetingBot.Core.Domain.Reminders;

namespace MeetingBot.Conversation.Tests.Reminders;

/// <summary>Two bot instances over one store, each with its own scheduler firing at the same moments.</summary>
public sealed class TwoInstancesTests : IDisposable
{
    private readonly ChatHarness chat = new(ReminderStage.Opened);

    [Fact]
    public async Task SweepAsync_TwoInstancesSweepingTheSameHours_SendEachReminderOnce()
    {
        await ReminderStage.SetUpAsync(chat);
        var a = chat.Reminders("host-a");
        var b = chat.Reminders("host-b", separateInstance: true);

        var summaries = await chat.HourByHourAsync(ReminderStage.Local(6, 12, 12), a, b);

        var lines = chat.Channel.Lines(ReminderStage.Beijing);
        lines.Should().OnlyHaveUniqueItems();
        lines.Should().Equal(
            ("06-03 09:00 +08:00", "王财政", "还有7天"), ("06-03 09:00 +08:00", "赵教育", "还有7天"), ("06-03 09:00 +08:00", "陈人社", "还有7天"),
            ("06-08 09:00 +08:00", "王财政", "还有2天"), ("06-08 09:00 +08:00", "赵教育", "还有2天"), ("06-08 09:00 +08:00", "陈人社", "还有2天"),
            ("06-09 09:00 +08:00", "王财政", "还有1天"), ("06-09 09:00 +08:00", "赵教育", "还有1天"), ("06-09 09:00 +08:00", "陈人社", "还有1天"),
            ("06-10 09:00 +08:00", "王财政", "截止当天"), ("06-10 09:00 +08:00", "赵教育", "截止当天"), ("06-10 09:00 +08:00", "陈人社", "截止当天"),
            ("06-11 09:00 +08:00", "王财政", "会议7天后"), ("06-11 09:00 +08:00", "王财政", "逾期1"),
            ("06-11 09:00 +08:00", "赵教育", "会议7天后"), ("06-11 09:00 +08:00", "赵教育", "逾期1"),
            ("06-11 09:00 +08:00", "陈人社", "会议7天后"), ("06-11 09:00 +08:00", "陈人社", "逾期1"),
            ("06-12 09:00 +08:00", "王财政", "逾期2"), ("06-12 09:00 +08:00", "赵教育", "逾期2"), ("06-12 09:00 +08:00", "陈人社", "逾期2"));
        summaries.Sum(s => s.Sent).Should().Be(lines.Count, "each delivery was counted by the one instance that claimed it");
        (await chat.Ledger.ListAsync(Scenario.JointMeetingId)).Should().NotContain(r => r.State == ReminderState.Claimed);
    }

    public void Dispose() => chat.Dispose();
}
