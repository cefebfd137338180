using MeetingBot.Core.Policy.Model;

namespace MeetingBot.Core.Domain.JointMeetings;

/// <summary>
/// What a policy document proposes for a joint meeting: its member units, its tasks with the units they name, and
/// its convenor. The convenor reviews it (units can be added and removed after creation).
/// </summary>
public sealed record JointMeetingProposal(
    IReadOnlyList<PolicySource> Sources,
    IReadOnlyList<UnitProposal> Units,
    IReadOnlyList<TaskProposal> Tasks,
    string? Convenor)
{
    public static JointMeetingProposal Empty { get; } = new([], [], [], null);

    /// <summary>
    /// Members from the document's joint-meeting clause; where it has none (or lists nobody), the units its tasks
    /// name, in the order they first appear.
    /// </summary>
    public static JointMeetingProposal FromPolicy(PolicyDocument document)
    {
        var clauseMembers = document.JointMeeting?.Members ?? [];
        var names = clauseMembers.Count > 0
            ? clauseMembers
            : document.Units.Select(u => u.Name).ToList();
        var units = names.Distinct().Select(name => new UnitProposal(name, AliasesOf(document, name))).ToList();

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var tasks = document.Tasks
            .Where(t => t.AllUnits.Any())
            .Select(t => new TaskProposal(
                UniqueId(ids, t), document.SourceName, t.PathText, t.Title, t.Lead, t.Responsible,
                t.Targets.Select(g => new TaskTarget(g.Text, g.Value, g.StartsFrom ? null : g.Deadline)).ToList()))
            .ToList();

        return new JointMeetingProposal([new PolicySource(document.SourceName, document.Title, document.Date)], units, tasks, document.JointMeeting?.Convenor);
    }

    private static IReadOnlyList<string> AliasesOf(PolicyDocument document, string name) =>
        document.Units.FirstOrDefault(u => u.Name == name)?.Aliases ?? [];

    // A path names a task, except where a document repeats a heading number (the Wuhua seed's two 三、).
    private static string UniqueId(HashSet<string> ids, PolicyTask task) =>
        ids.Add(task.PathText) ? task.PathText : ids.Add($"{task.PathText}@{task.Line}") ? $"{task.PathText}@{task.Line}" : throw new InvalidOperationException("two tasks on one line");
}

public sealed record UnitProposal(string Name, IReadOnlyList<string> Aliases);

public sealed record TaskProposal(
    string Id,
    string Source,
    string Path,
    string Title,
    IReadOnlyList<string> LeadUnitNames,
    IReadOnlyList<string> ResponsibleUnitNames,
    IReadOnlyList<TaskTarget> Targets);
