namespace MeetingBot.Core.Domain.Reminders;

/// <summary>
/// Which reminders were claimed, sent, skipped or failed. A claim is a conditional insert: of any number of
/// instances trying the same key at once, exactly one gets it. Every change after that is conditional on the
/// version the changer last saw, so a slow instance cannot overwrite what a faster one recorded.
/// </summary>
public interface IReminderLedger
{
    /// <summary>Claims the reminder for <paramref name="owner"/>; null when it was claimed before (by anyone).</summary>
    Task<ReminderRecord?> TryClaimAsync(ReminderKey key, string owner, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>The most reminders <see cref="TryClaimAllAsync"/> claims at once (one atomic batch of the store).</summary>
    public const int MaxClaimsAtOnce = 100;

    /// <summary>
    /// Claims several reminders of ONE joint meeting for <paramref name="owner"/> in one atomic change (one store write
    /// instead of one each, for a fan-out): the records in the order of <paramref name="keys"/>, or null, with nothing
    /// written, when any of them was claimed before (by anyone). At most <see cref="MaxClaimsAtOnce"/> distinct keys.
    /// </summary>
    Task<IReadOnlyList<ReminderRecord>?> TryClaimAllAsync(IReadOnlyList<ReminderKey> keys, string owner, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>
    /// Takes over a claim whose owner stopped before finishing (still <see cref="ReminderState.Claimed"/> at the
    /// version given); null when someone else changed it first.
    /// </summary>
    Task<ReminderRecord?> TryReclaimAsync(ReminderRecord stale, string owner, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>
    /// Keeps a claimed reminder claimed after a failed attempt, for another one later: the claim's time restarts at
    /// <paramref name="now"/> (so a lease measured from it is the wait before the next attempt) and
    /// <paramref name="detail"/> records the attempts so far; null when its record changed since <paramref name="claimed"/>.
    /// </summary>
    Task<ReminderRecord?> TryRetryLaterAsync(ReminderRecord claimed, DateTimeOffset now, string detail, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records, in a claimed reminder being delivered, whom it has reached so far (<paramref name="detail"/>), so
    /// that an instance taking a crashed claim over does not send to them again; the claim's time restarts at
    /// <paramref name="now"/>, so the lease runs from the last recipient reached. Null when its record changed since
    /// <paramref name="claimed"/> (another instance took it over).
    /// </summary>
    Task<ReminderRecord?> TryRecordProgressAsync(ReminderRecord claimed, DateTimeOffset now, string detail, CancellationToken cancellationToken = default);

    /// <summary>Records how a claimed reminder ended; false when its record changed since <paramref name="claimed"/> (nothing written).</summary>
    Task<bool> TryCompleteAsync(ReminderRecord claimed, ReminderState outcome, DateTimeOffset now, bool late, string? detail, CancellationToken cancellationToken = default);

    Task<ReminderRecord?> FindAsync(ReminderKey key, CancellationToken cancellationToken = default);

    /// <summary>The reminders of a joint meeting, by key.</summary>
    Task<IReadOnlyList<ReminderRecord>> ListAsync(string jointMeetingId, CancellationToken cancellationToken = default);
}
