using MeetingBot.Core.Policy.Model;

namespace MeetingBot.Core.Tests.Policy.Formats;

/// <summary>
/// What a convenor relies on from an import, one line per fact, so that two readings of the same document (its
/// .txt and its .docx, .pdf or .html) can be compared: each task's path with its lead and responsible units, and
/// each target's value with its deadline; plus the joint-meeting clause.
/// </summary>
internal static class PolicyFacts
{
    public static HashSet<string> Of(PolicyDocument document)
    {
        var facts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var task in document.Tasks)
        {
            facts.Add($"task {task.PathText}");
            facts.Add($"task {task.PathText} lead {string.Join("、", task.Lead)} responsible {string.Join("、", task.Responsible)}");
            foreach (var target in task.Targets)
                facts.Add($"task {task.PathText} target {target.Value} by {target.Deadline}");
        }
        if (document.JointMeeting is { } clause)
        {
            facts.Add($"joint meeting convenor {clause.Convenor} per year {clause.MinMeetingsPerYear}");
            foreach (var member in clause.Members) facts.Add($"joint meeting member {member}");
        }
        return facts;
    }

    /// <summary>The share of <paramref name="expected"/>'s facts that <paramref name="actual"/> has, and the ones it misses.</summary>
    public static (double Recall, List<string> Missing, List<string> Extra) Compare(PolicyDocument expected, PolicyDocument actual)
    {
        var want = Of(expected);
        var got = Of(actual);
        var missing = want.Except(got).Order(StringComparer.Ordinal).ToList();
        var extra = got.Except(want).Order(StringComparer.Ordinal).ToList();
        return (want.Count == 0 ? 1 : (want.Count - missing.Count) / (double)want.Count, missing, extra);
    }
}
