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

    private readonly ConcurrentDictionary<string, SendHistory> _histories = new(StringComparer.Ordinal);

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
                    return;
                }
            }

            await Task.Delay(wait, time, cancellationToken);
        }
    }

    private sealed class SendHistory
    {
        private readonly Queue<DateTimeOffset> _sends = new();

        public void Add(DateTimeOffset at) => _sends.Enqueue(at);

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
