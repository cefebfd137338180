using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Domain.JointMeetings;

namespace MeetingBot.Core.Domain.Reporting;

/// <summary>
/// A member unit's progress report in a round. Every save is a new version. Until the deadline the unit edits
/// freely; after it, a report already submitted is frozen unless the secretariat reopens the round, and one
/// submitted for the first time is accepted and marked late.
/// </summary>
public sealed class ProgressReport : Aggregate
{
    /// <summary>
    /// Characters of narrative and figures in one report, all tasks together: the report and its newest version
    /// are stored in one atomic change, and Azure's 4 MiB per change (Chinese travels as six-byte \uXXXX escapes)
    /// must hold both.
    /// </summary>
    public const int MaxReportLength = 150_000;

    private readonly List<ReportVersion> pendingVersions = [];

    private ProgressReport(ProgressReportState state)
    {
        State = state;
        JointMeetingId = state.JointMeetingId;
        storedTaskIds = [.. state.Entries.Select(e => e.TaskId)];
    }

    public ProgressReportState State { get; private set; }

    public string RoundId => State.RoundId;
    public string UnitId => State.UnitId;
    public bool IsNew => State.Version == 0;

    /// <summary>Versions saved since the report was loaded: the store writes them with the report.</summary>
    public IReadOnlyList<ReportVersion> PendingVersions => pendingVersions;

    // The tasks the report named when loaded (or last stored): what a save names beyond them is new.
    private HashSet<string> storedTaskIds;

    /// <summary>
    /// The tasks a save since the report was loaded names that it did not name before: unless another report names
    /// them already, the store saves the report only while the joint meeting's tasks are as loaded, so a task a
    /// re-import removes meanwhile is never reported on (see <see cref="Persistence.ChangeSet.OnTasks"/>).
    /// </summary>
    public IEnumerable<string> NewTaskIds => State.Entries.Select(e => e.TaskId).Where(id => !storedTaskIds.Contains(id));

    public static ProgressReport Restore(ProgressReportState state) => new(state);

    /// <summary>An empty report of a unit, not stored until its first save.</summary>
    public static ProgressReport Begin(ReportingRound round, string unitId) =>
        new(new ProgressReportState(round.JointMeetingId, round.Id, unitId, [], 0, false, null, false, ChatAccount.System, round.State.OpenedAt));

    /// <summary>
    /// Saves entries for some or all of the unit's tasks (those not given keep what they said), as a draft or
    /// submitted. With <paramref name="basedOn"/> (what a card showed), a save that would overwrite a task changed
    /// since is refused (<see cref="DomainError.StaleVersion"/>); tasks nobody touched since are merged in.
    /// </summary>
    public void Save(JointMeeting jointMeeting, ReportingRound round, ChatAccount by, IReadOnlyList<TaskProgress> entries, bool submit, DateTimeOffset now,
        ReportBase? basedOn = null)
    {
        if (round.Id != State.RoundId || round.JointMeetingId != jointMeeting.Id)
            throw new DomainException(DomainError.InvalidValue, $"This report belongs to round {State.RoundId}, not {round.Id}.");
        var unit = jointMeeting.GetUnit(State.UnitId);
        jointMeeting.Identify(by).RequireActingFor(unit, "report for it");
        if (!round.IsOpen)
            throw new DomainException(DomainError.RoundClosed, $"Round {round.Id} is closed; the secretariat can reopen it.");
        if (!round.Asks(unit.Id))
            throw new DomainException(DomainError.UnknownUnit, $"{unit.Name} joined after round {round.Id} was opened and is not asked in it.");
        if (now >= round.EditsCloseAt && State.Submitted)
            throw new DomainException(DomainError.DeadlinePassed,
                $"The deadline of round {round.Id} has passed and {unit.Name} has submitted; the secretariat can reopen the round for edits.");
        CheckEntries(jointMeeting, round, unit, entries);
        if (basedOn is not null && (basedOn.Version > State.Version || basedOn.Conflicts(State, entries) is { Count: > 0 }))
            throw new DomainException(DomainError.StaleVersion,
                $"The report of {unit.Name} is at version {State.Version}; a change based on version {basedOn.Version} would overwrite newer work.");

        // Entries keep the round's task order, whatever order the saves came in.
        var taskOrder = round.TasksOf(unit.Id).ToList();
        var merged = State.Entries.Where(e => entries.All(n => n.TaskId != e.TaskId)).Concat(entries)
            .OrderBy(e => taskOrder.IndexOf(e.TaskId)).ToList();
        var length = merged.Sum(e => (e.Narrative?.Length ?? 0) + e.Figures.Sum(f => f.Value.Length));
        if (length > MaxReportLength)
            throw new DomainException(DomainError.InvalidValue,
                $"The report of {unit.Name} would hold {length:N0} characters; at most {MaxReportLength:N0} fit in one report (shorten or attach the detail elsewhere).");
        var firstSubmission = submit && !State.Submitted;
        State = State with
        {
            Entries = merged,
            Version = State.Version + 1,
            Submitted = State.Submitted || submit,
            FirstSubmittedAt = firstSubmission ? now : State.FirstSubmittedAt,
            Late = State.Late || (firstSubmission && now >= round.DeadlinePassesAt),
            UpdatedBy = by,
            UpdatedAt = now,
        };
        pendingVersions.Add(new ReportVersion(State.Version, by, now, submit, merged, basedOn?.CardId));
        Record(now, by, submit ? "report.submitted" : "report.saved", $"{round.Id}/{unit.Name}",
            $"version {State.Version}, {entries.Count} task(s){(State.Late && firstSubmission ? ", late" : "")}");
    }

    public override void AcceptChanges()
    {
        base.AcceptChanges();
        pendingVersions.Clear();
        storedTaskIds = [.. State.Entries.Select(e => e.TaskId)];
    }

    private static void CheckEntries(JointMeeting jointMeeting, ReportingRound round, MemberUnit unit, IReadOnlyList<TaskProgress> entries)
    {
        if (entries.Count == 0)
            throw new DomainException(DomainError.InvalidValue, "A report save needs at least one task entry.");
        var asked = round.TasksOf(unit.Id);
        foreach (var entry in entries)
        {
            if (entries.Count(e => e.TaskId == entry.TaskId) > 1)
                throw new DomainException(DomainError.InvalidValue, $"Task {entry.TaskId} is reported twice in one save.");
            if (!asked.Contains(entry.TaskId))
                throw new DomainException(DomainError.UnknownTask, $"{unit.Name} is not asked about task {entry.TaskId} in round {round.Id}.");
            if (entry.Narrative is { Length: > TaskProgress.MaxNarrativeLength })
                throw new DomainException(DomainError.InvalidValue, $"The narrative of task {entry.TaskId} has {entry.Narrative.Length} characters; at most {TaskProgress.MaxNarrativeLength} are allowed.");
            // A round asks for the tasks the joint meeting had when it opened; a re-import may have removed one since.
            var targets = (jointMeeting.Tasks.FirstOrDefault(t => t.Id == entry.TaskId)
                ?? throw new DomainException(DomainError.UnknownTask, $"Task {entry.TaskId} is no longer in joint meeting {jointMeeting.Id}: a re-import of its policy document removed it.")).Targets;
            foreach (var figure in entry.Figures)
            {
                if (figure.TargetIndex < 0 || figure.TargetIndex >= targets.Count)
                    throw new DomainException(DomainError.InvalidValue, $"Task {entry.TaskId} has {targets.Count} target(s); there is no target {figure.TargetIndex + 1}.");
                Require.Text(figure.Value, "figure", TaskProgress.MaxFigureLength);
            }
        }
    }
}
