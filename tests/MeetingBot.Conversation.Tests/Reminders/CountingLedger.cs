using MeetingBot.Core.Domain.Reminders;

namespace MeetingBot.Conversation.Tests.Reminders;

/// <summary>A ledger that counts the claims written through it: one reminder at a time, or a batch (and its size).</summary>
internal sealed class CountingLedger(IReminderLedger inner) : IReminderLedger
{
    private int singleClaims;
    private readonly List<int> batches = [];

    /// <summary>Calls of <see cref="TryClaimAsync"/>: one store write each.</summary>
    public int SingleClaims => Volatile.Read(ref singleClaims);

    /// <summary>The size of each <see cref="TryClaimAllAsync"/> call (one store write each), in the order they were made.</summary>
    public IReadOnlyList<int> Batches { get { lock (batches) return [.. batches]; } }

    public Task<ReminderRecord?> TryClaimAsync(ReminderKey key, string owner, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref singleClaims);
        return inner.TryClaimAsync(key, owner, now, cancellationToken);
    }

    public Task<IReadOnlyList<ReminderRecord>?> TryClaimAllAsync(IReadOnlyList<ReminderKey> keys, string owner, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        lock (batches) batches.Add(keys.Count);
        return inner.TryClaimAllAsync(keys, owner, now, cancellationToken);
    }

    public Task<ReminderRecord?> TryReclaimAsync(ReminderRecord stale, string owner, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        inner.TryReclaimAsync(stale, owner, now, cancellationToken);

    public Task<ReminderRecord?> TryRetryLaterAsync(ReminderRecord claimed, DateTimeOffset now, string detail, CancellationToken cancellationToken = default) =>
        inner.TryRetryLaterAsync(claimed, now, detail, cancellationToken);

    public Task<ReminderRecord?> TryRecordProgressAsync(ReminderRecord claimed, DateTimeOffset now, string detail, CancellationToken cancellationToken = default) =>
        inner.TryRecordProgressAsync(claimed, now, detail, cancellationToken);

    public Task<bool> TryCompleteAsync(ReminderRecord claimed, ReminderState outcome, DateTimeOffset now, bool late, string? detail, CancellationToken cancellationToken = default) =>
        inner.TryCompleteAsync(claimed, outcome, now, late, detail, cancellationToken);

    public Task<ReminderRecord?> FindAsync(ReminderKey key, CancellationToken cancellationToken = default) => inner.FindAsync(key, cancellationToken);

    public Task<IReadOnlyList<ReminderRecord>> ListAsync(string jointMeetingId, CancellationToken cancellationToken = default) =>
        inner.ListAsync(jointMeetingId, cancellationToken);
}
