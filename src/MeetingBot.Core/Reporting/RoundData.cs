using MeetingBot.Core.Domain;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Meetings;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Domain.Reporting;

namespace MeetingBot.Core.Reporting;

/// <summary>
/// What the read models of a round are built from, looked up once: the joint meeting, the round, its meeting, its
/// reports by unit, its completeness and its tasks in document order, and today in the joint meeting's zone.
/// </summary>
public sealed class RoundData
{
    private readonly Dictionary<string, ProgressReport> reports;
    private readonly HashSet<string> submitted;
    private readonly HashSet<string> drafts;

    public RoundData(JointMeetingSnapshot snapshot, ReportingRound round, DateTimeOffset now)
    {
        JointMeeting = snapshot.JointMeeting.Value;
        Round = round;
        Now = now;
        Today = TimeZones.LocalDate(now, JointMeeting.TimeZone);
        Meeting = snapshot.FindMeeting(round.State.MeetingId)?.Value;
        reports = snapshot.Reports.Select(r => r.Value).Where(r => r.RoundId == round.Id).ToDictionary(r => r.UnitId);
        Completeness = RoundCompleteness.Of(round, reports.Values);
        submitted = Completeness.SubmittedUnitIds.ToHashSet();
        drafts = Completeness.DraftOnlyUnitIds.ToHashSet();
        var asked = round.State.Assignments.SelectMany(a => a.TaskIds).ToHashSet();
        Tasks = JointMeeting.Tasks.Where(t => asked.Contains(t.Id)).ToList();
    }

    public JointMeeting JointMeeting { get; }
    public ReportingRound Round { get; }
    public Meeting? Meeting { get; }
    public DateTimeOffset Now { get; }
    public DateOnly Today { get; }
    public RoundCompleteness Completeness { get; }

    /// <summary>The round's tasks, in the document's order.</summary>
    public IReadOnlyList<AssignedTask> Tasks { get; }

    public IEnumerable<ProgressReport> Reports => reports.Values;

    public ProgressReport? ReportOf(string unitId) => reports.GetValueOrDefault(unitId);

    public ProgressReport? SubmittedReportOf(string unitId) => submitted.Contains(unitId) ? reports[unitId] : null;

    /// <summary>A unit's state in the round as a whole.</summary>
    public ReportCell StateOf(string unitId) =>
        submitted.Contains(unitId) ? (reports[unitId].State.Late ? ReportCell.Late : ReportCell.Submitted)
        : drafts.Contains(unitId) ? ReportCell.Draft
        : ReportCell.Missing;

    public string UnitName(string unitId) => JointMeeting.Units.FirstOrDefault(u => u.Id == unitId)?.Name ?? unitId;

    /// <summary>When a task's time starts for its pace: its document's date, else the day the joint meeting was set up.</summary>
    public DateOnly StartOf(AssignedTask task) =>
        JointMeeting.State.Sources.FirstOrDefault(s => s.SourceName == task.Source)?.Date
        ?? TimeZones.LocalDate(JointMeeting.State.CreatedAt, JointMeeting.TimeZone);
}
