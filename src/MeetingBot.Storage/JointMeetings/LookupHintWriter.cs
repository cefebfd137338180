using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Storage.Entities;

namespace MeetingBot.Storage.JointMeetings;

/// <summary>
/// Keeps the global lookup hints (<see cref="LookupHints"/>) of the joint meetings a save changes: the hints it adds
/// and the list row of a new (or renamed) joint meeting are written before its batch, the hints it removes after.
/// </summary>
internal sealed class LookupHintWriter(IEntityTable table, TimeProvider clock)
{
    // Each hint is a partition of its own (a read and a write each): a few at once, so a joint meeting created with a
    // hundred contacts does not wait for two hundred round trips one after the other.
    private const int AtOnce = 16;

    /// <summary>
    /// Writes, before the change's batch, every hint the change adds (and the list row of a joint meeting created or
    /// renamed); reads the tags of the hints it removes. Returns the writes that go into the batch itself and what to
    /// remove once it committed. <paramref name="asLoaded"/> is the state each joint meeting was loaded with (null
    /// when unknown: then every hint of the new state is written, and none removed).
    /// </summary>
    public async Task<AroundBatch> AheadAsync(ChangeSet changes, Func<JointMeeting, JointMeetingState?> asLoaded, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var listed = new List<(string Id, string Name, bool Committed)>();
        var adds = new List<(string Partition, string Id)>();
        var removes = new List<(string Partition, string Id)>();
        var inBatch = new List<EntityWrite>();
        foreach (var (aggregate, etag) in changes.Changes)
        {
            if (aggregate is not JointMeeting jointMeeting) continue;
            var state = jointMeeting.State;
            var before = etag is null ? null : asLoaded(jointMeeting);
            // A new joint meeting: its partition records that its hints exist, so the backfill passes it by.
            if (etag is null) inBatch.Add(EntityWrite.Insert(LookupHints.HintedRow, "{}"));
            // A creation's row says "not yet committed" until its batch did (AfterAsync); a joint meeting loaded from the
            // store exists (they are never deleted).
            if (before is null || before.Name != state.Name)
                listed.Add((state.Id, state.Name, Committed: etag is not null));
            if (before is not null && ReferenceEquals(before.Contacts, state.Contacts) && ReferenceEquals(before.BoundConversations, state.BoundConversations))
                continue;
            var wanted = LookupHints.Of(state);
            var had = before is null ? [] : LookupHints.Of(before);
            adds.AddRange(wanted.Where(p => !had.Contains(p)).Select(p => (p, state.Id)));
            removes.AddRange(had.Where(p => !wanted.Contains(p)).Select(p => (p, state.Id)));
        }

        var creations = new List<(string Id, string Name, string ETag)>();
        foreach (var (id, name, committed) in listed)
        {
            var etags = await table.SubmitAsync(LookupHints.ListPartition, [EntityWrite.Upsert(LookupHints.Row(id), LookupHints.EntryBody(name, now, committed))], cancellationToken);
            if (!committed) creations.Add((id, name, etags[0]!));
        }
        // A new tag each: a removal that read the old one leaves it.
        await Parallel.ForEachAsync(adds, Options(cancellationToken), async (add, ct) =>
            await HintRows.AddAsync(table, add.Partition, new Dictionary<string, LookupHints.Hint> { [add.Id] = LookupHints.NewHint(now) }, keepExisting: false, ct));
        // What the removals will take away once the batch committed: the hint as it is now, by its tag (each copy's).
        var read = new System.Collections.Concurrent.ConcurrentBag<(string Partition, string Id, IReadOnlySet<string> Tags)>();
        await Parallel.ForEachAsync(removes, Options(cancellationToken), async (remove, ct) =>
        {
            var tags = HintRows.Entries(await HintRows.ReadAsync(table, remove.Partition, ct)).Where(e => e.Id == remove.Id).Select(e => e.Hint.Tag).ToHashSet(StringComparer.Ordinal);
            if (tags.Count > 0) read.Add((remove.Partition, remove.Id, tags));
        });
        return new AroundBatch(table, clock, inBatch, [.. read], creations);
    }

    private static ParallelOptions Options(CancellationToken cancellationToken) => new() { MaxDegreeOfParallelism = AtOnce, CancellationToken = cancellationToken };

    /// <summary>What follows from the hints around the change's batch: the writes that go into it, what to mend when it is refused, what to remove once it committed.</summary>
    public sealed class AroundBatch(IEntityTable table, TimeProvider clock, IReadOnlyList<EntityWrite> inBatch,
        IReadOnlyList<(string Partition, string Id, IReadOnlySet<string> Tags)> hints, IReadOnlyList<(string Id, string Name, string ETag)> creations)
    {
        public IReadOnlyList<EntityWrite> InBatch => inBatch;

        /// <summary>
        /// The change's batch was refused. A creation refused because its id was taken meanwhile wrote its own name in
        /// the list ahead: the list gets the name of the joint meeting that holds the id back (other hints it wrote
        /// are only hints too many).
        /// </summary>
        public async Task RefusedAsync(CancellationToken cancellationToken)
        {
            foreach (var (id, _, _) in creations)
            {
                try
                {
                    if (await table.GetAsync(id, RowKeys.JointMeeting, cancellationToken) is not { } head) continue;
                    var name = StateJson.Read<JointMeetingState>(head.PartitionKey, head.RowKey, head.Body).Name;
                    await table.SubmitAsync(LookupHints.ListPartition, [EntityWrite.Upsert(LookupHints.Row(id), LookupHints.EntryBody(name, clock.GetUtcNow(), committed: true))], cancellationToken);
                }
                catch (StoreException)
                {
                    // The record stays the authority: a card shows its name; only a search may match the other for now.
                }
            }
            // A creation refused for another reason leaves its row "not yet committed": no reader lists it, and one
            // deletes it once settled (deleting it here could take the row of a creation of the same id still in flight).
        }

        /// <summary>
        /// Removes the hints of what the committed change removed, each only while it is the hint read before the batch
        /// (its tag): one written again since (the same membership added again by a later save) stays. A failure leaves a hint too
        /// many, which verification filters out; the change itself is done and is not reported as failed.
        /// </summary>
        public async Task AfterAsync(CancellationToken cancellationToken)
        {
            // The creations committed: their list rows say so, each only as written ahead (a row changed since, by a
            // rename or a reader that confirmed it already, is left). A failure leaves it to a reader to confirm.
            foreach (var (id, name, etag) in creations)
            {
                try
                {
                    await table.SubmitAsync(LookupHints.ListPartition, [EntityWrite.Replace(LookupHints.Row(id), LookupHints.EntryBody(name, clock.GetUtcNow(), committed: true), etag)], cancellationToken);
                }
                catch (StoreException)
                {
                    // Changed meanwhile, or the store is busy: the next list read confirms it by its record.
                }
            }
            await Parallel.ForEachAsync(hints, Options(cancellationToken), async (hint, ct) =>
            {
                try
                {
                    await HintRows.RemoveAsync(table, hint.Partition, hint.Id, hint.Tags, ct);
                }
                catch (StoreException)
                {
                    // The store is busy, or the row is contended: a left-over hint is harmless.
                }
            });
        }
    }
}
