namespace MeetingBot.Core.Domain.Reporting;

/// <summary>
/// Who has reported in a round: units that submitted (and whether late), units with only a draft, units with
/// nothing, and the tasks no submitted report covers. A unit asked about no task (a member the document gives no
/// task) cannot report, so it is expected to report nothing and is in none of the lists.
/// </summary>
public sealed record RoundCompleteness(
    IReadOnlyList<string> SubmittedUnitIds,
    IReadOnlyList<string> LateUnitIds,
    IReadOnlyList<string> DraftOnlyUnitIds,
    IReadOnlyList<string> MissingUnitIds,
    IReadOnlyList<string> UnreportedTaskIds)
{
    public static RoundCompleteness Of(ReportingRound round, IEnumerable<ProgressReport> reports)
    {
        var ofRound = reports.Where(r => r.RoundId == round.Id).ToDictionary(r => r.UnitId);
        var units = round.State.Assignments.Where(a => a.TaskIds.Count > 0).Select(a => a.UnitId).ToList();
        var submitted = units.Where(u => ofRound.GetValueOrDefault(u)?.State.Submitted == true).ToList();
        var drafts = units.Where(u => ofRound.GetValueOrDefault(u) is { State.Submitted: false, IsNew: false }).ToList();

        var covered = submitted.SelectMany(u => ofRound[u].State.Entries.Select(e => e.TaskId)).ToHashSet();
        var unreported = round.State.Assignments.SelectMany(a => a.TaskIds).Distinct().Where(t => !covered.Contains(t)).ToList();

        return new RoundCompleteness(
            submitted,
            submitted.Where(u => ofRound[u].State.Late).ToList(),
            drafts,
            units.Except(submitted).Except(drafts).ToList(),
            unreported);
    }

    public bool IsComplete => MissingUnitIds.Count == 0 && DraftOnlyUnitIds.Count == 0;
}
