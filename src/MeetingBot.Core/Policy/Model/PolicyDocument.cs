namespace MeetingBot.Core.Policy.Model;

/// <summary>A policy document parsed into its tasks, units, targets and joint-meeting clause.</summary>
public sealed record PolicyDocument(
    string Title,
    string? Issuer,
    DateOnly? Date,
    string? DocumentNumber,
    string SourceName,
    string Encoding,
    JointMeetingClause? JointMeeting,
    IReadOnlyList<PolicyTask> Tasks,
    IReadOnlyList<PolicyUnit> Units,
    IReadOnlyList<PolicyTarget> DocumentTargets,
    IReadOnlyList<ParseWarning> Warnings)
{
    /// <summary>The attachments and further documents of the file, in order; empty for a single document.</summary>
    public IReadOnlyList<PolicyPart> Parts { get; init; } = [];

    public PolicyTask? FindTask(IReadOnlyList<string> path) =>
        Tasks.FirstOrDefault(t => t.Path.SequenceEqual(path));
}

/// <summary>Something the parser noticed and handled conservatively, with the line it is about.</summary>
public sealed record ParseWarning(int Line, string Message);
