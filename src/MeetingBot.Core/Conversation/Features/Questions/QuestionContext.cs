using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Domain.Reporting;
using MeetingBot.Core.Policy.Index;
using MeetingBot.Core.Policy.Model;

namespace MeetingBot.Core.Conversation.Features.Questions;

/// <summary>
/// What a question is answered from: the index of the joint meeting's documents (of all documents when there is no
/// joint meeting), the joint meeting and its snapshot when there is one, who asks, and today in its time zone.
/// </summary>
public sealed record QuestionContext(
    Lang Lang,
    PolicyIndex Index,
    PolicyCatalog Catalog,
    JointMeetingSnapshot? Snapshot,
    Participant Me,
    DateOnly Today)
{
    public JointMeeting? JointMeeting => Snapshot?.JointMeeting.Value;

    /// <summary>A unit as a document names it, marked as a member unit of the joint meeting or not (unmarked without one).</summary>
    public UnitRef Unit(string name) => new(name, JointMeeting is { } jm ? jm.FindUnit(name) is not null : null);

    public IReadOnlyList<UnitRef> Units(IEnumerable<string> names) => names.Select(Unit).ToList();

    /// <summary>The document and line a joint meeting's task comes from, as far as the catalog knows the document.</summary>
    public Citation Cite(AssignedTask task)
    {
        var title = JointMeeting?.State.Sources.FirstOrDefault(s => s.SourceName == task.Source)?.Title
            ?? Catalog.Documents.FirstOrDefault(d => d.SourceName == task.Source)?.Title
            ?? task.Source;
        var line = Catalog.Documents.FirstOrDefault(d => d.SourceName == task.Source)?.Tasks
            .FirstOrDefault(t => t.PathText == task.Path && t.Title == task.Title)?.Line;
        return new Citation(title, task.Path, task.Title, line);
    }

    public static Citation Cite(PolicyDocument document, PolicyTask? task) =>
        new(document.Title, task?.PathText, task?.Title, task?.Line);
}

/// <summary>A unit named in an answer; <see cref="Member"/> is null when no joint meeting is in question.</summary>
public sealed record UnitRef(string Name, bool? Member);

/// <summary>Where something comes from: a document, and the task (its path and title) and line when it is in one.</summary>
public sealed record Citation(string DocumentTitle, string? Path, string? TaskTitle, int? Line);

/// <summary>A task that answers who is responsible for a topic.</summary>
public sealed record ResponsibleItem(
    Citation Source, IReadOnlyList<UnitRef> Leads, IReadOnlyList<UnitRef> Responsible, UnitAssignment Assignment, string? Convenor);

/// <summary>A task a unit leads or shares, with its targets; for a unit's own contact, what the open round holds on it.</summary>
public sealed record DutyItem(Citation Source, bool Leads, IReadOnlyList<DutyTarget> Targets, string? UnitName = null, TaskReport? Report = null);

/// <summary>What a unit's report in the open round says of one task: its status, or null when it says nothing yet.</summary>
public sealed record TaskReport(ProgressStatus? Status);

/// <summary>The open reporting round as a unit's contact sees it.</summary>
public sealed record RoundState(string RoundId, DateOnly Deadline, DateOnly? MeetingDate, bool Submitted, bool Draft, bool Late);

/// <summary>A target of a task: what, by when (null when the document sets no date).</summary>
public sealed record DutyTarget(string Text, DateOnly? Deadline);

/// <summary>A target falling due, with the units that lead its task (none when the document assigns none).</summary>
public sealed record TargetItem(DateOnly? Deadline, string Text, Citation Source, IReadOnlyList<UnitRef> Leads);
