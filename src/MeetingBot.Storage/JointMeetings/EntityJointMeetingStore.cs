using System.Runtime.CompilerServices;
using MeetingBot.Core.Domain;
using MeetingBot.Core.Domain.Audit;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Meetings;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Domain.Reporting;
using MeetingBot.Storage.Entities;
using MeetingBot.Storage.Reminders;

namespace MeetingBot.Storage.JointMeetings;

/// <summary>
/// The joint-meeting store on any <see cref="IEntityTable"/> engine: aggregates become JSON rows of their joint
/// meeting's partition (see <see cref="RowKeys"/>), and a change set becomes one atomic batch.
/// </summary>
/// <param name="clock">Orders the audit entries of one instant by when they were stored: the host's clock, never a default.</param>
public sealed class EntityJointMeetingStore(IEntityTable table, TimeProvider clock) : IJointMeetingStore
{
    private static readonly IReadOnlyList<string> LoadPrefixes = [.. RowKeys.WorkingState, JoinRequestRows.Prefix, RowKeys.Calendar, TasksGuard.RowKey];

    private long _lastStoredTicks;
    private readonly LookupHintWriter _hints = new(table, clock);
    private readonly CopyTrust _copyTrust = new(table, clock);

    // What each joint meeting handed out was loaded from, so that a save writes its row and its requests' rows
    // only where they changed (see JoinRequestRows). Weak: it goes with the aggregate.
    private readonly ConditionalWeakTable<JointMeeting, JoinRequestRows.Loaded> _loaded = new();

    // The state each joint meeting handed out had when loaded (or last saved by this store; states are immutable, so
    // this is a reference): a save whose lookups are those of that state writes none and reads none (see SaveAsync).
    private readonly ConditionalWeakTable<JointMeeting, JointMeetingState> _loadedStates = new();


    public Task InitializeAsync(CancellationToken cancellationToken = default) => table.InitializeAsync(cancellationToken);

    public async Task<IReadOnlyList<Versioned<JointMeeting>>> ListAsync(CancellationToken cancellationToken = default)
    {
        var rows = await table.FindByRowKeyAsync(RowKeys.JointMeeting, cancellationToken);
        return rows.Select(row => ReadJointMeeting(row, [])).OrderBy(j => j.Value.Id, StringComparer.Ordinal).ToList();
    }

    public Task<JointMeetingSnapshot?> LoadAsync(string jointMeetingId, CancellationToken cancellationToken = default) =>
        LoadAsync(jointMeetingId, migrations: 3, cancellationToken);

    private async Task<JointMeetingSnapshot?> LoadAsync(string jointMeetingId, int migrations, CancellationToken cancellationToken)
    {
        // The copy first: read before the query, so a change landing after it makes the copy written below fail.
        var trusted = await _copyTrust.NowAsync(cancellationToken);
        var copy = trusted ? await table.GetAsync(jointMeetingId, WorkingCopy.RowKey, cancellationToken) : null;
        if (copy is not null && WorkingCopy.Read(copy) is { } copied)
            return Snapshot(copied);

        var rows = await table.QueryAsync(jointMeetingId, LoadPrefixes, cancellationToken);
        var head = rows.FirstOrDefault(r => r.RowKey == RowKeys.JointMeeting);
        if (head is null)
            return null;
        // Requests stored inside the row by older versions move out first (a merged view is read meanwhile).
        if (migrations > 0 && await new JoinRequestMigration(table).MoveOutAsync(head, rows, cancellationToken))
            return await LoadAsync(jointMeetingId, migrations - 1, cancellationToken);

        if (trusted) await RefreshCopyAsync(jointMeetingId, rows, copy, cancellationToken);
        return Snapshot(rows);
    }

    private JointMeetingSnapshot Snapshot(IReadOnlyList<EntityRow> rows) => new(
        ReadJointMeeting(rows.First(r => r.RowKey == RowKeys.JointMeeting), rows.Where(r => r.RowKey.StartsWith(JoinRequestRows.Prefix, StringComparison.Ordinal))),
        Read(rows, RowKeys.MeetingPrefix, (MeetingState s) => Meeting.Restore(s)),
        Read(rows, RowKeys.RoundPrefix, (ReportingRoundState s) => ReportingRound.Restore(s)),
        Read(rows, RowKeys.ReportPrefix, (ProgressReportState s) => ProgressReport.Restore(s)),
        rows.FirstOrDefault(r => r.RowKey == RowKeys.Calendar)?.ETag,
        TasksGuard.ETagOf(rows));

    // Only a cache: a change since (the write's ETag no longer matches), a copy too big or any failure leaves it stale,
    // and the load that read the rows is answered all the same.
    private async Task RefreshCopyAsync(string jointMeetingId, IReadOnlyList<EntityRow> rows, EntityRow? readBefore, CancellationToken cancellationToken)
    {
        if (WorkingCopy.Refresh(rows, readBefore) is not { } write) return;
        try
        {
            await table.SubmitAsync(jointMeetingId, [write], cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
        }
    }

    public async Task<IReadOnlyList<ReportVersion>> GetReportHistoryAsync(string jointMeetingId, string roundId, string unitId, CancellationToken cancellationToken = default)
    {
        var rows = await table.QueryAsync(jointMeetingId, [RowKeys.VersionsOf(roundId, unitId)], cancellationToken);
        return rows.Select(r => StateJson.Read<ReportVersion>(r.PartitionKey, r.RowKey, r.Body)).OrderBy(v => v.Number).ToList();
    }

    public async Task<IReadOnlyList<AuditEntry>> GetAuditAsync(string jointMeetingId, CancellationToken cancellationToken = default)
    {
        var rows = await table.QueryAsync(jointMeetingId, [RowKeys.AuditPrefix], cancellationToken);
        return rows.Select(r => StateJson.Read<AuditEntry>(r.PartitionKey, r.RowKey, r.Body)).ToList();
    }

    public async Task<ActionReceipt?> FindActionAsync(string jointMeetingId, string actionId, CancellationToken cancellationToken = default)
    {
        if (!ActionReceipt.IsValidId(actionId)) return null;
        var row = await table.GetAsync(jointMeetingId, RowKeys.Action(actionId), cancellationToken);
        return row is null ? null : StateJson.Read<ActionReceipt>(row.PartitionKey, row.RowKey, row.Body);
    }

    public async Task<IReadOnlyList<string>> SaveAsync(ChangeSet changes, CancellationToken cancellationToken = default)
    {
        if (changes.Changes.Count == 0)
            return [];
        await _copyTrust.EnsureMarkedAsync(cancellationToken);

        // Each aggregate's own row first, in the change set's order (their ETags are returned in it); a joint
        // meeting whose row is as loaded (a request to join changed only its request rows) keeps its ETag.
        var heads = changes.Changes.Select(c => ToWrite(c.Aggregate, c.ETag)).ToList();
        var writes = heads.OfType<EntityWrite>().ToList();
        foreach (var (aggregate, _) in changes.Changes)
        {
            if (aggregate is JointMeeting jm)
                writes.AddRange(JoinRequestRows.Writes(jm.State, _loaded.TryGetValue(jm, out var loaded) ? loaded : null));
            if (aggregate is ProgressReport report)
                writes.AddRange(report.PendingVersions.Select(v => EntityWrite.Insert(RowKeys.Version(report.RoundId, report.UnitId, v.Number), StateJson.Write(v))));
        }
        // Entries of the same instant keep the order they were stored in (the store's clock), then of the action.
        // Its flag tells a re-check after a rolling upgrade that this save wrote its lookup hints (UpgradeRecheck).
        var unique = UpgradeRecheck.Unique(NextStoredTicks());
        var audit = changes.Changes.SelectMany(c => c.Aggregate.PendingAudit).ToList();
        writes.AddRange(audit.Select((entry, i) => EntityWrite.Insert(RowKeys.Audit(entry, $"{unique}{i:D3}"), StateJson.Write(entry))));
        // The lookups by account and conversation follow the contacts and bindings in this very batch; the read of
        // what is stored now is safe: the joint meeting's ETag condition refuses the batch if it changed since.
        var lookups = new List<EntityWrite>();
        foreach (var (aggregate, etag) in changes.Changes)
        {
            if (aggregate is not JointMeeting jointMeeting) continue;
            // Most changes leave contacts and bindings alone: their lookups as loaded are still right, and nothing is
            // read or written. Either the batch holds the head row under its loaded ETag (so what is stored is what was
            // loaded), or the head is unchanged and so are its lookups; reading the stored rows then could only find
            // another instance's newer lookups, which a diff against this copy would wrongly delete.
            if (etag is not null && _loadedStates.TryGetValue(jointMeeting, out var asLoaded) && MembershipIndex.SameLookups(asLoaded, jointMeeting.State))
                continue;
            // A change of contacts or bindings diffs against the rows stored now (which also mends any a crash left
            // over); safe to read: the head's ETag condition refuses the batch if the joint meeting changed since.
            var existing = etag is null ? [] : (await table.QueryAsync(changes.JointMeetingId, MembershipIndex.Prefixes, cancellationToken)).Select(r => r.RowKey);
            lookups.AddRange(MembershipIndex.Writes(jointMeeting.State, existing));
        }
        // The global lookup hints (one partition per account, conversation and the list, read with one query each)
        // cannot join this batch: the ones it adds are written now, the ones it removes after it (LookupHints).
        var hints = await _hints.AheadAsync(changes, jm => _loadedStates.TryGetValue(jm, out var state) ? state : null, cancellationToken);
        writes.AddRange(hints.InBatch);
        // Lookups past what one atomic batch holds (hundreds of contacts added at once) are written in batches of their
        // own: new ones before the change, removed ones after it. A crash between leaves only a lookup too many, which
        // is harmless (every answer is checked against the joint meeting's own record), never one missing.
        var room = EntityLimits.MaxWritesPerBatch - writes.Count - 5; // the due mark, the copy, the receipt, the calendar and the tasks guards below
        var lookupsAhead = new List<EntityWrite>();
        var lookupsAfter = new List<EntityWrite>();
        if (lookups.Count > room)
        {
            lookupsAhead.AddRange(lookups.Where(w => w.Kind == EntityWriteKind.Upsert));
            lookupsAfter.AddRange(lookups.Where(w => w.Kind != EntityWriteKind.Upsert));
            lookups.Clear();
        }
        writes.AddRange(lookups);
        // A change can add or move reminders: in the same atomic change, it marks the joint meeting due for the
        // next sweep, which alone knows the ledger and sets when it is next due; the sweep finds the mark by its hint,
        // written just ahead of this batch (Reminders/DueKeys).
        var dueMark = DueKeys.Changed(clock.GetUtcNow());
        writes.Add(EntityWrite.Insert(dueMark, "{}"));
        // The working copy is stale from this change on, in the same atomic change (WorkingCopy).
        writes.Add(WorkingCopy.Stale);
        // The receipt is inserted in the same batch: a second change of the same action fails as a whole.
        if (changes.ActionId is { } actionId && audit.Count > 0)
            writes.Add(EntityWrite.Insert(RowKeys.Action(actionId), StateJson.Write(new ActionReceipt(actionId, audit[0].By, audit[0].At, audit[0]))));

        // A meeting given a new time is saved only against the calendar its clash check read: any other meeting's new
        // time since then changed the guard's ETag, and the whole change is a conflict (retried on fresh state).
        if (changes.Changes.Any(c => c.Aggregate is Meeting { TakesNewTime: true }))
            writes.Add(CalendarGuard(changes.Calendar));
        if (TasksGuard.Needed(changes))
            writes.Add(TasksGuard.Write(changes.Tasks));

        foreach (var batch in lookupsAhead.Chunk(EntityLimits.MaxWritesPerBatch))
            await table.SubmitAsync(changes.JointMeetingId, batch, cancellationToken);
        // The due hint goes just ahead of the batch (Reminders/DueHints); a refused batch takes its lookup hints back too.
        var etags = await DueHints.AheadOfAsync(table, changes.JointMeetingId, dueMark, async () =>
        {
            try
            {
                return await table.SubmitAsync(changes.JointMeetingId, writes, cancellationToken);
            }
            catch (StoreConflictException)
            {
                await hints.RefusedAsync(cancellationToken);
                throw;
            }
        }, cancellationToken);
        foreach (var batch in lookupsAfter.Chunk(EntityLimits.MaxWritesPerBatch))
            await table.SubmitAsync(changes.JointMeetingId, batch, cancellationToken);
        await hints.AfterAsync(cancellationToken);
        var stored = writes.Zip(etags).ToDictionary(w => w.First.RowKey, w => w.Second, StringComparer.Ordinal);
        foreach (var (aggregate, _) in changes.Changes)
        {
            aggregate.AcceptChanges();
            // Saved again as it is now, the aggregate writes only what changes after this save.
            if (aggregate is JointMeeting jm)
            {
                _loaded.AddOrUpdate(jm, JoinRequestRows.AsStored(jm.State, _loaded.TryGetValue(jm, out var before) ? before : null, stored));
                _loadedStates.AddOrUpdate(jm, jm.State);
            }
        }
        var headETags = etags.GetEnumerator();
        return changes.Changes.Select((c, i) => heads[i] is null ? c.ETag! : Next(headETags)).ToList();
    }

    // The row says nothing; its ETag, new on every write, is the calendar's version.
    private static EntityWrite CalendarGuard(CalendarBasis? basis) => basis switch
    {
        null => EntityWrite.Upsert(RowKeys.Calendar, "{}"),
        { ETag: null } => EntityWrite.Insert(RowKeys.Calendar, "{}"),
        { ETag: { } etag } => EntityWrite.Replace(RowKeys.Calendar, "{}", etag),
    };

    private static string Next(IEnumerator<string?> etags)
    {
        etags.MoveNext();
        return etags.Current!;
    }

    // The store's clock, made strictly increasing within this store: saves keep their order even when the clock
    // stands still (fake time) or ticks more coarsely than saves come.
    private long NextStoredTicks()
    {
        var now = clock.GetUtcNow().UtcTicks;
        while (true)
        {
            var last = Interlocked.Read(ref _lastStoredTicks);
            var next = Math.Max(now, last + 1);
            if (Interlocked.CompareExchange(ref _lastStoredTicks, next, last) == last) return next;
        }
    }

    private EntityWrite? ToWrite(Aggregate aggregate, string? etag)
    {
        if (aggregate is JointMeeting jm && etag is not null && _loaded.TryGetValue(jm, out var loaded)
            && loaded.HeadBody == JoinRequestRows.HeadBody(jm.State))
            return null;
        var (key, body) = aggregate switch
        {
            JointMeeting j => (RowKeys.JointMeeting, JoinRequestRows.HeadBody(j.State)),
            Meeting m => (RowKeys.Meeting(m.Id), StateJson.Write(m.State)),
            ReportingRound r => (RowKeys.Round(r.Id), StateJson.Write(r.State)),
            ProgressReport p => (RowKeys.Report(p.RoundId, p.UnitId), StateJson.Write(p.State)),
            _ => throw new ArgumentException($"{aggregate.GetType().Name} is not stored here.", nameof(aggregate)),
        };
        return etag is null ? EntityWrite.Insert(key, body) : EntityWrite.Replace(key, body, etag);
    }

    private Versioned<JointMeeting> ReadJointMeeting(EntityRow row, IEnumerable<EntityRow> requestRows)
    {
        var (state, loaded) = JoinRequestRows.Merge(row, requestRows);
        var jm = JointMeeting.Restore(state);
        _loaded.AddOrUpdate(jm, loaded);
        _loadedStates.AddOrUpdate(jm, state);
        return new(jm, row.ETag);
    }

    private static List<Versioned<T>> Read<TState, T>(IEnumerable<EntityRow> rows, string prefix, Func<TState, T> restore) where T : Aggregate =>
        rows.Where(r => r.RowKey.StartsWith(prefix, StringComparison.Ordinal))
            .Select(r => new Versioned<T>(restore(StateJson.Read<TState>(r.PartitionKey, r.RowKey, r.Body)), r.ETag))
            .ToList();
}
