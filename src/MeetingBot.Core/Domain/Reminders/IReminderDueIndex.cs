namespace MeetingBot.Core.Domain.Reminders;

/// <summary>
/// When each joint meeting next needs its reminders looked at, so that a sweep reads only the joint meetings that
/// are due (one range query) instead of every joint meeting's state. Every saved change of a joint meeting marks
/// it due at once, in the same atomic change (a change can add or move reminders, and only the sweep knows the
/// ledger); the sweep that handled it replaces its marks with the instant its schedule next calls for.
/// </summary>
public interface IReminderDueIndex
{
    /// <summary>The joint meetings marked due at or before <paramref name="now"/> (one range query), each with what was seen.</summary>
    Task<IReadOnlyList<DueJointMeeting>> DueAsync(DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>
    /// Before its state is loaded: settles what made <paramref name="due"/> due (every change it stands for is either
    /// stored now or can no longer be) and returns it with all its marks, to give to <see cref="AdvanceAsync"/>.
    /// </summary>
    Task<DueJointMeeting> OpenAsync(DueJointMeeting due, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces the marks <paramref name="seen"/> by one at <paramref name="next"/>, atomically; false (nothing
    /// written) when another instance replaced them first. A mark written since <paramref name="seen"/> was read
    /// (a change meanwhile) stays.
    /// </summary>
    Task<bool> AdvanceAsync(DueJointMeeting seen, DateTimeOffset next, CancellationToken cancellationToken = default);

    /// <summary>
    /// For a joint meeting that does not exist (a creation that never committed left its hint): removes the marks and
    /// hints <paramref name="seen"/> without a next look. A creation still to come writes its own.
    /// </summary>
    Task RetireAsync(DueJointMeeting seen, CancellationToken cancellationToken = default);

    /// <summary>
    /// Once per store (long on a large one: run it in the background, <see cref="DueAsync"/> finds what is due
    /// meanwhile): marks due every joint meeting saved before the index had its present form. Returns how many.
    /// </summary>
    Task<int> BackfillAsync(DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>
    /// Once per <paramref name="inputs"/> (a fingerprint of what schedules depend on beyond each joint meeting's own
    /// state): marks every joint meeting due once more, each at its own instant within <paramref name="spread"/> of
    /// <paramref name="now"/>, so that a new version's holidays or rules reach every schedule within that time without a
    /// daily look at each. Returns how many were marked (0 when these inputs were seen before).
    /// </summary>
    Task<int> LookAgainAsync(string inputs, DateTimeOffset now, TimeSpan spread, CancellationToken cancellationToken = default);
}

/// <summary>A joint meeting that is due, and the marks that made it so (opaque: given back to <see cref="IReminderDueIndex.AdvanceAsync"/>).</summary>
public sealed record DueJointMeeting(string JointMeetingId, DateTimeOffset EarliestAt, IReadOnlyList<DueMark> Marks);

/// <summary>One mark of the index as the store holds it.</summary>
public sealed record DueMark(string Id, string Version);
