using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Policy.Index;

namespace MeetingBot.Core.Conversation.Features.Reporting;

/// <summary>The task a progress text is about, or the likely ones when that is unclear.</summary>
/// <param name="Task">The one task the text is clearly about, or null.</param>
/// <param name="Candidates">Every task, most likely first (those the text shares nothing with last, in document order).</param>
/// <param name="Likely">How many of the first candidates share something with the text.</param>
public sealed record TaskMatch(AssignedTask? Task, IReadOnlyList<AssignedTask> Candidates, int Likely);

/// <summary>
/// Matches a progress text against a unit's tasks by the character pairs it shares with each task's title and
/// targets ("新增双师型教师23名" shares 双师, 师型, 型教, 教师 with 建立一支双师型教师队伍). A pair counts more the
/// fewer of the unit's tasks have it, and more in a title; English is put into the documents' terms first.
/// Clear when one task scores well and well ahead of the next.
/// </summary>
public static class TaskMatcher
{
    public const double MinScore = 4.0;
    public const double Lead = 2.0;
    private const double TitleWeight = 2.0;

    public static TaskMatch Match(string text, IReadOnlyList<AssignedTask> tasks)
    {
        if (tasks.Count == 0) return new TaskMatch(null, [], 0);
        var query = Pairs(TextFeatures.Normalise(EnglishGlossary.TopicToChinese(text)));
        var titles = tasks.Select(t => Pairs(TextFeatures.Normalise(t.Title))).ToList();
        var bodies = tasks.Select((t, i) => Pairs(TextFeatures.Normalise(string.Join(' ', t.Targets.Select(g => g.Text)))).Union(titles[i]).ToHashSet()).ToList();

        var scores = new double[tasks.Count];
        foreach (var pair in query)
        {
            var df = bodies.Count(b => b.Contains(pair));
            if (df == 0) continue;
            var weight = Math.Log(1 + (double)tasks.Count / df);
            for (var i = 0; i < tasks.Count; i++)
                if (bodies[i].Contains(pair)) scores[i] += titles[i].Contains(pair) ? weight * TitleWeight : weight;
        }

        var ranked = Enumerable.Range(0, tasks.Count).OrderByDescending(i => scores[i]).ThenBy(i => i).ToList();
        var best = scores[ranked[0]];
        var second = ranked.Count > 1 ? scores[ranked[1]] : 0;
        var clear = best >= MinScore && best >= second * Lead;
        return new TaskMatch(clear ? tasks[ranked[0]] : null, ranked.Select(i => tasks[i]).ToList(), scores.Count(s => s > 0));
    }

    // Pairs of two digits say a figure ("23名"), which says nothing about which task it belongs to.
    private static HashSet<int> Pairs(string normalised)
    {
        var pairs = new HashSet<int>();
        for (var i = 0; i + 1 < normalised.Length; i++)
            if (!(char.IsAsciiDigit(normalised[i]) && char.IsAsciiDigit(normalised[i + 1])))
                pairs.Add(normalised[i] << 16 | normalised[i + 1]);
        return pairs;
    }
}
