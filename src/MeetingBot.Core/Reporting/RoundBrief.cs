using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Meetings;
using MeetingBot.Core.Domain.Reporting;

namespace MeetingBot.Core.Reporting;

/// <summary>A target of a task in the brief: the latest figure submitted for it (and by whom) and its pace.</summary>
public sealed record BriefTarget(int Index, TaskTarget Target, string? Figure, string? FigureUnitId, Pace Pace);

/// <summary>
/// A unit asked about a task: its state on it, and its entry when it submitted one (<see cref="Entry"/> is null
/// otherwise; a unit that submitted but left the task out is <see cref="ReportCell.Missing"/> with <see cref="SubmittedOther"/>).
/// </summary>
public sealed record BriefUnit(string UnitId, string UnitName, bool Lead, ReportCell State, TaskProgress? Entry, bool SubmittedOther);

/// <summary>One task in the brief: its lead and responsible units, its targets with figures and pace, and each unit asked.</summary>
public sealed record BriefTask(AssignedTask Task, IReadOnlyList<string> LeadUnits, IReadOnlyList<string> ResponsibleUnits,
    IReadOnlyList<BriefTarget> Targets, IReadOnlyList<BriefUnit> Units)
{
    public bool AtRisk => Units.Any(u => u.Entry?.Status == ProgressStatus.AtRisk);

    public bool BehindPace => Targets.Any(t => t.Pace.Mark is PaceMark.Behind or PaceMark.Overdue);

    /// <summary>No submitted report says anything on it.</summary>
    public bool Unreported => Units.All(u => u.Entry is null);

    /// <summary>Worth the meeting's time: at risk, behind pace or overdue, or unreported.</summary>
    public bool NeedsDiscussion => AtRisk || BehindPace || Unreported;
}

/// <summary>
/// The compiled brief of a round: per task in document order, who leads and shares it, its targets with the latest
/// figures against their pace, and each asked unit's status and narrative (leads first); plus the round's
/// completeness and the statuses of the submitted entries. Chat, Word and Excel render it.
/// </summary>
public sealed record RoundBrief(
    JointMeeting JointMeeting,
    ReportingRound Round,
    Meeting? Meeting,
    RoundCompleteness Completeness,
    IReadOnlyDictionary<ProgressStatus, int> Statuses,
    IReadOnlyList<BriefTask> Tasks,
    DateTimeOffset Now,
    DateOnly Today)
{
    /// <summary>The tasks to put on the agenda: at risk, behind pace or overdue, or unreported, in document order.</summary>
    public IReadOnlyList<BriefTask> Agenda => Tasks.Where(t => t.NeedsDiscussion).ToList();

    public static RoundBrief Of(RoundData data)
    {
        var tasks = data.Tasks.Select(task => TaskOf(data, task)).ToList();
        var statuses = data.Completeness.SubmittedUnitIds.SelectMany(u => data.ReportOf(u)!.State.Entries)
            .GroupBy(e => e.Status).ToDictionary(g => g.Key, g => g.Count());
        return new RoundBrief(data.JointMeeting, data.Round, data.Meeting, data.Completeness, statuses, tasks, data.Now, data.Today);
    }

    private static BriefTask TaskOf(RoundData data, AssignedTask task)
    {
        var asked = data.Round.State.Assignments.Where(a => a.TaskIds.Contains(task.Id)).Select(a => a.UnitId)
            .OrderBy(u => task.LeadUnitIds.Contains(u) ? 0 : 1).ToList();
        var units = asked.Select(unitId =>
        {
            var submitted = data.SubmittedReportOf(unitId);
            var entry = submitted?.State.Entries.FirstOrDefault(e => e.TaskId == task.Id);
            var state = entry is not null ? data.StateOf(unitId)
                : submitted is null && data.StateOf(unitId) == ReportCell.Draft ? ReportCell.Draft
                : ReportCell.Missing;
            return new BriefUnit(unitId, data.UnitName(unitId), task.LeadUnitIds.Contains(unitId), state, entry, submitted is not null && entry is null);
        }).ToList();

        var start = data.StartOf(task);
        var targets = task.Targets.Select((target, k) =>
        {
            var latest = LatestFigure(data, task, units, k);
            return new BriefTarget(k, target, latest?.Value, latest?.UnitId, Pace.Of(target, latest?.Value, start, data.Today));
        }).ToList();
        return new BriefTask(task, task.LeadUnitIds.Select(data.UnitName).ToList(), task.ResponsibleUnitIds.Select(data.UnitName).ToList(), targets, units);
    }

    // The figure a lead unit submitted, else the one submitted last: the lead answers for the task.
    private static (string Value, string UnitId)? LatestFigure(RoundData data, AssignedTask task, IReadOnlyList<BriefUnit> units, int k) =>
        units.Where(u => u.Entry?.Figures.Any(f => f.TargetIndex == k) == true)
            .OrderBy(u => u.Lead ? 0 : 1).ThenByDescending(u => data.ReportOf(u.UnitId)!.State.UpdatedAt)
            .Select(u => ((string Value, string UnitId)?)(u.Entry!.Figures.First(f => f.TargetIndex == k).Value, u.UnitId))
            .FirstOrDefault();
}
