namespace MeetingBot.Core.Domain.JointMeetings;

/// <summary>
/// A task of the joint meeting's policy document, as reporting needs it: who leads it and who shares it (member
/// unit ids, resolved from the names the document wrote, which are kept: a unit added later under such a name is
/// counted in) and its targets. A task the convenor marked as not for this joint meeting keeps its place but
/// involves no unit: nobody reports on it and its targets are not reminded of. A task a re-imported version of its
/// document no longer has, but which units have reported on, is kept as <see cref="Dropped"/>: its reports stay
/// linked to it, and like an excluded task it involves no unit in new rounds.
/// </summary>
public sealed record AssignedTask(
    string Id,
    string Source,
    string Path,
    string Title,
    IReadOnlyList<string> LeadUnitNames,
    IReadOnlyList<string> ResponsibleUnitNames,
    IReadOnlyList<string> LeadUnitIds,
    IReadOnlyList<string> ResponsibleUnitIds,
    IReadOnlyList<TaskTarget> Targets,
    bool NotForThisMeeting = false,
    bool Dropped = false)
{
    public bool Involves(string unitId) => LeadUnitIds.Contains(unitId) || ResponsibleUnitIds.Contains(unitId);
}

public sealed record TaskTarget(string Text, string? Value, DateOnly? Deadline);
