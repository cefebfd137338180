using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Storage.Entities;
using MeetingBot.Storage.Reminders;

namespace MeetingBot.Storage.JointMeetings;

/// <summary>
/// The joint-meeting lookups on any <see cref="IEntityTable"/> engine. Once the store's hints are backfilled
/// (<see cref="BackfillHintsAsync"/>), a person's joint meetings and a conversation's are each one point read of their
/// hint row, and the deployment's list one query of one partition (<see cref="LookupHints"/>); each joint meeting named
/// is then read, and its own record decides: a hint it does not confirm is no answer. Until then, the per-partition lookups
/// (<see cref="MembershipIndex"/>), found by a search across partitions.
/// </summary>
/// <param name="clock">When given, a hint the record refutes is deleted once older than <see cref="LookupHints.SettleTime"/>; without it, it is only filtered out.</param>
public sealed class EntityJointMeetingLookup(IEntityTable table, TimeProvider? clock = null) : IJointMeetingLookup
{
    private const string MetaPartition = "|index";
    private const string Backfilled = "membership";
    private const string HintsBackfilled = "hints";

    private volatile bool hintsReady;

    public async Task<IReadOnlyList<JointMeeting>> OfAccountAsync(ChatAccount account, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (await HintsReadyAsync(cancellationToken))
            return await VerifiedAsync(LookupHints.Account(account.Channel, account.AccountId), id => WithAccountAsync(id, account, cancellationToken), cancellationToken);

        var found = (await HoldingAsync(MembershipIndex.Account(account.Channel, account.AccountId), cancellationToken))
            .Where(j => j.FindContact(account) is not null).ToList();
        // A request waiting lives in a row of its own (JoinRequestRows), which is its own lookup.
        foreach (var request in await table.FindByRowKeyAsync(JoinRequestRows.Key(account), cancellationToken))
        {
            if (request.PartitionKey.StartsWith('|') || found.Any(j => j.Id == request.PartitionKey)) continue;
            if (await table.GetAsync(request.PartitionKey, RowKeys.JointMeeting, cancellationToken) is not { } head) continue;
            var withRequest = JointMeeting.Restore(JoinRequestRows.Merge(head, [request]).State);
            if (withRequest.FindContact(account) is { Status: ContactStatus.Pending }) found.Add(withRequest);
        }
        return found;
    }

    public async Task<IReadOnlyList<JointMeeting>> BoundToAsync(string channel, string conversationId, CancellationToken cancellationToken = default)
    {
        if (await HintsReadyAsync(cancellationToken))
            return await VerifiedAsync(LookupHints.Conversation(channel, conversationId), async id =>
                await FindAsync(id, cancellationToken) is { } jm && jm.IsBoundTo(channel, conversationId) ? jm : null, cancellationToken);
        var found = await HoldingAsync(MembershipIndex.Conversation(channel, conversationId), cancellationToken);
        return [.. found.Where(j => j.IsBoundTo(channel, conversationId))];
    }

    public async Task<JointMeeting?> FindAsync(string jointMeetingId, CancellationToken cancellationToken = default)
    {
        // Ids never hold '|'; a partition that does is not a joint meeting's.
        if (string.IsNullOrWhiteSpace(jointMeetingId) || jointMeetingId.Contains('|') || jointMeetingId.Length > EntityLimits.MaxKeyLength) return null;
        var row = await table.GetAsync(jointMeetingId, RowKeys.JointMeeting, cancellationToken);
        return row is null ? null : Read(row);
    }

    public async Task<IReadOnlyList<JointMeetingEntry>> ListEntriesAsync(CancellationToken cancellationToken = default)
    {
        if (await HintsReadyAsync(cancellationToken))
        {
            var rows = await table.QueryAsync(LookupHints.ListPartition, [LookupHints.RowPrefix], cancellationToken);
            var listed = rows.Select(r => (Id: LookupHints.IdOf(r), Row: r)).Where(r => r.Id is not null)
                .Select(r => (Id: r.Id!, r.Row, Entry: LookupHints.ReadEntry(r.Row))).ToList();
            // A row not yet known to be committed (a creation in flight, or one that crashed or was refused) is listed
            // only if its record confirms it: one point read each, only for such rows.
            var entries = listed.Select(r => r.Entry.Committed ? new JointMeetingEntry(r.Id, r.Entry.Name) : null).ToArray();
            var unconfirmed = Enumerable.Range(0, listed.Count).Where(i => entries[i] is null);
            await Parallel.ForEachAsync(unconfirmed, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken }, async (i, ct) =>
                entries[i] = await ConfirmListedAsync(listed[i].Id, listed[i].Row, listed[i].Entry, ct));
            return [.. entries.OfType<JointMeetingEntry>()];
        }
        var heads = await table.FindByRowKeyAsync(RowKeys.JointMeeting, cancellationToken);
        return [.. heads.Where(r => !r.PartitionKey.StartsWith('|'))
            .Select(r => new JointMeetingEntry(r.PartitionKey, StateJson.Read<JointMeetingState>(r.PartitionKey, r.RowKey, r.Body).Name))
            .OrderBy(e => e.Id, StringComparer.Ordinal)];
    }

    public async Task<int> BackfillAsync(CancellationToken cancellationToken = default)
    {
        if (await table.GetAsync(MetaPartition, Backfilled, cancellationToken) is not null) return 0;
        var heads = await table.FindByRowKeyAsync(RowKeys.JointMeeting, cancellationToken);
        foreach (var head in heads)
        {
            var state = Read(head).State;
            var existing = (await table.QueryAsync(head.PartitionKey, MembershipIndex.Prefixes, cancellationToken)).Select(r => r.RowKey).ToList();
            // Only what is missing: a lookup a save wrote or removed since is that save's to keep. A stale one left
            // over by a race is harmless: every answer is checked against the joint meeting's own record.
            var missing = MembershipIndex.Writes(state, existing).Where(w => w.Kind == EntityWriteKind.Upsert).ToList();
            foreach (var batch in missing.Chunk(EntityLimits.MaxWritesPerBatch))
                await table.SubmitAsync(head.PartitionKey, batch, cancellationToken);
        }
        await MarkAsync(Backfilled, cancellationToken);
        return heads.Count;
    }

    /// <summary>
    /// Once per store, in the background (it may take minutes at ten thousand joint meetings on Azure): writes the
    /// global hints and list rows of the joint meetings saved before they existed, then marks the store so that
    /// lookups use them. Several instances may run it at once: each writes only what is missing, with inserts that
    /// leave a row already there alone. Returns how many joint meetings it wrote hints for.
    /// </summary>
    public async Task<int> BackfillHintsAsync(CancellationToken cancellationToken = default)
    {
        if (await HintsReadyAsync(cancellationToken)) return 0;
        // Every save of this version writes them ahead of its batch, so what the scan below does not see was saved
        // with its hints (or by an older version still running: RecheckAfterUpgradeAsync finds those from this instant
        // on); joint meetings created since carry a "hints" row and are passed by.
        var scanned = clock?.GetUtcNow();
        var heads = (await table.FindByRowKeyAsync(RowKeys.JointMeeting, cancellationToken)).Where(r => !r.PartitionKey.StartsWith('|')).ToList();
        var hinted = (await table.FindByRowKeyAsync(LookupHints.HintedRow, cancellationToken)).Select(r => r.PartitionKey).ToHashSet(StringComparer.Ordinal);
        var old = heads.Where(h => !hinted.Contains(h.PartitionKey)).ToList();
        if (old.Count > 0)
        {
            var listed = await LookupHints.ListedIdsAsync(table, cancellationToken);
            var requests = (await table.FindInRowKeyRangeAsync(JoinRequestRows.Prefix, KeyRange.UpperBound(JoinRequestRows.Prefix)!, cancellationToken))
                .ToLookup(r => r.PartitionKey, StringComparer.Ordinal);
            // Backfilled hints are of committed states: without a clock they never count as old (never deleted by a reader).
            var at = clock?.GetUtcNow() ?? DateTimeOffset.MaxValue;
            var states = old.Select(head => JoinRequestRows.Merge(head, requests[head.PartitionKey]).State).ToList();
            await WriteHintsAsync(states, listed, at, cancellationToken);
            await Parallel.ForEachAsync(states, Parallelism(cancellationToken), async (state, ct) =>
                await InsertMissingAsync(state.Id, EntityWrite.Insert(LookupHints.HintedRow, "{}"), ct));
        }
        await MarkAsync(HintsBackfilled, cancellationToken, StateJson.Write(new HintsMark(scanned)));
        hintsReady = true;
        return old.Count;
    }

    /// <summary>
    /// After the backfill, while instances of the version before may still be saving joint meetings without hints
    /// (a rolling upgrade): writes the hints and list rows of the joint meetings they saved since the last re-check
    /// (see <see cref="UpgradeRecheck"/>: one range query of the audit rows, work only for old versions' saves). Run every
    /// <see cref="UpgradeRecheck.Every"/> until it says it is finished. Needs the lookup's clock.
    /// </summary>
    public async Task<UpgradeRecheck.Outcome> RecheckAfterUpgradeAsync(CancellationToken cancellationToken = default)
    {
        var now = (clock ?? throw new InvalidOperationException("A re-check after an upgrade needs the lookup's clock.")).GetUtcNow();
        if (await table.GetAsync(MetaPartition, HintsBackfilled, cancellationToken) is not { } mark) return new(0, Finished: false);
        // A mark without its time (written by a build before re-checks) is taken as a day old.
        var backfilled = StateJson.Read<HintsMark>(mark.PartitionKey, mark.RowKey, mark.Body).At ?? now - UpgradeRecheck.QuietFor;
        var stateRow = await table.GetAsync(MetaPartition, UpgradeRecheck.StateRow, cancellationToken);
        // The first re-check reaches a day behind the backfill: a joint meeting created by this version (which the
        // backfill passes by) may have been saved by an old instance while the backfill was still to run.
        var state = stateRow is null ? new UpgradeRecheck.State(backfilled - UpgradeRecheck.QuietFor, backfilled) : StateJson.Read<UpgradeRecheck.State>(stateRow.PartitionKey, stateRow.RowKey, stateRow.Body);
        if (now - state.LastOldSave > UpgradeRecheck.QuietFor) return new(0, Finished: true);
        // Another instance re-checked less than half a period ago: one scan a minute serves them all.
        if (stateRow is not null && now - state.Through < UpgradeRecheck.Every / 2) return new(0, Finished: false);

        var (from, to) = UpgradeRecheck.AuditSince(state.Through - LookupHints.SettleTime);
        var audit = await table.FindInRowKeyRangeAsync(from, to, cancellationToken);
        var savedByOld = audit.Where(r => !r.PartitionKey.StartsWith('|') && r.RowKey.StartsWith(RowKeys.AuditPrefix, StringComparison.Ordinal) && UpgradeRecheck.SavedByAnOldVersion(r.RowKey))
            .Select(r => r.PartitionKey).Distinct(StringComparer.Ordinal).ToList();
        var states = new System.Collections.Concurrent.ConcurrentBag<JointMeetingState>();
        await Parallel.ForEachAsync(savedByOld, Parallelism(cancellationToken), async (id, ct) =>
        {
            var rows = await table.QueryAsync(id, [RowKeys.JointMeeting, JoinRequestRows.Prefix], ct);
            if (rows.FirstOrDefault(r => r.RowKey == RowKeys.JointMeeting) is { } head)
                states.Add(JoinRequestRows.Merge(head, rows.Where(r => r.RowKey.StartsWith(JoinRequestRows.Prefix, StringComparison.Ordinal))).State);
        });
        await WriteHintsAsync([.. states], listed: new HashSet<string>(), now, cancellationToken);
        // The old version wrote no due hints either: the reminder sweep looks at each joint meeting it saved at once.
        await DueHints.LookAgainAsync(table, states.Select(s => s.Id), _ => now, cancellationToken);

        var next = StateJson.Write(new UpgradeRecheck.State(now, states.Count > 0 ? now : state.LastOldSave));
        try
        {
            await table.SubmitAsync(MetaPartition, [stateRow is null ? EntityWrite.Insert(UpgradeRecheck.StateRow, next) : EntityWrite.Replace(UpgradeRecheck.StateRow, next, stateRow.ETag)], cancellationToken);
        }
        catch (StoreConflictException)
        {
            // Another instance re-checked at the same time: its word stands, the next re-check reads from it.
        }
        return new(states.Count, Finished: false);
    }

    // The hints and list rows of committed states, only what is missing (a row already there is a save's own).
    private async Task WriteHintsAsync(IReadOnlyList<JointMeetingState> states, IReadOnlySet<string> listed, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var options = Parallelism(cancellationToken);
        await Parallel.ForEachAsync(states.Where(s => !listed.Contains(s.Id)), options, async (state, ct) =>
            await InsertMissingAsync(LookupHints.ListPartition, EntityWrite.Insert(LookupHints.Row(state.Id), LookupHints.EntryBody(state.Name, at, committed: true)), ct));
        // All the joint meetings of one person (or conversation) in one go: a liaison in thousands costs a few
        // writes of their rows, not a read and a write of a contended row for each.
        var byPartition = states.SelectMany(s => LookupHints.Of(s).Select(p => (Partition: p, s.Id))).GroupBy(h => h.Partition, StringComparer.Ordinal);
        await Parallel.ForEachAsync(byPartition, options, async (hints, ct) =>
            await HintRows.AddAsync(table, hints.Key, hints.Select(h => h.Id).Distinct(StringComparer.Ordinal).ToDictionary(id => id, _ => LookupHints.NewHint(at), StringComparer.Ordinal), keepExisting: true, ct));
    }

    private static ParallelOptions Parallelism(CancellationToken cancellationToken) => new() { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken };

    // The store's "hints are complete" mark: when the backfill's scan began (null without a clock, or from a build before).
    private sealed record HintsMark(DateTimeOffset? At);

    // Whether the hints can be trusted to be complete (backfilled once per store); known for good once true.
    private async Task<bool> HintsReadyAsync(CancellationToken cancellationToken)
    {
        if (hintsReady) return true;
        if (await table.GetAsync(MetaPartition, HintsBackfilled, cancellationToken) is null) return false;
        hintsReady = true;
        return true;
    }

    // One read of a hint partition (HintRows: its first row, and one query more only for a person in thousands), then
    // each joint meeting it names is read and must confirm it.
    private async Task<IReadOnlyList<JointMeeting>> VerifiedAsync(string partition, Func<string, Task<JointMeeting?>> confirm, CancellationToken cancellationToken)
    {
        var hints = HintRows.Entries(await HintRows.ReadAsync(table, partition, cancellationToken)).ToLookup(e => e.Id, e => e.Hint, StringComparer.Ordinal).ToList();
        var confirmed = await Task.WhenAll(hints.Select(h => confirm(h.Key)));
        for (var i = 0; i < hints.Count; i++)
            if (confirmed[i] is null) await ForgetIfSettledAsync(partition, hints[i].Key, [.. hints[i]], cancellationToken);
        return [.. confirmed.OfType<JointMeeting>()];
    }

    // A hint the record refutes: a left-over of a removal or of a change that never committed, or the hint of a save
    // still in flight. Only an old one is removed, and only as read (a save writing it again meanwhile gives it a new tag).
    private async Task ForgetIfSettledAsync(string partition, string jointMeetingId, IReadOnlyList<LookupHints.Hint> copies, CancellationToken cancellationToken)
    {
        var settled = copies.Where(h => clock is not null && clock.GetUtcNow() - h.At >= LookupHints.SettleTime).Select(h => h.Tag).ToHashSet(StringComparer.Ordinal);
        if (settled.Count == 0) return;
        try
        {
            await HintRows.RemoveAsync(table, partition, jointMeetingId, settled, cancellationToken, attempts: 1);
        }
        catch (StoreException)
        {
            // Changed meanwhile, or the store is busy: the next reader decides again.
        }
    }

    // A list row written ahead of a creation: its record says whether the joint meeting exists. Confirmed, the row is
    // marked committed (so the next read spends nothing on it); refuted and settled, it is deleted as read (a creation
    // of the same id writing it again meanwhile changes its ETag). Failures leave both to the next reader.
    private async Task<JointMeetingEntry?> ConfirmListedAsync(string jointMeetingId, EntityRow row, LookupHints.ListEntry entry, CancellationToken cancellationToken)
    {
        var head = await table.GetAsync(jointMeetingId, RowKeys.JointMeeting, cancellationToken);
        var name = head is null ? null : Read(head).Name;
        EntityWrite? mend = null;
        if (name is not null)
            mend = EntityWrite.Replace(row.RowKey, LookupHints.EntryBody(name, entry.At, committed: true), row.ETag);
        else if (clock is not null && clock.GetUtcNow() - entry.At >= LookupHints.SettleTime)
            mend = EntityWrite.Delete(row.RowKey, row.ETag);
        if (mend is not null)
        {
            try
            {
                await table.SubmitAsync(LookupHints.ListPartition, [mend], cancellationToken);
            }
            catch (StoreException)
            {
                // Changed meanwhile, or the store is busy: the next reader decides again.
            }
        }
        return name is null ? null : new JointMeetingEntry(jointMeetingId, name);
    }

    private async Task<JointMeeting?> WithAccountAsync(string jointMeetingId, ChatAccount account, CancellationToken cancellationToken)
    {
        if (await table.GetAsync(jointMeetingId, RowKeys.JointMeeting, cancellationToken) is not { } head) return null;
        var jointMeeting = Read(head);
        if (jointMeeting.FindContact(account) is not null) return jointMeeting;
        // A request waiting lives in a row of its own (JoinRequestRows).
        if (await table.GetAsync(jointMeetingId, JoinRequestRows.Key(account), cancellationToken) is not { } request) return null;
        var withRequest = JointMeeting.Restore(JoinRequestRows.Merge(head, [request]).State);
        return withRequest.FindContact(account) is { Status: ContactStatus.Pending } ? withRequest : null;
    }

    private async Task InsertMissingAsync(string partition, EntityWrite insert, CancellationToken cancellationToken)
    {
        try
        {
            await table.SubmitAsync(partition, [insert], cancellationToken);
        }
        catch (StoreConflictException)
        {
            // Written by a save since, or by another instance's backfill: theirs stands.
        }
    }

    private async Task MarkAsync(string what, CancellationToken cancellationToken, string body = "{}")
    {
        try
        {
            await table.SubmitAsync(MetaPartition, [EntityWrite.Insert(what, body)], cancellationToken);
        }
        catch (StoreConflictException)
        {
            // Another instance backfilled at the same time.
        }
    }

    private async Task<IReadOnlyList<JointMeeting>> HoldingAsync(string lookupKey, CancellationToken cancellationToken)
    {
        var rows = await table.FindByRowKeyAsync(lookupKey, cancellationToken);
        var found = new List<JointMeeting>(rows.Count);
        foreach (var row in rows.Where(r => !r.PartitionKey.StartsWith('|')))
            if (await FindAsync(row.PartitionKey, cancellationToken) is { } jointMeeting) found.Add(jointMeeting);
        return found;
    }

    private static JointMeeting Read(EntityRow row) =>
        JointMeeting.Restore(StateJson.Read<JointMeetingState>(row.PartitionKey, row.RowKey, row.Body));
}
