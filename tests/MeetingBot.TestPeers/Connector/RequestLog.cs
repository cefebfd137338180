using System.Collections.Concurrent;

namespace MeetingBot.TestPeers.Connector;

/// <summary>
/// The requests a stub served, and waiting for them. Adding is lock-free; waiters are woken through a signal that
/// is only replaced when someone waits, so the hot path costs an enqueue and two interlocked operations.
/// </summary>
internal sealed class RequestLog
{
    private const int ListedInTimeouts = 20;

    private readonly ConcurrentQueue<RecordedRequest> requests = new();
    private TaskCompletionSource signal = NewSignal();
    private long sequence;
    private int count;
    private int waiters;

    public int Count => Volatile.Read(ref count);

    public long NextSequence() => Interlocked.Increment(ref sequence);

    public void Add(RecordedRequest request)
    {
        requests.Enqueue(request);
        Interlocked.Increment(ref count);
        // The increment above is a full fence: a waiter that registered after this read snapshots the request itself.
        if (Volatile.Read(ref waiters) > 0)
            Interlocked.Exchange(ref signal, NewSignal()).TrySetResult();
    }

    /// <summary>In arrival order (answers can finish out of order, recording happens as they do).</summary>
    public IReadOnlyList<RecordedRequest> Snapshot()
    {
        var items = requests.ToArray();
        for (var i = 1; i < items.Length; i++)
        {
            if (items[i - 1].Sequence > items[i].Sequence)
            {
                Array.Sort(items, (a, b) => a.Sequence.CompareTo(b.Sequence));
                break;
            }
        }
        return items;
    }

    public void Clear()
    {
        requests.Clear();
        Interlocked.Exchange(ref count, 0);
    }

    public async Task<RecordedRequest> WaitForAsync(Func<RecordedRequest, bool>? match, TimeSpan timeout)
    {
        RecordedRequest? found = null;
        if (await WaitUntilAsync(() => (found = Snapshot().FirstOrDefault(request => match is null || match(request))) is not null, timeout))
            return found!;
        throw Timeout($"no {(match is null ? "request" : "matching request")} arrived within {Seconds(timeout)}");
    }

    public async Task WaitForCountAsync(int expected, TimeSpan timeout)
    {
        if (!await WaitUntilAsync(() => Count >= expected, timeout))
            throw Timeout($"expected {expected} requests within {Seconds(timeout)}, {Count} arrived");
    }

    private async Task<bool> WaitUntilAsync(Func<bool> satisfied, TimeSpan timeout)
    {
        Interlocked.Increment(ref waiters);
        try
        {
            var deadline = DateTime.UtcNow + timeout;
            while (true)
            {
                // Read the signal before probing: whatever arrives after the probe completes this signal.
                var wake = Volatile.Read(ref signal).Task;
                if (satisfied())
                    return true;
                var left = deadline - DateTime.UtcNow;
                if (left <= TimeSpan.Zero)
                    return false;
                try
                {
                    await wake.WaitAsync(left);
                }
                catch (TimeoutException)
                {
                    // Probe once more: something may have arrived just as the time ran out.
                }
            }
        }
        finally
        {
            Interlocked.Decrement(ref waiters);
        }
    }

    private static string Seconds(TimeSpan timeout) => $"{timeout.TotalSeconds:0.###} s";

    private TimeoutException Timeout(string what)
    {
        var arrived = Snapshot();
        var listed = arrived.TakeLast(ListedInTimeouts).Select(request => "  " + request.Describe());
        var header = arrived.Count > ListedInTimeouts
            ? $"The stub connector got {arrived.Count} requests; the last {ListedInTimeouts}:"
            : $"The stub connector got {arrived.Count} request(s){(arrived.Count == 0 ? "." : ":")}";
        return new TimeoutException(string.Join(Environment.NewLine, [$"StubConnector: {what}.", header, .. listed]));
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
