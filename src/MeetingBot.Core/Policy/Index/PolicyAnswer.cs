using MeetingBot.Core.Policy.Model;
using MeetingBot.Core.Policy.Retrieval;

namespace MeetingBot.Core.Policy.Index;

public enum PolicyQuestionKind
{
    WhoIsResponsible,
    UnitTasks,
    TargetsDue,
    /// <summary>About the joint meeting itself: how often it meets, its members, office, liaison officers, last meeting.</summary>
    JointMeeting,
}

/// <summary>A task that matches a topic, with the document it comes from.</summary>
public sealed record TaskMatch(PolicyDocument Document, PolicyTask Task, double Score);

/// <summary>A unit that matches a name or abbreviation, with the document it comes from.</summary>
public sealed record UnitMatch(PolicyDocument Document, PolicyUnit Unit, double Score);

/// <summary>A target falling due, with the task (null for targets outside numbered tasks) and document.</summary>
public sealed record TargetDue(PolicyDocument Document, PolicyTask? Task, PolicyTarget Target);

/// <summary>
/// The answer to one question. Exactly one of the lists is filled, per <see cref="Kind"/>; an empty list means
/// nothing matched, and <see cref="Suggestions"/> then holds the closest candidates. A targets answer covers
/// <see cref="DueFrom"/>–<see cref="DueBy"/> (either may be open) and, when <see cref="TargetTopic"/> is set, only
/// the targets about that topic.
/// </summary>
public sealed record PolicyAnswer(
    PolicyQuestionKind Kind,
    string Subject,
    IReadOnlyList<TaskMatch> Tasks,
    IReadOnlyList<UnitMatch> Units,
    IReadOnlyList<TargetDue> Targets,
    DateOnly? DueBy,
    IReadOnlyList<string> Suggestions,
    DateOnly? DueFrom = null,
    string? TargetTopic = null)
{
    /// <summary>
    /// For a topic: all of <see cref="Tasks"/> hold it (Full); the first is the closest and the second the
    /// runner-up (Closest); they are the close candidates to choose from (Ambiguous); or nothing fits (None).
    /// </summary>
    public TopicFit Fit { get; init; } = TopicFit.Full;

    /// <summary>For a joint-meeting question: what it asks and what each document says about it.</summary>
    public JointMeetingAspect? Aspect { get; init; }

    public IReadOnlyList<JointMeetingFact> JointMeetings { get; init; } = [];
}
