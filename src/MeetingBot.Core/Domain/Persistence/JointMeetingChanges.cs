namespace MeetingBot.Core.Domain.Persistence;

/// <summary>What <see cref="JointMeetingChanges.ChangeAsync{T}"/> did: the change's result, the state it was applied to, the change set it saved.</summary>
public sealed record JointMeetingChange<T>(T Result, JointMeetingSnapshot AppliedTo, ChangeSet Changes)
{
    /// <summary>Whether anything was saved (the change set was not empty).</summary>
    public bool Changed => Changes.Changes.Count > 0;
}

/// <summary>
/// The one "load, change, save with the version check, retry on conflict" loop for a joint meeting. The change is
/// applied to fresh state on every attempt, so the domain's rules see what the other writer saved; after
/// <see cref="Attempts"/> conflicts in a row the last <see cref="StoreConflictException"/> is thrown, nothing saved.
/// </summary>
public static class JointMeetingChanges
{
    /// <summary>Saves tried before giving up; a conflict three times running means a hot joint meeting, not bad luck.</summary>
    public const int Attempts = 4;

    /// <param name="change">Applies the change to the snapshot's aggregates and lists them in the change set; adds nothing to save nothing.</param>
    /// <param name="loaded">State loaded already for the first attempt (null: load it).</param>
    /// <param name="actionId">The card action the change does, saved once with it.</param>
    /// <param name="reloaded">Sees the state loaded after a conflict, before the change is applied again (may throw to stop).</param>
    /// <returns>Null when there is no such joint meeting (or it was deleted meanwhile).</returns>
    public static async Task<JointMeetingChange<T>?> ChangeAsync<T>(
        this IJointMeetingStore store, string jointMeetingId, Func<JointMeetingSnapshot, ChangeSet, T> change, CancellationToken cancellationToken,
        JointMeetingSnapshot? loaded = null, string? actionId = null, Func<JointMeetingSnapshot, CancellationToken, Task>? reloaded = null, int attempts = Attempts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attempts, 1);
        var snapshot = loaded ?? await store.LoadAsync(jointMeetingId, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            if (snapshot is null) return null;
            // On the calendar as loaded: a new meeting time is saved only if no other meeting's time changed since;
            // on the tasks as loaded: a report's new task and a re-import's removal of it cannot both be saved.
            var reported = snapshot.Reports.SelectMany(r => r.Value.State.Entries.Select(e => e.TaskId)).ToHashSet(StringComparer.Ordinal);
            var changes = new ChangeSet(snapshot.JointMeeting.Value.Id).Once(actionId).OnCalendar(snapshot.CalendarETag).OnTasks(snapshot.TasksETag, reported);
            var result = change(snapshot, changes);
            if (changes.Changes.Count == 0) return new(result, snapshot, changes);
            try
            {
                await store.SaveAsync(changes, cancellationToken);
                return new(result, snapshot, changes);
            }
            catch (StoreConflictException) when (attempt < attempts)
            {
                snapshot = await store.LoadAsync(jointMeetingId, cancellationToken);
                if (snapshot is not null && reloaded is not null) await reloaded(snapshot, cancellationToken);
            }
        }
    }
}
