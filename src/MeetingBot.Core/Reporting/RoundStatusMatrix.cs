using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Meetings;
using MeetingBot.Core.Domain.Reporting;

namespace MeetingBot.Core.Reporting;

/// <summary>Where a unit stands on one task of a round.</summary>
public enum ReportCell
{
    /// <summary>The unit is not asked about the task.</summary>
    NotAsked,
    Submitted,
    /// <summary>Submitted, after the deadline.</summary>
    Late,
    /// <summary>Filled in a draft that is not submitted.</summary>
    Draft,
    /// <summary>Nothing submitted on the task (no report, or a submitted one that leaves the task out).</summary>
    Missing,
}

/// <summary>One unit's row of the status matrix: its state overall and per task of the round.</summary>
public sealed record StatusRow(string UnitId, string UnitName, ReportCell State, int Filled, int Asked, IReadOnlyList<ReportCell> Cells, DateTimeOffset? SubmittedAt);

/// <summary>
/// The status of a round as a unit × task matrix (tasks in document order, units in the joint meeting's order):
/// submitted, late, draft or missing in each cell, plus the round's completeness. Read-only; every surface
/// (chat, Excel, the dashboard) renders it.
/// </summary>
public sealed record RoundStatusMatrix(
    JointMeeting JointMeeting,
    ReportingRound Round,
    Meeting? Meeting,
    RoundCompleteness Completeness,
    IReadOnlyList<AssignedTask> Tasks,
    IReadOnlyList<StatusRow> Units)
{
    public static RoundStatusMatrix Of(RoundData data)
    {
        var round = data.Round;
        var tasks = data.Tasks;
        var rows = new List<StatusRow>();
        foreach (var assignment in round.State.Assignments.Where(a => a.TaskIds.Count > 0))
        {
            var report = data.ReportOf(assignment.UnitId);
            var state = data.StateOf(assignment.UnitId);
            var cells = tasks.Select(t => !assignment.TaskIds.Contains(t.Id) ? ReportCell.NotAsked : Cell(report, t.Id)).ToList();
            rows.Add(new StatusRow(assignment.UnitId, data.UnitName(assignment.UnitId), state,
                report?.State.Entries.Count ?? 0, assignment.TaskIds.Count, cells, report?.State.FirstSubmittedAt));
        }
        return new RoundStatusMatrix(data.JointMeeting, round, data.Meeting, data.Completeness, tasks, rows);
    }

    private static ReportCell Cell(ProgressReport? report, string taskId)
    {
        if (report is null || report.State.Entries.All(e => e.TaskId != taskId)) return ReportCell.Missing;
        if (!report.State.Submitted) return ReportCell.Draft;
        return report.State.Late ? ReportCell.Late : ReportCell.Submitted;
    }

    /// <summary>How many cells (unit, task asked) are in each state.</summary>
    public IReadOnlyDictionary<ReportCell, int> CellCounts() =>
        Units.SelectMany(u => u.Cells).Where(c => c != ReportCell.NotAsked).GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());
}
