using System.Diagnostics;

namespace MeetingBot.TestPeers.Connector;

/// <summary>
/// The hits one key (a conversation, or the app) made within each of its limits' windows: one queue of timestamps
/// per limit, pruned as time passes, so a check costs the pruning plus one count comparison per limit. Callers lock.
/// </summary>
internal sealed class SlidingWindows(IReadOnlyList<RateLimit> limits)
{
    private readonly Window[] windows = limits.Select(limit => new Window(limit)).ToArray();

    public bool HasRoom(long now)
    {
        foreach (var window in windows)
            if (!window.HasRoom(now))
                return false;
        return true;
    }

    public void Add(long now)
    {
        foreach (var window in windows)
            window.Hits.Enqueue(now);
    }

    private sealed class Window(RateLimit limit)
    {
        private readonly long length = (long)(limit.Window.TotalSeconds * Stopwatch.Frequency);

        public Queue<long> Hits { get; } = new();

        public bool HasRoom(long now)
        {
            while (Hits.Count > 0 && now - Hits.Peek() >= length)
                Hits.Dequeue();
            return Hits.Count < limit.Count;
        }
    }
}
