using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Reporting;

namespace MeetingBot.Core.Reporting;

/// <summary>A target of one of the unit's tasks: the figure and pace only when that figure is the unit's own.</summary>
public sealed record UnitTarget(TaskTarget Target, string? Figure, Pace? Pace);

/// <summary>One task the unit is asked about: its part (lead or shared), where it stands, its own submitted entry.</summary>
public sealed record UnitTask(AssignedTask Task, bool Lead, ReportCell State, TaskProgress? Entry, IReadOnlyList<UnitTarget> Targets);

/// <summary>
/// A unit contact's view of a round: only the tasks their unit is asked about, its own state, entries and figures.
/// Nothing of another unit (its narrative, its figures, whether it reported) is in it, so nothing can leak from it.
/// </summary>
public sealed record UnitRoundView(string UnitId, string UnitName, ReportCell State, int Filled, int Asked, IReadOnlyList<UnitTask> Tasks)
{
    /// <summary>Null when the unit is asked about nothing in this round.</summary>
    public static UnitRoundView? Of(RoundReadModels models, string unitId)
    {
        if (models.Status.Units.FirstOrDefault(u => u.UnitId == unitId) is not { } row) return null;
        var tasks = models.Brief.Tasks
            .Select(t => (Task: t, Mine: t.Units.FirstOrDefault(u => u.UnitId == unitId)))
            .Where(x => x.Mine is not null)
            .Select(x => new UnitTask(x.Task.Task, x.Mine!.Lead, x.Mine.State, x.Mine.Entry,
                x.Task.Targets.Select(g => g.FigureUnitId == unitId ? new UnitTarget(g.Target, g.Figure, g.Pace) : new UnitTarget(g.Target, null, null)).ToList()))
            .ToList();
        return new UnitRoundView(unitId, row.UnitName, row.State, row.Filled, row.Asked, tasks);
    }
}
