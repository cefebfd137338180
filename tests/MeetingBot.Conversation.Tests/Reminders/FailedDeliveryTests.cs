using MeetingBot.Conversation.Tests.Infrastructure;
using MeetingBot.Core.Domain.Reminders;
using MeetingBot.Core.Messaging;

namespace MeetingBot.Conversation.Tests.Reminders;

/// <summary>The channel fails for one person: retried with a growing wait, then the secretariat is told, once.</summary>
public sealed class FailedDeliveryTests : IDisposable
{
    private readonly ChatHarness chat = new(ReminderStage.Opened);

    /// <summary>Sweeps every minute from now to <paramref name="until"/>, as the Quartz trigger would.</summary>
    private async Task MinuteByMinuteAsync(DateTimeOffset until)
    {
        var bot = chat.Reminders();
        while (chat.Clock.GetUtcNow() < until)
        {
            await bot.SweepAsync(CancellationToken.None);
            chat.Clock.Advance(TimeSpan.FromMinutes(1));
        }
    }

    [Fact]
    public async Task SweepAsync_ChannelKeepsFailing_RetriesAfter10_20_40MinutesThenTellsTheSecretariatOnce()
    {
        var stage = await ReminderStage.SetUpAsync(chat);
        chat.Clock.SetUtcNow(ReminderStage.FirstReminders);
        chat.Channel.Fault = n => n.To.DisplayName == "王财政" ? NotificationResult.Failed("HTTP 503 ServiceUnavailable") : null;

        await MinuteByMinuteAsync(ReminderStage.Local(6, 3, 12));

        chat.Channel.Attempts.Where(a => a.To.DisplayName == "王财政").Select(a => ReminderReplay.Line(a, ReminderStage.Beijing).At)
            .Should().Equal("06-03 09:00 +08:00", "06-03 09:10 +08:00", "06-03 09:30 +08:00", "06-03 10:10 +08:00");
        var report = stage.Convenor.Inbox.Should().ContainSingle(m => m.Text.Contains("提醒未能送达")).Subject.Text;
        report.Should().Contain("王财政").And.Contain("HTTP 503 ServiceUnavailable").And.Contain("区财政局").And.NotContain("赵教育");
        var records = await ReminderStage.FirstRemindersAsync(chat, stage);
        records[Features.Reporting.ReportingStage.Finance].State.Should().Be(ReminderState.Failed);
        records[Features.Reporting.ReportingStage.Education].State.Should().Be(ReminderState.Sent);
    }

    [Fact]
    public async Task SweepAsync_ChannelRecoversBeforeTheLastAttempt_DeliversOnceAndTellsNobody()
    {
        var stage = await ReminderStage.SetUpAsync(chat);
        chat.Clock.SetUtcNow(ReminderStage.FirstReminders);
        chat.Channel.Fault = n => n.To.DisplayName == "王财政" ? NotificationResult.Failed("HTTP 429 after retries") : null;

        await MinuteByMinuteAsync(ReminderStage.Local(6, 3, 9, 15));
        chat.Channel.Fault = null;
        await MinuteByMinuteAsync(ReminderStage.Local(6, 3, 12));

        chat.Channel.Lines(ReminderStage.Beijing).Should().Equal(
            ("06-03 09:00 +08:00", "赵教育", "还有7天"), ("06-03 09:00 +08:00", "陈人社", "还有7天"),
            ("06-03 09:30 +08:00", "王财政", "还有7天"));
        stage.Convenor.Inbox.Should().NotContain(m => m.Text.Contains("提醒未能送达"));
        (await ReminderStage.FirstRemindersAsync(chat, stage))[Features.Reporting.ReportingStage.Finance].Should()
            .Match<ReminderRecord>(r => r.State == ReminderState.Sent && !r.Late);
    }

    [Fact]
    public async Task SweepAsync_RecipientUnreachable_NoRetryAndTheSecretariatIsToldWhy()
    {
        var stage = await ReminderStage.SetUpAsync(chat);
        chat.Clock.SetUtcNow(ReminderStage.FirstReminders);
        chat.Channel.Fault = n => n.To.DisplayName == "陈人社" ? NotificationResult.Unreachable("HTTP 403 ConversationBlockedByUser") : null;

        await MinuteByMinuteAsync(ReminderStage.Local(6, 3, 12));

        chat.Channel.Attempts.Count(a => a.To.DisplayName == "陈人社").Should().Be(1);
        stage.Convenor.Inbox.Should().ContainSingle(m => m.Text.Contains("提醒未能送达")).Which.Text
            .Should().Contain("陈人社（HTTP 403 ConversationBlockedByUser）").And.Contain("区人社局");
        (await ReminderStage.FirstRemindersAsync(chat, stage))[Features.Reporting.ReportingStage.Labour].State.Should().Be(ReminderState.Failed);
    }

    public void Dispose() => chat.Dispose();
}
