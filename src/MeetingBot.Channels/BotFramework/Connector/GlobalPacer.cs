namespace MeetingBot.Channels.BotFramework.Connector;

/// <summary>
/// Keeps every Connector request of the app within the global limit (Teams: 50 a second) in two lanes. Turn
/// replies may use the whole window and always go before waiting proactive requests; proactive requests use what
/// is left, up to Limit − TurnReserve, so a reply finds room even in the middle of a fan-out. A 429 pauses the
/// proactive lane for its Retry-After, so a fan-out backs off as a whole instead of each send on its own.
/// Waiters queue first come, first served; one timer wakes them when the oldest request leaves the window.
/// </summary>
public sealed class GlobalPacer : IDisposable
{
    private readonly TimeProvider _time;
    private readonly int _limit;
    private readonly int _proactiveLimit;
    private readonly TimeSpan _window;
    private readonly object _lock = new();
    private readonly Queue<DateTimeOffset> _granted = new();
    private readonly Queue<TaskCompletionSource> _turns = new();
    private readonly Queue<TaskCompletionSource> _proactive = new();
    private readonly ITimer _timer;
    private DateTimeOffset _pausedUntil;

    public GlobalPacer(GlobalRateOptions options, TimeProvider time)
    {
        if (options.Limit < 1) throw new ArgumentOutOfRangeException(nameof(options), "BotFramework:GlobalRate:Limit must be at least 1.");
        _time = time;
        _limit = options.Limit;
        _proactiveLimit = Math.Clamp(options.Limit - options.TurnReserve, 1, options.Limit);
        _window = options.Window + options.Margin;
        _timer = time.CreateTimer(_ => Release(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Requests granted within the current window (for tests and the benchmark).</summary>
    public int InWindow
    {
        get
        {
            lock (_lock)
            {
                Prune(_time.GetUtcNow());
                return _granted.Count;
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

    /// <summary>Waits until a request in <paramref name="lane"/> fits within the limit, and counts it.</summary>
    public Task WaitTurnAsync(ConnectorLane lane, CancellationToken cancellationToken)
    {
        var proactive = lane == ConnectorLane.Proactive;
        TaskCompletionSource waiter;
        lock (_lock)
        {
            var now = _time.GetUtcNow();
            Prune(now);
            if (proactive ? _proactive.Count == 0 && CanGoProactive(now) : _turns.Count == 0 && _granted.Count < _limit)
            {
                _granted.Enqueue(now);
                return Task.CompletedTask;
            }

            waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            (proactive ? _proactive : _turns).Enqueue(waiter);
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

    private void Release()
    {
        lock (_lock) ReleaseLocked(_time.GetUtcNow());
    }

    // Lets go every waiter that fits now, then sets the timer for the next moment one can: when enough requests
    // have left the window, or the pause ends.
    private void ReleaseLocked(DateTimeOffset now)
    {
        Prune(now);
        while (_turns.Count > 0 && _granted.Count < _limit)
            if (_turns.Dequeue().TrySetResult()) _granted.Enqueue(now);
        // Proactive requests never pass a waiting turn reply.
        while (_proactive.Count > 0 && CanGoProactive(now))
            if (_proactive.Dequeue().TrySetResult()) _granted.Enqueue(now);

        if (_turns.Count == 0 && _proactive.Count == 0) return;
        var due = _turns.Count > 0 ? RoomAt(_limit) : Later(RoomAt(_proactiveLimit), _pausedUntil);
        _timer.Change(due > now ? due - now : TimeSpan.FromTicks(1), Timeout.InfiniteTimeSpan);
    }

    private bool CanGoProactive(DateTimeOffset now) => _turns.Count == 0 && now >= _pausedUntil && _granted.Count < _proactiveLimit;

    // When fewer than `limit` requests will be in the window: once the (count − limit + 1) oldest have left it.
    private DateTimeOffset RoomAt(int limit) =>
        _granted.Count < limit ? DateTimeOffset.MinValue : _granted.ElementAt(_granted.Count - limit) + _window;

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private void Prune(DateTimeOffset now)
    {
        while (_granted.Count > 0 && now - _granted.Peek() >= _window) _granted.Dequeue();
    }
}
