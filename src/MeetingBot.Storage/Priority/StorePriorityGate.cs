using System.Diagnostics;

namespace MeetingBot.Storage.Priority;

/// <summary>
/// Lets people's store calls go ahead of background ones in this instance. A person's call never waits here. A
/// background call waits while <see cref="BackgroundConcurrency"/> background calls are in flight, and while a
/// person's call is in flight or ended less than <see cref="HoldOff"/> ago (a turn's calls come one after another
/// with a moment of work between) it waits until no other background call is in flight: one is always let through,
/// so background work slows down under people's load but never stops. Waiting calls go in the order they came.
/// </summary>
/// <remarks>
/// Why: a store that answers one request after another (Azurite; an Azure account or partition at its throughput
/// limit; a busy instance's connection pool) puts a person's request behind every background request sent before
/// it, so a reminder fan-out of 16 deliveries at once would slow every turn many times over.
/// </remarks>
public sealed class StorePriorityGate
{
    private readonly Lock _sync = new();
    private readonly LinkedList<TaskCompletionSource> _waiting = new();
    private readonly Func<long> _timestamp;
    private readonly long _holdOffTicks;
    private int _people;
    private int _background;
    private long _personEndedAt = long.MinValue;

    /// <param name="timestamp">Stopwatch ticks (the default); a test gives its own to move time by hand.</param>
    public StorePriorityGate(int backgroundConcurrency, TimeSpan holdOff, Func<long>? timestamp = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(backgroundConcurrency, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(holdOff, TimeSpan.Zero);
        BackgroundConcurrency = backgroundConcurrency;
        HoldOff = holdOff;
        _timestamp = timestamp ?? Stopwatch.GetTimestamp;
        _holdOffTicks = (long)(holdOff.TotalSeconds * Stopwatch.Frequency);
    }

    public int BackgroundConcurrency { get; }

    public TimeSpan HoldOff { get; }

    /// <summary>Background calls in flight and waiting, for tests and diagnostics.</summary>
    public (int InFlight, int Waiting) Background
    {
        get { lock (_sync) return (_background, _waiting.Count); }
    }

    /// <summary>A person's call starts: it never waits.</summary>
    public void EnterPerson()
    {
        lock (_sync) _people++;
    }

    public void ExitPerson()
    {
        lock (_sync)
        {
            _people--;
            _personEndedAt = _timestamp();
        }
    }

    /// <summary>Waits for a background call's turn; cancelling gives the place up (nothing is held then).</summary>
    public async ValueTask EnterBackgroundAsync(CancellationToken cancellationToken)
    {
        TaskCompletionSource admitted;
        LinkedListNode<TaskCompletionSource> place;
        lock (_sync)
        {
            if (_waiting.Count == 0 && _background < Allowed())
            {
                _background++;
                return;
            }
            admitted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            place = _waiting.AddLast(admitted);
        }
        // Cancelled while still in line: leave it. Already let through: the call goes on and releases as usual.
        await using (cancellationToken.Register(() =>
        {
            lock (_sync)
            {
                if (place.List is null) return;
                _waiting.Remove(place);
                admitted.TrySetCanceled(cancellationToken);
            }
        }))
        {
            await admitted.Task.ConfigureAwait(false);
        }
    }

    public void ExitBackground()
    {
        lock (_sync) Release();
    }

    // Called under _sync.
    private void Release()
    {
        _background--;
        while (_waiting.First is { } next && _background < Allowed())
        {
            _waiting.RemoveFirst();
            _background++;
            next.Value.SetResult();
        }
    }

    // Called under _sync. The floor is one: while people are busy, background work goes one call at a time.
    private int Allowed()
    {
        var peopleBusy = _people > 0 || (_personEndedAt != long.MinValue && _timestamp() - _personEndedAt < _holdOffTicks);
        return peopleBusy ? 1 : BackgroundConcurrency;
    }
}
