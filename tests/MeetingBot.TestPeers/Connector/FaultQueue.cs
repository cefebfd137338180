namespace MeetingBot.TestPeers.Connector;

/// <summary>
/// Faults waiting for requests, oldest first. A request takes the first fault whose predicate accepts it. The
/// pending count is read without the lock so the hot path costs one volatile read while no fault is queued.
/// </summary>
internal sealed class FaultQueue
{
    private readonly object gate = new();
    private readonly List<Entry> entries = [];
    private int pending;

    public void Enqueue(StubFault fault, int times, Func<RecordedRequest, bool>? match)
    {
        ArgumentNullException.ThrowIfNull(fault);
        ArgumentOutOfRangeException.ThrowIfLessThan(times, 1);
        lock (gate)
        {
            entries.Add(new Entry(fault, match) { Remaining = times });
            Volatile.Write(ref pending, entries.Count);
        }
    }

    public StubFault? Take(RecordedRequest request)
    {
        if (Volatile.Read(ref pending) == 0)
            return null;
        lock (gate)
        {
            for (var i = 0; i < entries.Count; i++)
            {
                var entry = entries[i];
                if (entry.Match is not null && !entry.Match(request))
                    continue;
                if (--entry.Remaining == 0)
                {
                    entries.RemoveAt(i);
                    Volatile.Write(ref pending, entries.Count);
                }
                return entry.Fault;
            }
            return null;
        }
    }

    /// <summary>How many requests the queued faults still apply to.</summary>
    public int Remaining
    {
        get
        {
            lock (gate)
                return entries.Sum(entry => entry.Remaining);
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            entries.Clear();
            Volatile.Write(ref pending, 0);
        }
    }

    private sealed class Entry(StubFault fault, Func<RecordedRequest, bool>? match)
    {
        public StubFault Fault { get; } = fault;

        public Func<RecordedRequest, bool>? Match { get; } = match;

        public int Remaining { get; set; }
    }
}
