using System.Collections.Concurrent;
using MeetingBot.Core.Domain.Persistence;

namespace MeetingBot.Core.Reminders;

/// <summary>
/// The joint meetings' states one sweep composes its reminders from. A fan-out can take minutes, so a state older
/// than <c>freshFor</c> is loaded again before a reminder is composed from it: a unit that submitted meanwhile is
/// not reminded, a meeting cancelled meanwhile is not announced. Reminders of one joint meeting share each load.
/// </summary>
internal sealed class SweepSnapshots(IJointMeetingStore store, TimeProvider clock, TimeSpan freshFor)
{
    private readonly ConcurrentDictionary<string, Loaded> _loaded = new(StringComparer.Ordinal);

    /// <summary>Keeps the state the sweep planned from, as loaded now.</summary>
    public void Remember(JointMeetingSnapshot snapshot) =>
        _loaded[snapshot.JointMeeting.Value.Id] = new Loaded(Task.FromResult<JointMeetingSnapshot?>(snapshot), clock.GetUtcNow());

    /// <summary>The joint meeting's state, at most <c>freshFor</c> old; null when it is gone.</summary>
    public Task<JointMeetingSnapshot?> CurrentAsync(string jointMeetingId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        // Under contention a load may start twice; one of them is kept, the other is only an extra read.
        return _loaded.AddOrUpdate(jointMeetingId,
            id => Load(id, now, cancellationToken),
            (id, old) => now - old.At > freshFor || old.Snapshot.IsFaulted ? Load(id, now, cancellationToken) : old).Snapshot;
    }

    private Loaded Load(string jointMeetingId, DateTimeOffset now, CancellationToken cancellationToken) =>
        new(store.LoadAsync(jointMeetingId, cancellationToken), now);

    private sealed record Loaded(Task<JointMeetingSnapshot?> Snapshot, DateTimeOffset At);
}
