namespace MeetingBot.Core.Policy.Model;

/// <summary>
/// The clause that sets up the joint meeting (联席会议) or, failing that, a coordination mechanism led by one unit.
/// The convenor is as written: a unit (市X局), a post (市政府分管领导) or a person with a post.
/// </summary>
public sealed record JointMeetingClause(
    JointMeetingKind Kind,
    string? Name,
    string? Convenor,
    IReadOnlyList<string> Members,
    int? MinMeetingsPerYear,
    bool MembersReport,
    int Line,
    IReadOnlyList<string>? TaskPath)
{
    /// <summary>The vice-convenors (副召集人), as written.</summary>
    public IReadOnlyList<string> ViceConvenors { get; init; } = [];

    /// <summary>The unit the meeting's office is set in (办公室设在…), if stated.</summary>
    public string? Office { get; init; }

    /// <summary>Who heads the office (办公室主任由…兼任), as written.</summary>
    public string? OfficeHead { get; init; }

    /// <summary>Liaison officers named in the document (联络员：…), as written.</summary>
    public IReadOnlyList<string> LiaisonOfficers { get; init; } = [];

    /// <summary>The sentence that asks each member unit to name a liaison officer (各成员单位确定1名…联络员), if any.</summary>
    public string? LiaisonRule { get; init; }
}

public enum JointMeetingKind
{
    JointMeeting,
    CoordinationMechanism,
}
