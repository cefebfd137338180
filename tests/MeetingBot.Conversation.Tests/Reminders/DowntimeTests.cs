using MeetingBot.Conversation.Tests.Features.Reporting;
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
    [InlineData(8 + 24, 59, "还有6天（补发）", true)] // missed by 23 h 59 min: still sent late, counting the days left on 4 June
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
    public async Task SweepAsync_BackDuringQuietHours_WaitsForTheMorningThenSendsLate()
    {
        var stage = await ReminderStage.SetUpAsync(chat);
        chat.Clock.SetUtcNow(ReminderStage.Local(6, 3, 22)); // back at 22:00, 13 hours after the 09:00 reminders
        var bot = chat.Reminders();

        (await bot.SweepAsync(CancellationToken.None)).Should().Be(Core.Reminders.ReminderSweepSummary.None);
        await chat.HourByHourAsync(ReminderStage.Local(6, 4, 8), bot);

        chat.Channel.Lines(ReminderStage.Beijing).Should().Equal(
            ("06-04 08:00 +08:00", "王财政", "还有6天（补发）"), ("06-04 08:00 +08:00", "赵教育", "还有6天（补发）"), ("06-04 08:00 +08:00", "陈人社", "还有6天（补发）"));
        (await ReminderStage.FirstRemindersAsync(chat, stage)).Values.Should().OnlyContain(r => r.State == ReminderState.Sent && r.Late);
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

    [Fact]
    public async Task SweepAsync_BackAfterSeveralNudgesOfOneKind_SendsOnlyTheNewestCountedAsOfNow()
    {
        var stage = await ReminderStage.SetUpAsync(chat);
        // Down from before the 11 June nudge until 12 June 09:40: two overdue nudges each are due at once.
        chat.Clock.SetUtcNow(ReminderStage.Local(6, 12, 9, 40));

        await chat.Reminders().SweepAsync(CancellationToken.None);

        var overdue = chat.Channel.Delivered.Where(d => d.Message.Text.Contains("【报告逾期】")).ToList();
        overdue.Should().HaveCount(3, "one nudge per contact, not two minutes apart with different counts");
        overdue.Should().OnlyContain(d => d.Message.Text.Contains("已逾期 2 个工作日"), "counted on the day it is sent");
        var units = new[] { await stage.UnitIdAsync(ReportingStage.Finance), await stage.UnitIdAsync(ReportingStage.Education), await stage.UnitIdAsync(ReportingStage.Labour) };
        var records = (await chat.Ledger.ListAsync(Scenario.JointMeetingId)).Where(r => r.Key.Name == "overdue-1" && units.Contains(r.Key.Recipient)).ToList();
        records.Should().HaveCount(3).And.OnlyContain(r => r.State == ReminderState.Skipped && r.Detail!.StartsWith("superseded by"));

        chat.Clock.Advance(TimeSpan.FromMinutes(10));
        (await chat.Reminders().SweepAsync(CancellationToken.None)).Sent.Should().Be(0, "each reminder is still done exactly once");
    }

    [Fact]
    public async Task SweepAsync_ACatchUpOnTheNextDay_CountsTheDaysLeftOnTheDayItIsSent()
    {
        var stage = await ReminderStage.SetUpAsync(chat);
        // The one-day reminder of 9 June 09:00 goes out at 08:30 on 10 June (under a day late): the deadline is today.
        chat.Clock.SetUtcNow(ReminderStage.Local(6, 9, 8));
        await chat.Reminders().SweepAsync(CancellationToken.None);
        chat.Clock.SetUtcNow(ReminderStage.Local(6, 10, 8, 30));

        await chat.Reminders().SweepAsync(CancellationToken.None);

        stage.FinanceContact.Inbox[^1].Text.Should().Contain("今天").And.NotContain("还有1天");
    }

    public void Dispose() => chat.Dispose();
}
