using MeetingBot.Core.Domain.Audit;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Reporting;

namespace MeetingBot.Core.Domain.Persistence;

/// <summary>
/// Where joint meetings live. One contract, two engines (Azure Table Storage, embedded SQLite) with the same
/// semantics: atomic, conditional saves; a joint meeting's whole state in one load.
/// </summary>
/// <remarks>
/// Failures surface as the storage exceptions: a conflict (someone saved first: reload and retry), unavailable
/// (retry later), a limit (too large: retrying cannot help). None of them leaves a partial change behind.
/// </remarks>
public interface IJointMeetingStore
{
    /// <summary>Creates what the engine needs; safe to call on every start.</summary>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    /// <summary>The joint meetings of this deployment (their own records only, not their meetings and reports).</summary>
    Task<IReadOnlyList<Versioned<JointMeeting>>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>A joint meeting with its meetings, rounds and reports; null when there is no such joint meeting.</summary>
    Task<JointMeetingSnapshot?> LoadAsync(string jointMeetingId, CancellationToken cancellationToken = default);

    /// <summary>Every saved version of a unit's report in a round, oldest first.</summary>
    Task<IReadOnlyList<ReportVersion>> GetReportHistoryAsync(string jointMeetingId, string roundId, string unitId, CancellationToken cancellationToken = default);

    /// <summary>The audit trail of a joint meeting, oldest first.</summary>
    Task<IReadOnlyList<AuditEntry>> GetAuditAsync(string jointMeetingId, CancellationToken cancellationToken = default);

    /// <summary>The receipt of a card action done in this joint meeting, or null when it was not done.</summary>
    Task<ActionReceipt?> FindActionAsync(string jointMeetingId, string actionId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores the change set atomically (with its action's receipt, when it has an action id) and returns each aggregate's new ETag (in the order of the change set);
    /// afterwards the aggregates' pending audit entries and versions are cleared.
    /// </summary>
    Task<IReadOnlyList<string>> SaveAsync(ChangeSet changes, CancellationToken cancellationToken = default);
}
