using MeetingBot.Channels.Slack.Turns;
using MeetingBot.Core.Messaging;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MeetingBot.Channels.Slack.Http;

/// <summary>
/// Keeps the Slack rows of the inbound event ledger to a window: every <see cref="Every"/> it forgets the events
/// last touched more than <see cref="Retention"/> ago. Slack redelivers an event for minutes (its retries come
/// after about 0 s, 1 min and 5 min) and <see cref="SlackEvents"/> refuses any retry whose <c>event_time</c> is
/// older than <see cref="SlackEvents.RetryWindow"/>, so an event is forgotten only long after the last retry that
/// could be handled: the margin covers instances' clocks (the signature already holds them within 5 minutes of
/// Slack's) and a take-over. Several instances may sweep at once: the deletes are conditional, each row goes once.
/// </summary>
public sealed class SlackEventLedgerExpiry(IInboundEventLedger ledger, TimeProvider time, ILogger<SlackEventLedgerExpiry> log) : BackgroundService
{
    /// <summary>How long an event is remembered after it was last taken or completed: three times the retry window.</summary>
    public static readonly TimeSpan Retention = SlackEvents.RetryWindow * 3;

    public static readonly TimeSpan Every = TimeSpan.FromMinutes(10);

    /// <summary>One sweep: forgets the events last touched before now minus <see cref="Retention"/>; returns how many.</summary>
    public Task<int> SweepAsync(CancellationToken cancellationToken = default) =>
        ledger.ExpireAsync(SlackIds.Channel, time.GetUtcNow() - Retention, cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // A short pause first: the host's start-up (the store, auth.test) goes ahead of housekeeping.
        var wait = TimeSpan.FromSeconds(30);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(wait, time, stoppingToken);
                var forgotten = await SweepAsync(stoppingToken);
                if (forgotten > 0) SlackLog.EventsExpired(log, forgotten, Retention);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The store is down or busy: the rows wait for the next sweep, nothing is lost by waiting.
                SlackLog.ExpiryFailed(log, e);
            }
            wait = Every;
        }
    }
}
