using MeetingBot.Core.Domain.Accounts;

namespace MeetingBot.Core.Domain.JointMeetings;

// The convenor's corrections of an imported document: a task's units, a unit's other names, two units that are
// one, a task that is not this joint meeting's. Managers only; each is audited.
public sealed partial class JointMeeting
{
    public const int MaxAliasLength = MemberUnit.MaxNameLength;

    public AssignedTask GetTask(string taskId) =>
        State.Tasks.FirstOrDefault(t => t.Id == taskId)
        ?? throw new DomainException(DomainError.UnknownTask, $"There is no task '{taskId}' in joint meeting '{Id}'.");

    /// <summary>Sets who leads a task (<paramref name="lead"/>) or who shares it; units named in the other role stay.</summary>
    public AssignedTask SetTaskUnits(ChatAccount by, string taskId, bool lead, IReadOnlyList<string> unitIds, DateTimeOffset now)
    {
        Identify(by).RequireManager("correct the imported tasks");
        var task = GetTask(taskId);
        if (task.NotForThisMeeting)
            throw new DomainException(DomainError.NotAllowed, $"Task '{taskId}' is marked as not for this joint meeting.");
        if (unitIds.Count == 0 && lead)
            throw new DomainException(DomainError.InvalidValue, "A task's lead needs at least one unit.");
        var names = unitIds.Distinct().Select(id => GetUnit(id).Name).ToList();
        var correction = new TaskCorrection(taskId, lead ? TaskCorrectionKind.Lead : TaskCorrectionKind.Responsible, names);
        var corrected = Resolve(Apply(task, correction));
        State = State with { Tasks = State.Tasks.Select(t => t.Id == taskId ? corrected : t).ToList(), TaskCorrections = Keep(correction) };
        Record(now, by, lead ? "task.lead.corrected" : "task.responsible.corrected", taskId, string.Join("、", names));
        return corrected;
    }

    /// <summary>Another name a unit goes by (人社局 for 区人力资源社会保障局): tasks that wrote it now count the unit in.</summary>
    public MemberUnit AddUnitAlias(ChatAccount by, string unitId, string alias, DateTimeOffset now)
    {
        Identify(by).RequireManager("add another name to a member unit");
        var unit = GetUnit(unitId);
        var name = Require.Text(alias, "alias", MaxAliasLength);
        if (FindUnit(name) is { } existing)
            throw new DomainException(DomainError.DuplicateUnit, existing.Id == unitId
                ? $"'{name}' is already a name of {unit.Name}."
                : $"'{name}' is already the member unit {existing.Name}; merge the two units instead.");
        var renamed = unit with { Aliases = [.. unit.Aliases, name] };
        State = State with { Units = State.Units.Select(u => u.Id == unitId ? renamed : u).ToList() };
        State = State with { Tasks = State.Tasks.Select(Resolve).ToList() };
        Record(now, by, "unit.alias.added", unit.Name, name);
        return renamed;
    }

    /// <summary>
    /// Two units that are one: the merged unit's names become the kept unit's aliases, its contacts the kept
    /// unit's, and its tasks follow (they name it, and the name now finds the kept unit).
    /// </summary>
    public MemberUnit MergeUnits(ChatAccount by, string keptId, string mergedId, DateTimeOffset now)
    {
        Identify(by).RequireManager("merge member units");
        var kept = GetUnit(keptId);
        var merged = GetUnit(mergedId);
        if (keptId == mergedId)
            throw new DomainException(DomainError.InvalidValue, $"{kept.Name} cannot be merged into itself.");
        var result = kept with { Aliases = [.. kept.Aliases, .. new[] { merged.Name }.Concat(merged.Aliases).Where(a => a != kept.Name && !kept.Aliases.Contains(a))] };
        State = State with
        {
            Units = State.Units.Where(u => u.Id != mergedId).Select(u => u.Id == keptId ? result : u).ToList(),
            Contacts = State.Contacts.Select(c => c.UnitId == mergedId ? c with { UnitId = keptId } : c).ToList(),
            SecretariatUnitId = State.SecretariatUnitId == mergedId ? keptId : State.SecretariatUnitId,
        };
        State = State with { Tasks = State.Tasks.Select(Resolve).ToList() };
        Record(now, by, "unit.merged", kept.Name, merged.Name);
        return result;
    }

    /// <summary>A task of the document that is not this joint meeting's: no unit reports on it, its targets are not reminded.</summary>
    public AssignedTask MarkNotForThisMeeting(ChatAccount by, string taskId, DateTimeOffset now)
    {
        Identify(by).RequireManager("mark a task as not for this joint meeting");
        var task = GetTask(taskId);
        var correction = new TaskCorrection(taskId, TaskCorrectionKind.NotForThisMeeting, []);
        var marked = Resolve(Apply(task, correction));
        State = State with { Tasks = State.Tasks.Select(t => t.Id == taskId ? marked : t).ToList(), TaskCorrections = Keep(correction) };
        if (!task.NotForThisMeeting) Record(now, by, "task.excluded", taskId, task.Title);
        return marked;
    }

    /// <summary>
    /// Reads the tasks of the joint meeting's own document again (after the parser improved, or the file was
    /// fixed) and applies the convenor's corrections to them again. A task the new version no longer has is removed
    /// unless a unit has reported on it (<paramref name="reportedTaskIds"/>, drafts included): then it is kept as
    /// dropped, so no reported work loses its task. Returns how many corrections still apply.
    /// </summary>
    public int ReimportTasks(ChatAccount by, JointMeetingProposal proposal, DateTimeOffset now, IReadOnlyCollection<string>? reportedTaskIds = null) =>
        Reimport(by, proposal, now, reportedTaskIds ?? []).CorrectionsKept;

    /// <summary>What re-importing would change, worked out on a copy (for the preview); nothing here changes.</summary>
    public TasksReimported PreviewReimport(ChatAccount by, JointMeetingProposal proposal, DateTimeOffset now, IReadOnlyCollection<string> reportedTaskIds) =>
        Restore(State).Reimport(by, proposal, now, reportedTaskIds);

    private TasksReimported Reimport(ChatAccount by, JointMeetingProposal proposal, DateTimeOffset now, IReadOnlyCollection<string> reportedTaskIds)
    {
        Identify(by).RequireManager("import the policy document again");
        if (!proposal.Sources.Any(s => State.Sources.Any(own => own.SourceName == s.SourceName)))
            throw new DomainException(DomainError.InvalidValue, $"Joint meeting '{Id}' was not set up from {string.Join(", ", proposal.Sources.Select(s => s.SourceName))}.");
        // Only this document's tasks are replaced: another document's stay, and keep their ids.
        var reimported = proposal.Sources.Select(s => s.SourceName).ToHashSet(StringComparer.Ordinal);
        var others = State.Tasks.Where(t => !reimported.Contains(t.Source)).ToList();
        var before = State.Tasks.Where(t => reimported.Contains(t.Source)).ToList();
        var number = State.Sources.ToList().FindIndex(s => reimported.Contains(s.SourceName)) + 1;
        var ids = others.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var tasks = proposal.Tasks.Select(t => ids.Add(t.Id) ? t : t with { Id = Unique(ids, $"{t.Id}@{number}") }).Select(Assign).ToList();
        var applied = 0;
        foreach (var correction in State.Corrections)
        {
            var index = tasks.FindIndex(t => t.Id == correction.TaskId);
            if (index < 0) continue;
            tasks[index] = Resolve(Apply(tasks[index], correction));
            applied++;
        }
        // A task the new version no longer has keeps its place while any report names it: reported work is never cut loose.
        var gone = before.Where(t => !ids.Contains(t.Id)).ToList();
        var kept = gone.Where(t => reportedTaskIds.Contains(t.Id)).Select(t => t with { Dropped = true, LeadUnitIds = [], ResponsibleUnitIds = [] }).ToList();
        var removed = gone.Where(t => !reportedTaskIds.Contains(t.Id)).ToList();
        var added = tasks.Where(t => before.All(b => b.Id != t.Id)).ToList();
        var order = State.Sources.Select(s => s.SourceName).ToList();
        State = State with { Tasks = [.. others.Concat(tasks).Concat(kept).OrderBy(t => order.IndexOf(t.Source))] };
        RemovesTasks |= removed.Count > 0;
        Record(now, by, "tasks.reimported", string.Join(", ", proposal.Sources.Select(s => s.SourceName)),
            $"{tasks.Count} tasks ({added.Count} added, {removed.Count} removed, {kept.Count} kept because reported on: {string.Join(", ", kept.Select(t => t.Id))}), {applied} corrections kept");
        var notMembers = proposal.Units.Select(u => u.Name).Where(n => FindUnit(n) is null).Distinct().ToList();
        return new TasksReimported(added, removed, kept, applied, notMembers);
    }

    private AssignedTask Apply(AssignedTask task, TaskCorrection correction) => correction.Kind switch
    {
        TaskCorrectionKind.Lead => task with
        {
            LeadUnitNames = correction.UnitNames,
            ResponsibleUnitNames = task.ResponsibleUnitNames.Where(n => !correction.UnitNames.Contains(Canonical(n))).ToList(),
        },
        TaskCorrectionKind.Responsible => task with
        {
            ResponsibleUnitNames = correction.UnitNames.Where(n => !task.LeadUnitNames.Select(Canonical).Contains(n)).ToList(),
        },
        _ => task with { NotForThisMeeting = true },
    };

    // The latest correction of a kind for a task replaces the one before.
    private List<TaskCorrection> Keep(TaskCorrection correction) =>
        [.. State.Corrections.Where(c => c.TaskId != correction.TaskId || c.Kind != correction.Kind), correction];

    private string Canonical(string name) => FindUnit(name)?.Name ?? name;
}

/// <summary>What a re-import changed: tasks new in this version, tasks it dropped and removed, tasks it dropped but kept because units reported on them.</summary>
/// Member units are not added or removed by a re-import; <see cref="UnitsNotMembers"/> are the units the new version names that are not members.
public sealed record TasksReimported(IReadOnlyList<AssignedTask> Added, IReadOnlyList<AssignedTask> Removed, IReadOnlyList<AssignedTask> KeptAsReported, int CorrectionsKept, IReadOnlyList<string> UnitsNotMembers);
