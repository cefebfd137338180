using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Domain.Reminders;
using MeetingBot.Storage.Entities;
using MeetingBot.Storage.JointMeetings;

namespace MeetingBot.Storage.Reminders;

/// <summary>
/// The reminder due index on any <see cref="IEntityTable"/> engine (see <see cref="DueKeys"/> for its rows and why
/// nothing due can be missed). A quiet sweep is one range query in one partition, however many joint meetings exist.
/// </summary>
public sealed class EntityReminderDueIndex(IEntityTable table) : IReminderDueIndex
{
    private volatile bool hinted;

    public async Task<IReadOnlyList<DueJointMeeting>> DueAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var hints = await table.QueryRangeAsync(DueKeys.HintPartition, "", DueKeys.HintsAfter(now), cancellationToken);
        var due = hints.Select(row => (Row: row, Hint: DueKeys.ReadHint(row.RowKey)))
            .GroupBy(h => h.Hint.JointMeetingId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new DueJointMeeting(g.Key, g.Min(h => h.Hint.At), [.. g.Select(h => new DueMark(h.Row.RowKey, h.Row.ETag))]), StringComparer.Ordinal);
        // Until every joint meeting stored before the hints has one (BackfillAsync, in the background), what is due is
        // also found the way it was found before them.
        if (!await IsHintedAsync(cancellationToken))
            foreach (var unhinted in await DueWithoutHintsAsync(now, cancellationToken))
                due.TryAdd(unhinted.JointMeetingId, unhinted);
        return [.. due.Values.OrderBy(d => d.EarliestAt).ThenBy(d => d.JointMeetingId, StringComparer.Ordinal)];
    }

    public async Task<DueJointMeeting> OpenAsync(DueJointMeeting due, CancellationToken cancellationToken = default)
    {
        // What one look handles fits the advance's one batch (the next mark and the marks read); hints beyond wait
        // for the next sweep, which finds them still due.
        var hints = due.Marks.Where(m => !DueKeys.IsMark(m.Id)).OrderBy(m => m.Id, StringComparer.Ordinal).Take(HintsPerLook).ToList();
        var named = hints.Select(h => DueKeys.ReadHint(h.Id).MarkKey).Distinct(StringComparer.Ordinal).ToList();
        // A joint meeting migrated from the marks-only layout (or found without hints meanwhile) has marks no hint
        // names: read them all, once, so that its first look takes them.
        var everyMark = hints.Count == 0 || named.Any(DueKeys.IsMigrated);
        for (var attempt = 1; ; attempt++)
        {
            var marks = everyMark
                ? [.. (await table.QueryAsync(due.JointMeetingId, [DueKeys.Prefix], cancellationToken)).Take(HintsPerLook)]
                : await ReadNamedAsync(due.JointMeetingId, named, cancellationToken);
            var stored = marks.Select(m => m.RowKey).ToHashSet(StringComparer.Ordinal);
            var missing = named.Where(k => !stored.Contains(k)).ToList();
            if (missing.Count == 0)
                return due with { Marks = [.. hints, .. marks.Select(m => new DueMark(m.RowKey, m.ETag))] };
            try
            {
                // A hint whose mark is missing: its change failed (a crash, a conflict) or is still on its way. Inserting
                // the mark settles which: the change's batch inserts the very same key, so either it landed first (this
                // insert fails and the mark is read again) or it can no longer land (it fails whole, is retried under a
                // new hint, and the state read next holds no part of it).
                var etags = await table.SubmitAsync(due.JointMeetingId, [.. missing.Select(k => EntityWrite.Insert(k, "{}"))], cancellationToken);
                return due with { Marks = [.. hints, .. marks.Select(m => new DueMark(m.RowKey, m.ETag)), .. missing.Zip(etags, (k, e) => new DueMark(k, e!))] };
            }
            catch (StoreConflictException) when (attempt < 3)
            {
                // Some of them landed meanwhile: read the marks again.
            }
        }
    }

    // Point reads: the cheapest request on Azure Tables (and on Azurite, which scans its whole table for any query).
    private async Task<IReadOnlyList<EntityRow>> ReadNamedAsync(string jointMeetingId, IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var rows = new List<EntityRow>();
        foreach (var key in keys)
            if (await table.GetAsync(jointMeetingId, key, cancellationToken) is { } row)
                rows.Add(row);
        return rows;
    }

    private const int HintsPerLook = (EntityLimits.MaxWritesPerBatch - 1) / 2;

    public async Task<bool> AdvanceAsync(DueJointMeeting seen, DateTimeOffset next, CancellationToken cancellationToken = default)
    {
        var nextKey = DueKeys.Next(next);
        var nextHint = DueKeys.Hint(seen.JointMeetingId, nextKey);
        // The next hint goes ahead of the next mark. The hints seen go with it: the marks they name were read before
        // the state the sweep planned from, and what that plan claims is looked at again by the lease (which bounds next).
        var seenHints = seen.Marks.Where(m => !DueKeys.IsMark(m.Id) && m.Id != nextHint).Take(EntityLimits.MaxWritesPerBatch - 1);
        try
        {
            await table.SubmitAsync(DueKeys.HintPartition, [EntityWrite.Upsert(nextHint, "{}"), .. seenHints.Select(h => EntityWrite.Delete(h.Id, h.Version))], cancellationToken);
        }
        catch (StoreConflictException)
        {
            // Another instance handled (and removed) these hints first: the next hint still goes ahead of the mark.
            await table.SubmitAsync(DueKeys.HintPartition, [EntityWrite.Upsert(nextHint, "{}")], cancellationToken);
        }

        // A batch holds 100 writes: marks beyond 99 stay for the next look, which removes them then.
        var writes = seen.Marks.Where(m => DueKeys.IsMark(m.Id) && m.Id != nextKey).Take(EntityLimits.MaxWritesPerBatch - 1)
            .Select(m => EntityWrite.Delete(m.Id, m.Version)).Append(EntityWrite.Upsert(nextKey, "{}")).ToList();
        try
        {
            await table.SubmitAsync(seen.JointMeetingId, writes, cancellationToken);
            return true;
        }
        catch (StoreConflictException)
        {
            return false; // another instance handled the same marks first
        }
    }

    public async Task RetireAsync(DueJointMeeting seen, CancellationToken cancellationToken = default)
    {
        // The marks first, then the hints: a hint left without its mark costs one look, a mark left without a hint
        // would never be found. OpenAsync inserted every mark the hints named, so a creation naming one of them fails
        // and is retried under a new hint of its own.
        foreach (var (partition, rows) in new[] { (seen.JointMeetingId, seen.Marks.Where(m => DueKeys.IsMark(m.Id))), (DueKeys.HintPartition, seen.Marks.Where(m => !DueKeys.IsMark(m.Id))) })
        {
            var writes = rows.Take(EntityLimits.MaxWritesPerBatch).Select(m => EntityWrite.Delete(m.Id, m.Version)).ToList();
            if (writes.Count == 0) continue;
            try
            {
                await table.SubmitAsync(partition, writes, cancellationToken);
            }
            catch (StoreConflictException)
            {
                // Another instance retired or advanced them first.
            }
        }
    }

    public async Task<int> BackfillAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        if (await IsHintedAsync(cancellationToken))
            return 0;
        // Several instances may do this at once: a joint meeting hinted twice is only looked at once more.
        var jointMeetings = (await table.FindByRowKeyAsync(RowKeys.JointMeeting, cancellationToken)).Select(r => r.PartitionKey).ToList();
        foreach (var batch in jointMeetings.Chunk(EntityLimits.MaxWritesPerBatch))
            await table.SubmitAsync(DueKeys.HintPartition, [.. batch.Select(id => EntityWrite.Upsert(DueKeys.Hint(id, DueKeys.Migrated(now)), "{}"))], cancellationToken);
        try
        {
            await table.SubmitAsync(DueKeys.MetaPartition, [EntityWrite.Insert(DueKeys.Hinted, "{}")], cancellationToken);
        }
        catch (StoreConflictException)
        {
            // Another instance finished first.
        }
        hinted = true;
        return jointMeetings.Count;
    }

    public async Task<int> LookAgainAsync(string inputs, DateTimeOffset now, TimeSpan spread, CancellationToken cancellationToken = default)
    {
        if (await table.GetAsync(DueKeys.MetaPartition, DueKeys.Inputs(inputs), cancellationToken) is not null)
            return 0;
        // Every joint meeting by the light list (one partition, no table scan). Several instances may do this at once:
        // a joint meeting hinted twice at one instant is still one look.
        var ids = await LookupHints.ListedIdsAsync(table, cancellationToken);
        await DueHints.LookAgainAsync(table, ids, id => now + DueSpread.Offset(id, spread), cancellationToken);
        try
        {
            await table.SubmitAsync(DueKeys.MetaPartition, [EntityWrite.Insert(DueKeys.Inputs(inputs), "{}")], cancellationToken);
        }
        catch (StoreConflictException)
        {
            // Another instance finished first.
        }
        return ids.Count;
    }

    private async Task<bool> IsHintedAsync(CancellationToken cancellationToken) =>
        hinted || (hinted = await table.GetAsync(DueKeys.MetaPartition, DueKeys.Hinted, cancellationToken) is not null);

    // As before the hints: the marks due by now across partitions (Azure scans the table for them), or, on a store
    // from before the marks too, every joint meeting.
    private async Task<IEnumerable<DueJointMeeting>> DueWithoutHintsAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await table.GetAsync(DueKeys.MetaPartition, DueKeys.Backfilled, cancellationToken) is null)
            return (await table.FindByRowKeyAsync(RowKeys.JointMeeting, cancellationToken)).Select(r => new DueJointMeeting(r.PartitionKey, now, []));
        var marks = await table.FindInRowKeyRangeAsync(DueKeys.Prefix, DueKeys.After(now), cancellationToken);
        return marks.Where(r => !r.PartitionKey.StartsWith('|')).GroupBy(r => r.PartitionKey, StringComparer.Ordinal)
            .Select(g => new DueJointMeeting(g.Key, g.Min(r => DueKeys.InstantOf(r.RowKey)), []));
    }
}
