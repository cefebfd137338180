using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Meetings;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Domain.Reporting;

namespace MeetingBot.Core.Conversation.Features.Reporting;

/// <summary>One unit in one round: what it is asked about (in the round's order) and what it has reported so far.</summary>
public sealed record UnitRound(JointMeeting JointMeeting, ReportingRound Round, Meeting? Meeting, MemberUnit Unit, ProgressReport? Report)
{
    public static UnitRound Of(JointMeetingSnapshot snapshot, ReportingRound round, MemberUnit unit) =>
        new(snapshot.JointMeeting.Value, round, Rounds.MeetingOf(snapshot, round), unit, snapshot.FindReport(round.Id, unit.Id)?.Value);

    /// <summary>
    /// The tasks the round asks this unit about that the joint meeting still has: those it leads first, then those it
    /// supports, each in the round's order. The card, its pages, 我的报告 and the blanks all follow this one order.
    /// </summary>
    public IReadOnlyList<AssignedTask> Tasks { get; } = LedFirst(Unit.Id,
        Round.TasksOf(Unit.Id).Select(id => JointMeeting.Tasks.FirstOrDefault(t => t.Id == id)).OfType<AssignedTask>());

    public bool Leads(AssignedTask task) => task.LeadUnitIds.Contains(Unit.Id);

    private static List<AssignedTask> LedFirst(string unitId, IEnumerable<AssignedTask> tasks)
    {
        var all = tasks.ToList();
        return [.. all.Where(t => t.LeadUnitIds.Contains(unitId)), .. all.Where(t => !t.LeadUnitIds.Contains(unitId))];
    }

    public TaskProgress? EntryOf(string taskId) => Report?.State.Entries.FirstOrDefault(e => e.TaskId == taskId);

    /// <summary>Tasks with nothing reported yet, as labels.</summary>
    public IReadOnlyList<string> Unfilled(Lang lang) =>
        Tasks.Where(t => EntryOf(t.Id) is null).Select(t => TaskNumbers.Display(t.Id, lang)).ToList();

    /// <summary>Whether the unit may still change its report: the round is open and the report is not frozen after the deadline.</summary>
    public bool Editable(DateTimeOffset now) => Round.IsOpen && !(now >= Round.EditsCloseAt && Report?.State.Submitted == true);
}
