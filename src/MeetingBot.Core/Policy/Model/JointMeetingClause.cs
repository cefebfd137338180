namespace MeetingBot.Core.Policy.Model;

/// <summary>
/// The clause that sets up the joint meeting (联席会议) or, failing that, a coordination mechanism led by one unit.
/// </summary>
public sealed record JointMeetingClause(
    JointMeetingKind Kind,
    string? Name,
    string? Convenor,
    IReadOnlyList<string> Members,
    int? MinMeetingsPerYear,
    bool MembersReport,
    int Line,
    IReadOnlyList<string>? TaskPath);

public enum JointMeetingKind
{
    JointMeeting,
    CoordinationMechanism,
}
