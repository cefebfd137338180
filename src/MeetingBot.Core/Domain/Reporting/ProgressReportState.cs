using MeetingBot.Core.Domain.Accounts;

namespace MeetingBot.Core.Domain.Reporting;

/// <summary>
/// What is stored of a unit's report in a round: its current entries (one per task), how many saves it has had,
/// and when it was first submitted. Earlier versions are kept as <see cref="ReportVersion"/>s.
/// </summary>
public sealed record ProgressReportState(
    string JointMeetingId,
    string RoundId,
    string UnitId,
    IReadOnlyList<TaskProgress> Entries,
    int Version,
    bool Submitted,
    DateTimeOffset? FirstSubmittedAt,
    bool Late,
    ChatAccount UpdatedBy,
    DateTimeOffset UpdatedAt);

/// <summary>
/// One save of a report: who, when, and what the report said after it; <see cref="CardId"/> names the report card
/// it was saved from (null for typed saves and versions stored before cards had ids).
/// </summary>
public sealed record ReportVersion(int Number, ChatAccount By, DateTimeOffset At, bool Submitted, IReadOnlyList<TaskProgress> Entries, string? CardId = null);
