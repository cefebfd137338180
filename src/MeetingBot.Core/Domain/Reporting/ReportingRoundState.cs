namespace MeetingBot.Core.Domain.Reporting;

public enum RoundStatus { Open, Closed }

/// <summary>The tasks one member unit is asked about in a round: those it leads or shares.</summary>
public sealed record RoundAssignment(string UnitId, IReadOnlyList<string> TaskIds);

/// <summary>
/// What is stored of a reporting round. <see cref="ReopenedUntil"/> is set when the secretariat lets units edit
/// again after <see cref="Deadline"/>.
/// </summary>
public sealed record ReportingRoundState(
    string Id,
    string JointMeetingId,
    string MeetingId,
    DateOnly Deadline,
    DateOnly? ReopenedUntil,
    RoundStatus Status,
    string TimeZoneId,
    IReadOnlyList<RoundAssignment> Assignments,
    DateTimeOffset OpenedAt);
