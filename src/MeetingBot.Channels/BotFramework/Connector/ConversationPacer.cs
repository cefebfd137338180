using System.Collections.Concurrent;

namespace MeetingBot.Channels.BotFramework.Connector;

/// <summary>
/// Keeps sends to one conversation within Teams' published per-bot, per-conversation limits (7 in 1 s, 8 in 2 s,
/// 60 in 30 s, 1,800 in an hour) by waiting before a send that would exceed one, rather than being answered 429.
/// Each conversation keeps the times of its recent sends; the wait is until the oldest send of a full window expires.
/// </summary>
public sealed class ConversationPacer(TimeProvider time)
{
    public static readonly IReadOnlyList<(int Count, TimeSpan Window)> TeamsLimits =
    [
        (7, TimeSpan.FromSeconds(1)),
        (8, TimeSpan.FromSeconds(2)),
        (60, TimeSpan.FromSeconds(30)),
        (1800, TimeSpan.FromHours(1)),
    ];

    // A reminder fan-out touches thousands of conversations once; their histories are swept when idle for the longest window.
    private const int SweepEvery = 1_000;
    private readonly ConcurrentDictionary<string, SendHistory> _histories = new(StringComparer.Ordinal);
    private int _sendsSinceSweep;

    /// <summary>Waits until a send to <paramref name="conversationKey"/> is within every limit, and counts it.</summary>
    public async Task WaitTurnAsync(string conversationKey, CancellationToken cancellationToken)
    {
        var history = _histories.GetOrAdd(conversationKey, _ => new SendHistory());
        while (true)
        {
            TimeSpan wait;
            lock (history)
            {
                var now = time.GetUtcNow();
                wait = history.WaitBeforeNext(now, TeamsLimits);
                if (wait <= TimeSpan.Zero)
                {
                    history.Add(now);
                    break;
                }
            }

            await Task.Delay(wait, time, cancellationToken);
        }

        if (Interlocked.Increment(ref _sendsSinceSweep) % SweepEvery == 0) SweepIdle();
    }

    public int TrackedConversations => _histories.Count;

    private void SweepIdle()
    {
        var now = time.GetUtcNow();
        foreach (var (key, history) in _histories)
        {
            lock (history)
            {
                // A send racing this removal lands in a fresh history and is not counted against the old one:
                // at worst one send over a limit, which the Connector's 429 and our retry absorb.
                if (history.IsIdle(now, TeamsLimits)) _histories.TryRemove(KeyValuePair.Create(key, history));
            }
        }
    }

    private sealed class SendHistory
    {
        private readonly Queue<DateTimeOffset> _sends = new();

        public void Add(DateTimeOffset at) => _sends.Enqueue(at);

        public bool IsIdle(DateTimeOffset now, IReadOnlyList<(int Count, TimeSpan Window)> limits) =>
            _sends.Count == 0 || now - _sends.Last() >= limits.Max(l => l.Window);

        public TimeSpan WaitBeforeNext(DateTimeOffset now, IReadOnlyList<(int Count, TimeSpan Window)> limits)
        {
            var longest = limits.Max(l => l.Window);
            while (_sends.Count > 0 && now - _sends.Peek() >= longest) _sends.Dequeue();

            var recent = _sends.ToArray();
            var wait = TimeSpan.Zero;
            foreach (var (count, window) in limits)
            {
                if (recent.Length < count) continue;
                // The count-th most recent send must have left the window before another may go.
                var release = recent[^count] + window - now;
                if (release > wait) wait = release;
            }

            return wait;
        }
    }
}
