using MeetingBot.Core.Domain.Accounts;

namespace MeetingBot.Core.Domain.JointMeetings;

/// <summary>What adding a document changed: the member units it brought, the tasks it added, the tasks already here that now count a new unit in.</summary>
public sealed record DocumentAdded(IReadOnlyList<string> NewUnits, IReadOnlyList<AssignedTask> NewTasks, IReadOnlyList<AssignedTask> TasksWithNewUnits, bool ConvenorSet);

// A second document for a joint meeting already at work (a charter after a plan, a later notice adding tasks):
// what it adds is merged in, and nothing already here is taken away, so reports on the existing tasks stay theirs.
public sealed partial class JointMeeting
{
    /// <summary>
    /// Adds another policy document: its member units that are not members yet, its tasks (an id another document
    /// uses already gets the document's number after it), and its convenor when none is set. Existing units,
    /// contacts, tasks and corrections stay as they are; tasks that named a unit which now becomes a member count it in.
    /// </summary>
    public DocumentAdded AddDocument(ChatAccount by, JointMeetingProposal proposal, DateTimeOffset now)
    {
        Identify(by).RequireManager("add a policy document");
        if (proposal.Sources.FirstOrDefault(s => State.Sources.Any(own => own.SourceName == s.SourceName || own.Title == s.Title)) is { } known)
            throw new DomainException(DomainError.InvalidValue, $"《{known.Title}》 is a document of this joint meeting already; import it again to replace its tasks.");

        var before = State.Tasks;
        var newUnits = new List<string>();
        var units = State.Units.ToList();
        var next = State.NextUnitNumber;
        foreach (var unit in proposal.Units)
        {
            var name = Require.Text(unit.Name, "unit name", MemberUnit.MaxNameLength);
            if (units.Any(u => u.IsCalled(name) || unit.Aliases.Any(u.IsCalled))) continue;
            units.Add(new MemberUnit($"u{next++}", name, unit.Aliases.Where(a => a != name).Distinct().ToList()));
            newUnits.Add(name);
        }
        var documentNumber = State.Sources.Count + 1;
        var ids = State.Tasks.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var added = proposal.Tasks.Select(t => ids.Add(t.Id) ? t : t with { Id = Unique(ids, $"{t.Id}@{documentNumber}") }).ToList();

        var convenorSet = State.Convenor is null && proposal.Convenor is not null;
        State = State with
        {
            Sources = [.. State.Sources, .. proposal.Sources],
            Units = units,
            NextUnitNumber = next,
            Convenor = State.Convenor ?? proposal.Convenor,
        };
        var newTasks = added.Select(Assign).ToList();
        State = State with { Tasks = [.. State.Tasks.Select(Resolve), .. newTasks] };
        var widened = State.Tasks.Take(before.Count).Where((t, i) => !t.LeadUnitIds.SequenceEqual(before[i].LeadUnitIds) || !t.ResponsibleUnitIds.SequenceEqual(before[i].ResponsibleUnitIds)).ToList();
        Record(now, by, "document.added", string.Join(", ", proposal.Sources.Select(s => s.SourceName)),
            $"{newUnits.Count} member units and {newTasks.Count} tasks added; {widened.Count} tasks count a new unit in");
        return new DocumentAdded(newUnits, newTasks, widened, convenorSet);
    }

    private static string Unique(HashSet<string> ids, string id)
    {
        var candidate = id;
        for (var n = 2; !ids.Add(candidate); n++) candidate = $"{id}.{n}";
        return candidate;
    }
}
