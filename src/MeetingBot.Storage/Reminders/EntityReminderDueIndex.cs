using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Domain.Reminders;
using MeetingBot.Storage.Entities;
using MeetingBot.Storage.JointMeetings;

namespace MeetingBot.Storage.Reminders;

/// <summary>The reminder due index on any <see cref="IEntityTable"/> engine (see <see cref="DueKeys"/> for its rows).</summary>
public sealed class EntityReminderDueIndex(IEntityTable table) : IReminderDueIndex
{
    public async Task<IReadOnlyList<DueJointMeeting>> DueAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var rows = await table.FindInRowKeyRangeAsync(DueKeys.Prefix, DueKeys.After(now), cancellationToken);
        return [.. rows.Where(r => !r.PartitionKey.StartsWith('|'))
            .GroupBy(r => r.PartitionKey, StringComparer.Ordinal)
            .Select(g => new DueJointMeeting(g.Key, g.Min(r => DueKeys.InstantOf(r.RowKey)), [.. g.Select(r => new DueMark(r.RowKey, r.ETag))]))
            .OrderBy(d => d.EarliestAt).ThenBy(d => d.JointMeetingId, StringComparer.Ordinal)];
    }

    public async Task<bool> AdvanceAsync(DueJointMeeting seen, DateTimeOffset next, CancellationToken cancellationToken = default)
    {
        var nextKey = DueKeys.Next(next);
        // A batch holds 100 writes: marks beyond 99 stay for the next sweep, which removes them then.
        var writes = seen.Marks.Where(m => m.Id != nextKey).Take(EntityLimits.MaxWritesPerBatch - 1)
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

    public async Task<int> BackfillAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        if (await table.GetAsync(DueKeys.MetaPartition, DueKeys.Backfilled, cancellationToken) is not null)
            return 0;
        var jointMeetings = await table.FindByRowKeyAsync(RowKeys.JointMeeting, cancellationToken);
        foreach (var jointMeeting in jointMeetings)
            await table.SubmitAsync(jointMeeting.PartitionKey, [EntityWrite.Insert(DueKeys.Changed(now), "{}")], cancellationToken);
        try
        {
            await table.SubmitAsync(DueKeys.MetaPartition, [EntityWrite.Insert(DueKeys.Backfilled, "{}")], cancellationToken);
        }
        catch (StoreConflictException)
        {
            // Another instance backfilled at the same time: a joint meeting marked twice is only looked at once more.
        }
        return jointMeetings.Count;
    }
}
