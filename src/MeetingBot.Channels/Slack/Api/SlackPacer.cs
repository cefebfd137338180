using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace MeetingBot.Channels.Slack.Api;

/// <summary>
/// Keeps messages within Slack's pace for <c>chat.postMessage</c>: about one a second per channel, short bursts
/// allowed (here: 3 in 3 s, 30 in 30 s), by waiting before a post that would exceed it rather than being answered
/// 429. Across the workspace Slack allows "several hundred a minute" (<see cref="SlackOptions.WorkspacePostsPerMinute"/>,
/// a sliding minute): a fan-out may use all but a reserve of it, so that replies always find room. Replies ahead of
/// reminders: a post outside any turn (a reminder fan-out) waits while a turn's replies are waiting, and never takes
/// the reserve, so a person who writes during a fan-out is answered first.
/// </summary>
public sealed class SlackPacer(TimeProvider time, IOptionsMonitor<SlackOptions> options)
{
    /// <summary>The share of the workspace's minute a fan-out leaves to replies (at least 5 posts).</summary>
    public const double ReplyReserve = 0.1;

    private readonly Queue<DateTimeOffset> _workspace = new();

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
                lock (_workspace)
                {
                    var now = time.GetUtcNow();
                    wait = WaitBeforeNext(history, now);
                    var workspaceWait = WorkspaceWait(now, proactive);
                    if (workspaceWait > wait) wait = workspaceWait;
                    if (wait <= TimeSpan.Zero)
                    {
                        history.Enqueue(now);
                        _workspace.Enqueue(now);
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

    // How long until the workspace's sliding minute has room: all of it for a reply, all but the reserve for a fan-out.
    private TimeSpan WorkspaceWait(DateTimeOffset now, bool proactive)
    {
        var minute = TimeSpan.FromMinutes(1);
        while (_workspace.Count > 0 && now - _workspace.Peek() >= minute) _workspace.Dequeue();
        var budget = Math.Max(1, options.CurrentValue.WorkspacePostsPerMinute);
        var allowed = proactive ? budget - Math.Max(5, (int)(budget * ReplyReserve)) : budget;
        if (allowed < 1) allowed = 1;
        if (_workspace.Count < allowed) return TimeSpan.Zero;
        // The post that frees a place is the (count - allowed + 1)th oldest.
        return _workspace.ElementAt(_workspace.Count - allowed) + minute - now;
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
