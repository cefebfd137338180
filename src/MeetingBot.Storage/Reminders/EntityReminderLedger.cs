using System.Security.Cryptography;
using System.Text;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Domain.Reminders;
using MeetingBot.Storage.Entities;
using MeetingBot.Storage.JointMeetings;

namespace MeetingBot.Storage.Reminders;

/// <summary>
/// The reminder ledger on any <see cref="IEntityTable"/> engine, one partition per joint meeting:
/// <code>
/// partition            row key
/// |reminders|{jm id}   r|{key id}                    when the key fits
/// |reminders|{jm id}   h|{sha256 of the key id, hex} when it does not
/// </code>
/// The partition starts with '|', which a joint meeting's id cannot contain, so it never meets one. Claims are
/// inserts (several of one joint meeting in one atomic batch, all or none) and every later change a replace on the
/// ETag: the engine's conditions do the arbitration.
/// </summary>
public sealed class EntityReminderLedger(IEntityTable table) : IReminderLedger
{
    private const string PlainPrefix = "r|";
    private const string HashedPrefix = "h|";

    public async Task<ReminderRecord?> TryClaimAsync(ReminderKey key, string owner, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var row = new ReminderRow(key, ReminderState.Claimed, owner, now, null, false, null);
        try
        {
            var etags = await table.SubmitAsync(Partition(key.JointMeetingId), [EntityWrite.Insert(RowKey(key), StateJson.Write(row))], cancellationToken);
            return row.ToRecord(etags[0]!);
        }
        catch (StoreConflictException)
        {
            return null;
        }
    }

    public async Task<IReadOnlyList<ReminderRecord>?> TryClaimAllAsync(IReadOnlyList<ReminderKey> keys, string owner, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        CheckOneBatch(keys);
        var rows = keys.Select(key => new ReminderRow(key, ReminderState.Claimed, owner, now, null, false, null)).ToList();
        try
        {
            // All inserts or none: one row claimed before refuses the whole batch, so a partial claim never exists.
            var etags = await table.SubmitAsync(Partition(keys[0].JointMeetingId),
                [.. rows.Select(row => EntityWrite.Insert(RowKey(row.Key), StateJson.Write(row)))], cancellationToken);
            return [.. rows.Select((row, i) => row.ToRecord(etags[i]!))];
        }
        catch (StoreConflictException)
        {
            return null;
        }
    }

    // One partition (joint meeting), one transaction's worth, each row once: what one atomic batch can hold.
    private static void CheckOneBatch(IReadOnlyList<ReminderKey> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Any(k => k is null))
            throw new ArgumentNullException(nameof(keys), "A reminder key to claim is missing (null).");
        if (keys.Count == 0)
            throw new ArgumentException("At least one reminder is claimed.", nameof(keys));
        var limit = Math.Min(IReminderLedger.MaxClaimsAtOnce, EntityLimits.MaxWritesPerBatch);
        if (keys.Count > limit)
            throw new ArgumentException($"{keys.Count} reminders are claimed at once; at most {limit} fit in one atomic change.", nameof(keys));
        var jointMeetingId = keys[0].JointMeetingId;
        if (keys.FirstOrDefault(k => k.JointMeetingId != jointMeetingId) is { } other)
            throw new ArgumentException($"Reminders claimed at once belong to one joint meeting: '{jointMeetingId}' and '{other.JointMeetingId}' are two.", nameof(keys));
        var twice = keys.GroupBy(RowKey, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
            throw new ArgumentException($"Reminder '{twice.First().Id}' is claimed twice in one batch.", nameof(keys));
    }

    public Task<ReminderRecord?> TryReclaimAsync(ReminderRecord stale, string owner, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        if (stale.State != ReminderState.Claimed)
            throw new ArgumentException($"Only a claimed reminder can be taken over, not a {stale.State} one.", nameof(stale));
        return ReplaceAsync(stale, new ReminderRow(stale.Key, ReminderState.Claimed, owner, now, null, false, stale.Detail), cancellationToken);
    }

    public Task<ReminderRecord?> TryRetryLaterAsync(ReminderRecord claimed, DateTimeOffset now, string detail, CancellationToken cancellationToken = default)
    {
        if (claimed.State != ReminderState.Claimed)
            throw new ArgumentException($"Only a claimed reminder waits for another attempt, not a {claimed.State} one.", nameof(claimed));
        return ReplaceAsync(claimed, new ReminderRow(claimed.Key, ReminderState.Claimed, claimed.ClaimedBy, now, null, false, detail), cancellationToken);
    }

    public Task<ReminderRecord?> TryRecordProgressAsync(ReminderRecord claimed, DateTimeOffset now, string detail, CancellationToken cancellationToken = default)
    {
        if (claimed.State != ReminderState.Claimed)
            throw new ArgumentException($"Only a claimed reminder records its delivery, not a {claimed.State} one.", nameof(claimed));
        return ReplaceAsync(claimed, new ReminderRow(claimed.Key, ReminderState.Claimed, claimed.ClaimedBy, now, null, false, detail), cancellationToken);
    }

    public async Task<bool> TryCompleteAsync(ReminderRecord claimed, ReminderState outcome, DateTimeOffset now, bool late, string? detail, CancellationToken cancellationToken = default)
    {
        if (outcome == ReminderState.Claimed)
            throw new ArgumentException("A reminder is completed as sent, skipped or failed.", nameof(outcome));
        var done = new ReminderRow(claimed.Key, outcome, claimed.ClaimedBy, claimed.ClaimedAt, now, late, detail);
        return await ReplaceAsync(claimed, done, cancellationToken) is not null;
    }

    public async Task<ReminderRecord?> FindAsync(ReminderKey key, CancellationToken cancellationToken = default)
    {
        var row = await table.GetAsync(Partition(key.JointMeetingId), RowKey(key), cancellationToken);
        return row is null ? null : Read(row);
    }

    public async Task<IReadOnlyList<ReminderRecord>> ListAsync(string jointMeetingId, CancellationToken cancellationToken = default)
    {
        var rows = await table.QueryAsync(Partition(jointMeetingId), [PlainPrefix, HashedPrefix], cancellationToken);
        return [.. rows.Select(Read).OrderBy(r => r.Key.Id, StringComparer.Ordinal)];
    }

    private async Task<ReminderRecord?> ReplaceAsync(ReminderRecord seen, ReminderRow next, CancellationToken cancellationToken)
    {
        try
        {
            var etags = await table.SubmitAsync(Partition(seen.Key.JointMeetingId),
                [EntityWrite.Replace(RowKey(seen.Key), StateJson.Write(next), seen.Version)], cancellationToken);
            return next.ToRecord(etags[0]!);
        }
        catch (StoreConflictException)
        {
            return null;
        }
    }

    private static string Partition(string jointMeetingId) => $"|reminders|{jointMeetingId}";

    private static string RowKey(ReminderKey key)
    {
        var plain = PlainPrefix + key.Id;
        return plain.Length <= EntityLimits.MaxKeyLength
            ? plain
            : HashedPrefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key.Id)));
    }

    private static ReminderRecord Read(EntityRow row) =>
        StateJson.Read<ReminderRow>(row.PartitionKey, row.RowKey, row.Body).ToRecord(row.ETag);

    // What is stored: the record without its version (the row's ETag is the version).
    private sealed record ReminderRow(ReminderKey Key, ReminderState State, string ClaimedBy, DateTimeOffset ClaimedAt,
        DateTimeOffset? DoneAt, bool Late, string? Detail)
    {
        public ReminderRecord ToRecord(string version) => new(Key, State, ClaimedBy, ClaimedAt, DoneAt, Late, Detail, version);
    }
}
