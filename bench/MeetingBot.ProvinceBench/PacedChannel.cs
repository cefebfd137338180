using System.Diagnostics;
using MeetingBot.Channels.BotFramework.Connector;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Messaging;

namespace MeetingBot.ProvinceBench;

/// <summary>
/// Delivers at the pace the Teams channel sends a fan-out: each message takes a proactive slot of the app's 50
/// requests a second (the host's <see cref="GlobalPacer"/>, on the real clock; nobody talks through it here, so the
/// whole limit) and is answered at once. Notes the first and the last delivery, to set against the platform's minimum.
/// </summary>
internal sealed class PacedChannel(TimeProvider realTime) : INotificationChannel, IDisposable
{
    private readonly GlobalPacer pacer = new(new GlobalRateOptions(), realTime);
    private long first;
    private long last;
    private int delivered;

    public string Channel => "msteams";

    public int Delivered => delivered;

    /// <summary>The first delivery to the last, since <see cref="Reset"/>.</summary>
    public TimeSpan FirstToLast => first == 0 ? TimeSpan.Zero : Stopwatch.GetElapsedTime(first, Interlocked.Read(ref last));

    /// <summary>
    /// What the platform's limit alone takes from the first of <paramref name="messages"/> to the last: at most 50 in any
    /// second, so the first 50 go at once and each further 50 one second later (message n at whole second (n - 1) / 50).
    /// </summary>
    public static TimeSpan Minimum(int messages) => TimeSpan.FromSeconds(Math.Max(0, messages - 1) / 50);

    public void Reset()
    {
        first = 0;
        last = 0;
        delivered = 0;
    }

    public async Task<NotificationResult> DeliverAsync(Notification notification, CancellationToken cancellationToken)
    {
        using (await pacer.AcquireAsync(ConnectorLane.Proactive, cancellationToken))
        {
            var now = Stopwatch.GetTimestamp();
            Interlocked.CompareExchange(ref first, now, 0);
            long seen;
            while ((seen = Interlocked.Read(ref last)) < now && Interlocked.CompareExchange(ref last, now, seen) != seen) { }
            Interlocked.Increment(ref delivered);
        }
        return NotificationResult.Delivered;
    }

    public void Dispose() => pacer.Dispose();
}
