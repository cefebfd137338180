using MeetingBot.Core.Telemetry;

namespace MeetingBot.Channels.BotFramework.Connector;

/// <summary>
/// Keeps every Connector request of the app within the global limit (Teams: 50 a second) in two lanes. Turn
/// replies may use the whole window and always go before waiting proactive requests; proactive requests use what
/// is left: the whole limit while nobody talks (a fan-out then runs at the platform's pace), and up to
/// Limit − TurnReserve for <see cref="GlobalRateOptions.ReserveHoldsFor"/> after a turn's request, so the rest of a
/// conversation's replies find room even in the middle of a fan-out (its first waits only for the next slot). A 429 pauses the
/// proactive lane for its Retry-After, so a fan-out backs off as a whole instead of each send on its own.
/// A request counts from its grant until one window after its answer: the Connector counted it on arrival, which
/// lies between the two, so no network jitter can squeeze more than the limit into one of its windows.
/// Waiters queue first come, first served; one timer wakes them when a request leaves the window.
/// </summary>
public sealed class GlobalPacer : IDisposable
{
    private readonly TimeProvider _time;
    private readonly int _limit;
    private readonly int _proactiveLimit;
    private readonly TimeSpan _window;
    private readonly TimeSpan _reserveHoldsFor;
    private DateTimeOffset _lastTurnAt = DateTimeOffset.MinValue;
    private readonly object _lock = new();
    private readonly List<Slot> _counted = [];
    private readonly Queue<TaskCompletionSource<Slot>> _turns = new();
    private readonly Queue<TaskCompletionSource<Slot>> _proactive = new();
    private readonly ITimer _timer;
    private DateTimeOffset _pausedUntil;

    public GlobalPacer(GlobalRateOptions options, TimeProvider time)
    {
        if (options.Limit < 1) throw new ArgumentOutOfRangeException(nameof(options), "BotFramework:GlobalRate:Limit must be at least 1.");
        _time = time;
        _limit = options.Limit;
        _proactiveLimit = Math.Clamp(options.Limit - options.TurnReserve, 1, options.Limit);
        _window = options.Window + options.Margin;
        _reserveHoldsFor = options.ReserveHoldsFor;
        _timer = time.CreateTimer(_ => Release(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Requests counted in the window now: in flight, or answered less than a window ago.</summary>
    public int InWindow
    {
        get
        {
            lock (_lock)
            {
                Prune(_time.GetUtcNow());
                return _counted.Count;
            }
        }
    }

    /// <summary>When the proactive lane may go again after a 429 (in the past when it is not paused).</summary>
    public DateTimeOffset PausedUntil
    {
        get
        {
            lock (_lock) return _pausedUntil;
        }
    }

    /// <summary>Requests waiting for a slot, in both lanes.</summary>
    public int Waiting
    {
        get
        {
            lock (_lock) return _turns.Count + _proactive.Count;
        }
    }

    /// <summary>
    /// Waits until a request in <paramref name="lane"/> fits within the limit. Dispose the slot when the answer
    /// has arrived (or the request failed): the request leaves the window one window later.
    /// </summary>
    public Task<Slot> AcquireAsync(ConnectorLane lane, CancellationToken cancellationToken)
    {
        var proactive = lane == ConnectorLane.Proactive;
        TaskCompletionSource<Slot> waiter;
        lock (_lock)
        {
            var now = _time.GetUtcNow();
            Prune(now);
            if (proactive ? _proactive.Count == 0 && CanGoProactive(now) : _turns.Count == 0 && _counted.Count < _limit)
                return Task.FromResult(proactive ? Grant() : GrantTurn(now));

            waiter = new TaskCompletionSource<Slot>(TaskCreationOptions.RunContinuationsAsynchronously);
            (proactive ? _proactive : _turns).Enqueue(waiter);
            MeetingBotTelemetry.PacerQueued(lane.Name, +1);
            ReleaseLocked(now);
        }

        if (!cancellationToken.CanBeCanceled) return waiter.Task;
        // A cancelled waiter stays queued until its turn comes, and is skipped then without using a slot.
        var registration = cancellationToken.Register(() => waiter.TrySetCanceled(cancellationToken));
        return waiter.Task.ContinueWith(t =>
        {
            registration.Dispose();
            return t;
        }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default).Unwrap();
    }

    /// <summary>Holds the proactive lane for <paramref name="wait"/> (a 429's Retry-After); turn replies are not held.</summary>
    public void PauseProactive(TimeSpan wait)
    {
        lock (_lock)
        {
            var now = _time.GetUtcNow();
            if (now + wait > _pausedUntil) _pausedUntil = now + wait;
            ReleaseLocked(now);
        }
    }

    public void Dispose() => _timer.Dispose();

    private Slot Grant()
    {
        var slot = new Slot(this);
        _counted.Add(slot);
        return slot;
    }

    private Slot GrantTurn(DateTimeOffset now)
    {
        _lastTurnAt = now;
        return Grant();
    }

    private void Answered(Slot slot)
    {
        lock (_lock)
        {
            if (slot.AnsweredAt is not null) return;
            var now = _time.GetUtcNow();
            slot.AnsweredAt = now;
            ReleaseLocked(now);
        }
    }

    private void Release()
    {
        lock (_lock) ReleaseLocked(_time.GetUtcNow());
    }

    // Lets go every waiter that fits now, then sets the timer for the next moment one can: when enough answered
    // requests have left the window, or the pause ends. Requests still in flight wake it when answered.
    private void ReleaseLocked(DateTimeOffset now)
    {
        Prune(now);
        while (_turns.Count > 0 && _counted.Count < _limit)
        {
            var waiter = _turns.Dequeue();
            MeetingBotTelemetry.PacerQueued(ConnectorLane.Turn.Name, -1);
            var slot = GrantTurn(now);
            if (!waiter.TrySetResult(slot)) _counted.Remove(slot);
        }
        // Proactive requests never pass a waiting turn reply.
        while (_proactive.Count > 0 && CanGoProactive(now))
        {
            var waiter = _proactive.Dequeue();
            MeetingBotTelemetry.PacerQueued(ConnectorLane.Proactive.Name, -1);
            var slot = Grant();
            if (!waiter.TrySetResult(slot)) _counted.Remove(slot);
        }

        if (_turns.Count == 0 && _proactive.Count == 0) return;
        var due = _turns.Count > 0 ? RoomAt(_limit) : Later(Earliest(RoomAt(ProactiveLimit(now)), ReserveEnds(now)), _pausedUntil);
        if (due == DateTimeOffset.MaxValue) return;
        _timer.Change(due > now ? due - now : TimeSpan.FromTicks(1), Timeout.InfiniteTimeSpan);
    }

    private bool CanGoProactive(DateTimeOffset now) => _turns.Count == 0 && now >= _pausedUntil && _counted.Count < ProactiveLimit(now);

    // The reserve holds while a conversation is going on: for a while after any turn's request.
    private bool Reserving(DateTimeOffset now) => _lastTurnAt != DateTimeOffset.MinValue && now - _lastTurnAt < _reserveHoldsFor;

    private int ProactiveLimit(DateTimeOffset now) => Reserving(now) ? _proactiveLimit : _limit;

    // When the reserve lapses and waiting proactive requests may take the whole window (never, when it is not held).
    private DateTimeOffset ReserveEnds(DateTimeOffset now) => Reserving(now) ? _lastTurnAt + _reserveHoldsFor : DateTimeOffset.MaxValue;

    private static DateTimeOffset Earliest(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    // When fewer than `limit` requests will be counted: once enough answered ones have left the window; never
    // (MaxValue) while too many are still in flight.
    private DateTimeOffset RoomAt(int limit)
    {
        var over = _counted.Count - limit + 1;
        if (over <= 0) return DateTimeOffset.MinValue;
        var leaving = _counted.Where(s => s.AnsweredAt is not null).Select(s => s.AnsweredAt!.Value + _window).Order().ToList();
        return leaving.Count >= over ? leaving[over - 1] : DateTimeOffset.MaxValue;
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private void Prune(DateTimeOffset now) => _counted.RemoveAll(s => s.AnsweredAt is { } at && now - at >= _window);

    /// <summary>One granted request; disposing it says it was answered.</summary>
    public sealed class Slot(GlobalPacer pacer) : IDisposable
    {
        internal DateTimeOffset? AnsweredAt { get; set; }

        public void Dispose() => pacer.Answered(this);
    }
}
