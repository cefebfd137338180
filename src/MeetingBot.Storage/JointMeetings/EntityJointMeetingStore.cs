using MeetingBot.Core.Domain;
using MeetingBot.Core.Domain.Audit;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Meetings;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Domain.Reporting;
using MeetingBot.Storage.Entities;

namespace MeetingBot.Storage.JointMeetings;

/// <summary>
/// The joint-meeting store on any <see cref="IEntityTable"/> engine: aggregates become JSON rows of their joint
/// meeting's partition (see <see cref="RowKeys"/>), and a change set becomes one atomic batch.
/// </summary>
/// <param name="clock">Orders the audit entries of one instant by when they were stored: the host's clock, never a default.</param>
public sealed class EntityJointMeetingStore(IEntityTable table, TimeProvider clock) : IJointMeetingStore
{
    private long _lastStoredTicks;


    public Task InitializeAsync(CancellationToken cancellationToken = default) => table.InitializeAsync(cancellationToken);

    public async Task<IReadOnlyList<Versioned<JointMeeting>>> ListAsync(CancellationToken cancellationToken = default)
    {
        var rows = await table.FindByRowKeyAsync(RowKeys.JointMeeting, cancellationToken);
        return rows.Select(ReadJointMeeting).OrderBy(j => j.Value.Id, StringComparer.Ordinal).ToList();
    }

    public async Task<JointMeetingSnapshot?> LoadAsync(string jointMeetingId, CancellationToken cancellationToken = default)
    {
        var rows = await table.QueryAsync(jointMeetingId, RowKeys.WorkingState, cancellationToken);
        var head = rows.FirstOrDefault(r => r.RowKey == RowKeys.JointMeeting);
        if (head is null)
            return null;

        return new JointMeetingSnapshot(
            ReadJointMeeting(head),
            Read(rows, RowKeys.MeetingPrefix, (MeetingState s) => Meeting.Restore(s)),
            Read(rows, RowKeys.RoundPrefix, (ReportingRoundState s) => ReportingRound.Restore(s)),
            Read(rows, RowKeys.ReportPrefix, (ProgressReportState s) => ProgressReport.Restore(s)));
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

        var writes = changes.Changes.Select(c => ToWrite(c.Aggregate, c.ETag)).ToList();
        foreach (var (aggregate, _) in changes.Changes)
        {
            if (aggregate is ProgressReport report)
                writes.AddRange(report.PendingVersions.Select(v => EntityWrite.Insert(RowKeys.Version(report.RoundId, report.UnitId, v.Number), StateJson.Write(v))));
        }
        // Entries of the same instant keep the order they were stored in (the store's clock), then of the action.
        var unique = $"{NextStoredTicks():D19}{Guid.NewGuid().ToString("N")[..8]}";
        var audit = changes.Changes.SelectMany(c => c.Aggregate.PendingAudit).ToList();
        writes.AddRange(audit.Select((entry, i) => EntityWrite.Insert(RowKeys.Audit(entry, $"{unique}{i:D3}"), StateJson.Write(entry))));
        // The receipt is inserted in the same batch: a second change of the same action fails as a whole.
        if (changes.ActionId is { } actionId && audit.Count > 0)
            writes.Add(EntityWrite.Insert(RowKeys.Action(actionId), StateJson.Write(new ActionReceipt(actionId, audit[0].By, audit[0].At, audit[0]))));

        var etags = await table.SubmitAsync(changes.JointMeetingId, writes, cancellationToken);
        foreach (var (aggregate, _) in changes.Changes)
            aggregate.AcceptChanges();
        return etags.Take(changes.Changes.Count).Select(e => e!).ToList();
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

    private static EntityWrite ToWrite(Aggregate aggregate, string? etag)
    {
        var (key, body) = aggregate switch
        {
            JointMeeting j => (RowKeys.JointMeeting, StateJson.Write(j.State)),
            Meeting m => (RowKeys.Meeting(m.Id), StateJson.Write(m.State)),
            ReportingRound r => (RowKeys.Round(r.Id), StateJson.Write(r.State)),
            ProgressReport p => (RowKeys.Report(p.RoundId, p.UnitId), StateJson.Write(p.State)),
            _ => throw new ArgumentException($"{aggregate.GetType().Name} is not stored here.", nameof(aggregate)),
        };
        return etag is null ? EntityWrite.Insert(key, body) : EntityWrite.Replace(key, body, etag);
    }

    private static Versioned<JointMeeting> ReadJointMeeting(EntityRow row) =>
        new(JointMeeting.Restore(StateJson.Read<JointMeetingState>(row.PartitionKey, row.RowKey, row.Body)), row.ETag);

    private static List<Versioned<T>> Read<TState, T>(IEnumerable<EntityRow> rows, string prefix, Func<TState, T> restore) where T : Aggregate =>
        rows.Where(r => r.RowKey.StartsWith(prefix, StringComparison.Ordinal))
            .Select(r => new Versioned<T>(restore(StateJson.Read<TState>(r.PartitionKey, r.RowKey, r.Body)), r.ETag))
            .ToList();
}
