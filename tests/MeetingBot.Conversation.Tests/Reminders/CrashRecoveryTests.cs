using MeetingBot.Conversation.Tests.Infrastructure;
using MeetingBot.Core.Domain.Reminders;
using MeetingBot.Core.Reminders;

namespace MeetingBot.Conversation.Tests.Reminders;

/// <summary>An instance that stops between claiming reminders and sending them: another takes the claims over after the lease.</summary>
public sealed class CrashRecoveryTests : IDisposable
{
    private readonly ChatHarness chat = new(ReminderStage.Opened);

    [Theory]
    [InlineData(false)] // the process dies while sending (the channel call never returns normally)
    [InlineData(true)]  // the sweep is cancelled (shutdown) right after the claims
    public async Task SweepAsync_AnInstanceStoppedBetweenClaimAndSend_AnotherSendsOnceAfterTheLease(bool cancelled)
    {
        var stage = await ReminderStage.SetUpAsync(chat);
        var crashing = chat.Reminders("host-a");
        var survivor = chat.Reminders("host-b", separateInstance: true);
        chat.Clock.SetUtcNow(ReminderStage.FirstReminders);
        using var shutdown = new CancellationTokenSource();
        chat.Channel.Fault = _ =>
        {
            if (!cancelled) throw new IOException("the process was killed");
            shutdown.Cancel();
            shutdown.Token.ThrowIfCancellationRequested();
            return null;
        };

        var crash = () => crashing.SweepAsync(shutdown.Token);
        if (cancelled) await crash.Should().ThrowAsync<OperationCanceledException>();
        else (await crash()).Errors.Should().Be(3);
        chat.Channel.Fault = null;

        chat.Channel.Delivered.Should().BeEmpty();
        var claimed = (await ReminderStage.FirstRemindersAsync(chat, stage)).Values.ToList();
        claimed.Should().NotBeEmpty().And.OnlyContain(r => r.State == ReminderState.Claimed && r.ClaimedBy == "host-a");
        if (!cancelled) claimed.Should().HaveCount(3);

        // Within the lease nobody touches the claims; what the stopped sweep never claimed goes out at once.
        chat.Clock.Advance(TimeSpan.FromMinutes(5));
        var meanwhile = await survivor.SweepAsync(CancellationToken.None);
        meanwhile.Recovered.Should().Be(0);
        meanwhile.Sent.Should().Be(3 - claimed.Count);

        chat.Clock.Advance(TimeSpan.FromMinutes(6));
        var recovery = await survivor.SweepAsync(CancellationToken.None);
        var again = await crashing.SweepAsync(CancellationToken.None);

        recovery.Recovered.Should().Be(claimed.Count);
        recovery.Sent.Should().Be(claimed.Count);
        recovery.Late.Should().Be(0, "11 minutes after its time is not late");
        again.Should().Be(ReminderSweepSummary.None);
        var lines = chat.Channel.Lines(ReminderStage.Beijing);
        lines.Select(l => (l.To, l.Kind)).Should().BeEquivalentTo([("王财政", "还有7天"), ("赵教育", "还有7天"), ("陈人社", "还有7天")]);
        lines.Count(l => l.At == "06-03 09:11 +08:00").Should().Be(claimed.Count, "the claimed ones went out when the lease ran out");
        (await ReminderStage.FirstRemindersAsync(chat, stage)).Values.Should().HaveCount(3).And.OnlyContain(r => r.State == ReminderState.Sent && r.ClaimedBy == "host-b");
        stage.FinanceContact.Inbox.Count(m => m.Text.Contains("还有 7 天", StringComparison.Ordinal)).Should().Be(1);
    }

    public void Dispose() => chat.Dispose();
}
