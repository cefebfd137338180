using MeetingBot.Conversation.Tests.Infrastructure;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Domain.Reminders;

namespace MeetingBot.Conversation.Tests.Reminders;

/// <summary>The bot was down when reminders fell due (09:00 on 3 June) and comes back later.</summary>
public sealed class DowntimeTests : IDisposable
{
    private readonly ChatHarness chat = new(ReminderStage.Opened);

    [Theory]
    [InlineData(9, 25, "还有7天", false)]         // a short restart: on time as far as anyone can tell
    [InlineData(14, 0, "还有7天（补发）", true)]  // missed by 5 hours: sent, marked late
    [InlineData(8 + 24, 59, null, false)]          // missed by 23 h 59 min: still sent late
    public async Task SweepAsync_BackWithinADay_SendsAndMarksLateWhenNoticeablyLate(int hour, int minute, string? kind, bool late)
    {
        var stage = await ReminderStage.SetUpAsync(chat);
        chat.Clock.SetUtcNow(ReminderStage.Local(6, 3, 0).AddHours(hour).AddMinutes(minute));

        var summary = await chat.Reminders().SweepAsync(CancellationToken.None);

        summary.Sent.Should().Be(3);
        chat.Channel.Delivered.Select(d => ReminderReplay.KindOf(d.Message)).Should().OnlyContain(k => k == (kind ?? "还有7天（补发）"));
        var sentLate = kind is null || late;
        summary.Late.Should().Be(sentLate ? 3 : 0);
        (await ReminderStage.FirstRemindersAsync(chat, stage)).Values.Should().OnlyContain(r => r.State == ReminderState.Sent && r.Late == sentLate);
        if (sentLate) stage.FinanceContact.Inbox[^1].Text.Should().StartWith(Replies.ReminderLateMarker(Lang.Zh));
    }

    [Fact]
    public async Task SweepAsync_MissedByMoreThanADay_RecordsSkippedAndSendsNothing()
    {
        var stage = await ReminderStage.SetUpAsync(chat);
        chat.Clock.SetUtcNow(ReminderStage.Local(6, 4, 10)); // 25 hours after 3 June 09:00

        var summary = await chat.Reminders().SweepAsync(CancellationToken.None);

        chat.Channel.Delivered.Should().BeEmpty();
        summary.Sent.Should().Be(0);
        var records = await ReminderStage.FirstRemindersAsync(chat, stage);
        records.Values.Should().OnlyContain(r => r.State == ReminderState.Skipped && r.Detail!.Contains("missed by 25 h"));
        summary.Skipped.Should().BeGreaterThanOrEqualTo(3);

        chat.Clock.Advance(TimeSpan.FromHours(1));
        (await chat.Reminders().SweepAsync(CancellationToken.None)).Should().Be(Core.Reminders.ReminderSweepSummary.None, "skipped is final");
    }

    public void Dispose() => chat.Dispose();
}
