using System.Collections.Concurrent;

namespace MeetingBot.Channels.Slack.Api;

/// <summary>
/// Keeps messages within Slack's pace for <c>chat.postMessage</c>: about one a second per channel, short bursts
/// allowed (here: 3 in 3 s, 30 in 30 s), by waiting before a post that would exceed it rather than being answered
/// 429. Replies ahead of reminders: a post outside any turn (a reminder fan-out) waits while a turn's replies
/// are waiting, so a person who writes during a fan-out is answered first.
/// </summary>
public sealed class SlackPacer(TimeProvider time)
{
    public static readonly IReadOnlyList<(int Count, TimeSpan Window)> Limits =
    [
        (3, TimeSpan.FromSeconds(3)),
        (30, TimeSpan.FromSeconds(30)),
    ];

    private static readonly AsyncLocal<bool> ProactiveLane = new();
    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _sends = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private int _turnsWaiting;
    private TaskCompletionSource _turnsClear = Completed();

    /// <summary>Marks the calls of the current async flow as proactive (reminders, notices outside a turn).</summary>
    public static void EnterProactiveLane() => ProactiveLane.Value = true;

    public async Task WaitTurnAsync(string channel, CancellationToken cancellationToken)
    {
        var proactive = ProactiveLane.Value;
        if (proactive)
        {
            Task clear;
            lock (_gate) clear = _turnsClear.Task;
            await clear.WaitAsync(cancellationToken);
        }
        else
        {
            lock (_gate)
                if (_turnsWaiting++ == 0) _turnsClear = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        try
        {
            var history = _sends.GetOrAdd(channel, _ => new Queue<DateTimeOffset>());
            while (true)
            {
                TimeSpan wait;
                lock (history)
                {
                    var now = time.GetUtcNow();
                    wait = WaitBeforeNext(history, now);
                    if (wait <= TimeSpan.Zero)
                    {
                        history.Enqueue(now);
                        break;
                    }
                }
                await Task.Delay(wait, time, cancellationToken);
            }
        }
        finally
        {
            if (!proactive)
                lock (_gate)
                    if (--_turnsWaiting == 0) _turnsClear.TrySetResult();
        }

        if (_sends.Count > 5_000) SweepIdle();
    }

    private static TimeSpan WaitBeforeNext(Queue<DateTimeOffset> sends, DateTimeOffset now)
    {
        var longest = Limits.Max(l => l.Window);
        while (sends.Count > 0 && now - sends.Peek() >= longest) sends.Dequeue();
        var recent = sends.ToArray();
        var wait = TimeSpan.Zero;
        foreach (var (count, window) in Limits)
        {
            if (recent.Length < count) continue;
            var release = recent[^count] + window - now;
            if (release > wait) wait = release;
        }
        return wait;
    }

    private void SweepIdle()
    {
        var now = time.GetUtcNow();
        var longest = Limits.Max(l => l.Window);
        foreach (var (key, history) in _sends)
            lock (history)
                if (history.Count == 0 || now - history.Last() >= longest) _sends.TryRemove(KeyValuePair.Create(key, history));
    }

    private static TaskCompletionSource Completed()
    {
        var done = new TaskCompletionSource();
        done.SetResult();
        return done;
    }
}
