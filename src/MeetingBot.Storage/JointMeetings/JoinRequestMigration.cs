using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Storage.Entities;

namespace MeetingBot.Storage.JointMeetings;

/// <summary>
/// Moves the requests to join that older versions kept inside a joint meeting's row into rows of their own
/// (<see cref="JoinRequestRows"/>), when that row is read. Request rows first (a batch at a time; one already there
/// wins), then the joint meeting's row without them, on its ETag: a crash or a concurrent save in between loses
/// nothing, and the next read finishes the move.
/// </summary>
internal sealed class JoinRequestMigration(IEntityTable table)
{
    /// <summary>True when it moved something (the caller reads again), false when there was nothing to move.</summary>
    public async Task<bool> MoveOutAsync(EntityRow head, IReadOnlyList<EntityRow> rows, CancellationToken cancellationToken)
    {
        var state = StateJson.Read<JointMeetingState>(head.PartitionKey, head.RowKey, head.Body);
        if (!JoinRequestRows.HasPendingInside(state))
            return false;

        var existing = rows.Select(r => r.RowKey).Where(k => k.StartsWith(JoinRequestRows.Prefix, StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        var inserts = state.Contacts.Where(c => c.Status == ContactStatus.Pending)
            .Select(c => EntityWrite.Insert(JoinRequestRows.Key(c.Account), StateJson.Write(c)))
            .Where(w => !existing.Contains(w.RowKey))
            .DistinctBy(w => w.RowKey)
            .ToList();
        // Each batch also marks the working copy stale (WorkingCopy): a load between two sees the rows, not a copy.
        foreach (var chunk in inserts.Chunk(EntityLimits.MaxWritesPerBatch - 1))
            await InsertAsync(head.PartitionKey, chunk, cancellationToken);

        try
        {
            await table.SubmitAsync(head.PartitionKey, [EntityWrite.Replace(head.RowKey, JoinRequestRows.HeadBody(state), head.ETag), WorkingCopy.Stale], cancellationToken);
        }
        catch (StoreConflictException)
        {
            // Someone saved the joint meeting meanwhile: the next read sees their row (and moves what is left).
        }
        return true;
    }

    // A row already there (a newer request of the same account, or another instance moving the same rows) wins.
    private async Task InsertAsync(string partitionKey, IReadOnlyList<EntityWrite> chunk, CancellationToken cancellationToken)
    {
        try
        {
            await table.SubmitAsync(partitionKey, [.. chunk, WorkingCopy.Stale], cancellationToken);
        }
        catch (StoreConflictException)
        {
            foreach (var write in chunk)
            {
                try { await table.SubmitAsync(partitionKey, [write, WorkingCopy.Stale], cancellationToken); }
                catch (StoreConflictException) { }
            }
        }
    }
}
