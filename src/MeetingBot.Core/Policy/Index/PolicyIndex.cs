using System.Text.RegularExpressions;
using MeetingBot.Core.Policy.Model;
using MeetingBot.Core.Policy.Retrieval;
using MeetingBot.Core.Policy.Units;

namespace MeetingBot.Core.Policy.Index;

/// <summary>
/// Answers questions over a set of parsed documents. Topics are ranked by BM25 over words, character pairs and
/// glossary concepts (<see cref="TaskSearch"/>); units are found by name, alias, abbreviation, English name or
/// within one typed character; targets by deadline. Built once, then read-only and safe to share.
/// </summary>
public sealed partial class PolicyIndex
{
    // A target is about a topic when it (or its task's title) holds this share of the topic's character pairs, by rarity.
    private const double MinCoverage = 0.6;

    private sealed record Entry(PolicyDocument Document, PolicyTask Task, HashSet<int> Title, HashSet<int> Text);

    private sealed record TargetEntry(TargetDue Due, HashSet<int> Features);

    private readonly List<Entry> _entries = [];
    private readonly List<TargetEntry> _targets = [];
    private readonly Dictionary<int, double> _idf = [];
    private readonly List<UnitMatcher.Profile> _units = [];
    private readonly TaskSearch _search;
    private readonly List<int>[] _subItems;

    // A broad topic ("职业教育") holds in many tasks; no answer shows more than these.
    private const int MaxFullMatches = 40;

    /// <summary>Loads the word segmenter's dictionary (seconds, once per process) so the first question does not wait for it.</summary>
    public static void Warm() => ChineseWords.Warm();

    public PolicyIndex(IEnumerable<PolicyDocument> documents)
    {
        Documents = documents.ToList();
        foreach (var document in Documents)
        {
            var places = Places.OfDocument(document);
            foreach (var unit in document.Units) _units.Add(UnitMatcher.ProfileOf(document, unit, places));
            foreach (var task in document.Tasks)
            {
                var title = TextFeatures.Normalise(task.Title);
                var text = TextFeatures.Normalise(WithoutNotes(task.Text));
                _entries.Add(new Entry(document, task, TextFeatures.BigramsAndChars(title), TextFeatures.BigramsAndChars(text)));
            }
            foreach (var due in AllTargets(document))
            {
                var features = TextFeatures.BigramsAndChars(TextFeatures.Normalise(due.Target.Text));
                if (due.Task is not null) features.UnionWith(TextFeatures.Bigrams(TextFeatures.Normalise(due.Task.Title)));
                _targets.Add(new TargetEntry(due, features));
            }
        }

        var df = new Dictionary<int, int>();
        foreach (var entry in _entries)
            foreach (var feature in entry.Title.Concat(entry.Text).Distinct())
                df[feature] = df.GetValueOrDefault(feature) + 1;
        foreach (var (feature, count) in df)
            _idf[feature] = Math.Log(1 + (double)_entries.Count / count);
        _subItems = SubItems(_entries);
        _search = new TaskSearch(_entries.Select(e => (e.Task.Title, WithoutNotes(e.Task.Text))).ToList(), Glossary.Default);
    }

    public IReadOnlyList<PolicyDocument> Documents { get; }

    /// <summary>Classifies a free-text question (Chinese or English) and answers it.</summary>
    public PolicyAnswer Ask(string question, DateOnly today) => Answer(PolicyQuestion.Parse(question, today));

    /// <summary>Answers a question already classified (by <see cref="PolicyQuestion.Parse"/> or a chat command).</summary>
    public PolicyAnswer Answer(PolicyQuestion q)
    {
        return q.Kind switch
        {
            PolicyQuestionKind.UnitTasks => UnitAnswer(q.Subject),
            PolicyQuestionKind.TargetsDue => TargetAnswer(q),
            PolicyQuestionKind.JointMeeting => new PolicyAnswer(q.Kind, q.Subject, [], [], [], null, [])
            {
                Aspect = q.Aspect,
                JointMeetings = JointMeetingFacts.Find(Documents, q.Aspect ?? JointMeetingAspect.Frequency),
            },
            _ => TopicAnswer(q.Subject, q.AboutConvenor),
        };
    }

    /// <summary>The tasks that hold the whole topic (or its glossary equivalents), best first; empty when none does.</summary>
    public IReadOnlyList<TaskMatch> WhoIsResponsible(string topic, int max = 5) =>
        SearchTopic(topic) is { Fit: TopicFit.Full } found ? found.Tasks.Take(max).ToList() : [];

    /// <summary>The tasks closest to a topic, and how well they fit it.</summary>
    public (TopicFit Fit, IReadOnlyList<TaskMatch> Tasks) SearchTopic(string topic)
    {
        var result = _search.Search(topic, e => _entries[e].Task.Assignment == UnitAssignment.None ? 1 : 1.05);
        var hits = result.Fit == TopicFit.Full ? WithSubItems(result.Hits.Take(MaxFullMatches).ToList()) : result.Hits;
        return (result.Fit, hits.Select(h => new TaskMatch(_entries[h.Entry].Document, _entries[h.Entry].Task, h.Score)).ToList());
    }

    public IReadOnlyList<UnitMatch> FindUnits(string nameOrAlias)
    {
        var query = UnitMatcher.QueryOf(nameOrAlias.Trim());
        var all = _units
            .Select(u => new UnitMatch(u.Document, u.Unit, UnitMatcher.Score(query, u)))
            .Where(m => m.Score > 0)
            .OrderByDescending(m => m.Score)
            .ToList();
        // Close matches hide loose ones: "区财政局" lists the district finance bureaus, not the provincial 财政厅.
        var best = all.Count > 0 ? all[0].Score : 0;
        var floor = best >= 0.85 ? 0.85 : best >= 0.5 ? 0.5 : best;
        return all.Where(m => m.Score >= floor).ToList();
    }

    public IReadOnlyList<TargetDue> TargetsDueBy(DateOnly date, DateOnly? from = null) =>
        _targets.Select(t => t.Due)
            .Where(t => t.Target.Deadline is { } due && !t.Target.StartsFrom && due <= date && (from is null || due >= from))
            .OrderBy(t => t.Target.Deadline) // stable: documents and lines keep their order within a date
            .ToList();

    /// <summary>The targets whose text (or task title) is about a topic, within a period when one is given.</summary>
    public IReadOnlyList<TargetDue> TargetsAbout(string topic, DateOnly? from = null, DateOnly? by = null)
    {
        var query = TextFeatures.QueryBigrams(TextFeatures.Normalise(topic));
        if (query.Count == 0) return [];
        var unseen = Math.Log(1 + _entries.Count);
        var weights = query.Select(f => _idf.GetValueOrDefault(f, unseen)).ToArray();
        var total = weights.Sum();
        var inPeriod = from is not null || by is not null;
        return _targets
            .Where(t => !inPeriod || t.Due.Target.Deadline is { } due && !t.Due.Target.StartsFrom && (by is null || due <= by) && (from is null || due >= from))
            .Where(t => Covered(t.Features, query, weights) >= MinCoverage * total)
            .OrderBy(t => t.Due.Target.Deadline ?? DateOnly.MaxValue)
            .Select(t => t.Due)
            .ToList();
    }

    private static double Covered(HashSet<int> features, List<int> query, double[] weights)
    {
        var covered = 0.0;
        for (var i = 0; i < query.Count; i++)
            if (features.Contains(query[i])) covered += weights[i];
        return covered;
    }

    private PolicyAnswer TopicAnswer(string topic, bool aboutConvenor = false)
    {
        var (fit, found) = SearchTopic(topic);
        var matches = fit switch
        {
            TopicFit.Full => found.Take(8).ToList(),
            TopicFit.None => [],
            _ => found.ToList(),
        };
        if (aboutConvenor) matches = [.. matches.OrderByDescending(m => HoldsJointMeeting(m) ? 1 : 0)]; // stable: keeps the ranking within each
        return new PolicyAnswer(PolicyQuestionKind.WhoIsResponsible, topic, matches, [], [], null, []) { Fit = fit };
    }

    private static bool HoldsJointMeeting(TaskMatch match) =>
        match.Document.JointMeeting?.TaskPath is { } path && path.SequenceEqual(match.Task.Path);

    private PolicyAnswer UnitAnswer(string unit)
    {
        var units = FindUnits(unit);
        // "实训基地要做哪些事" reads like a unit question but names no body: answer it as a topic.
        if (units.Count == 0 && !UnitNames.EndsWithUnitSuffix(unit) && TopicAnswer(unit) is { Tasks.Count: > 0 } topic)
            return topic;
        var suggestions = units.Count > 0 ? [] : Documents.SelectMany(d => d.Units).Select(u => u.Name)
            .Where(n => n.Intersect(unit).Count() >= 2).Distinct().Take(5).ToList();
        return new PolicyAnswer(PolicyQuestionKind.UnitTasks, unit, [], units, [], null, suggestions);
    }

    private PolicyAnswer TargetAnswer(PolicyQuestion q)
    {
        var targets = q.TargetTopic is { } topic ? TargetsAbout(topic, q.DueFrom, q.DueBy) : TargetsDueBy(q.DueBy!.Value, q.DueFrom);
        var suggestions = targets.Count == 0 && q.TargetTopic is null && q.DueFrom is { } from ? NearestYears(from.Year, q.DueBy!.Value.Year) : [];
        return new PolicyAnswer(PolicyQuestionKind.TargetsDue, q.Subject, [], [], targets, q.DueBy, suggestions, q.DueFrom, q.TargetTopic);
    }

    // For a year with nothing due: the closest years before and after that have targets ("2025年到期12项").
    private List<string> NearestYears(int fromYear, int toYear)
    {
        var years = _targets.Where(t => t.Due.Target.Deadline is not null && !t.Due.Target.StartsFrom)
            .GroupBy(t => t.Due.Target.Deadline!.Value.Year).ToDictionary(g => g.Key, g => g.Count());
        var before = years.Keys.Where(y => y < fromYear).DefaultIfEmpty().Max();
        var after = years.Keys.Where(y => y > toYear).DefaultIfEmpty().Min();
        return new[] { before, after }.Where(y => y != 0).Select(y => $"{y}年到期{years[y]}项").ToList();
    }

    private static IEnumerable<TargetDue> AllTargets(PolicyDocument d) =>
        d.Tasks.SelectMany(t => t.Targets.Select(x => new TargetDue(d, t, x))).Concat(d.DocumentTargets.Select(x => new TargetDue(d, null, x)));

    // A heading that matches but names no units ("（一）推进户厕改造") is answered by its sub-items that do.
    private List<TaskSearch.Hit> WithSubItems(List<TaskSearch.Hit> hits)
    {
        var found = hits.Select(h => h.Entry).ToHashSet();
        foreach (var hit in hits.Where(h => _entries[h.Entry].Task.Assignment == UnitAssignment.None).ToList())
            foreach (var sub in _subItems[hit.Entry])
                if (found.Add(sub)) hits.Add(hit with { Entry = sub, Score = hit.Score * 0.9 });
        return [.. hits.OrderByDescending(h => h.Score)];
    }

    // For each task, the tasks under it (same document, longer path with its path as prefix) that name units.
    private static List<int>[] SubItems(List<Entry> entries)
    {
        var subItems = entries.Select(_ => new List<int>()).ToArray();
        foreach (var group in Enumerable.Range(0, entries.Count).GroupBy(i => entries[i].Document, ReferenceEqualityComparer.Instance))
            foreach (var parent in group)
                foreach (var child in group)
                {
                    var (p, c) = (entries[parent].Task, entries[child].Task);
                    if (c.Assignment != UnitAssignment.None && c.Path.Count > p.Path.Count && c.Path.Take(p.Path.Count).SequenceEqual(p.Path))
                        subItems[parent].Add(child);
                }
        return subItems;
    }

    private static string WithoutNotes(string text) => NotePattern().Replace(text, "");

    [GeneratedRegex(@"[（(](?:牵头单位|责任单位)[^（(）)]*[）)]?|[（(][^（(）)]{2,120}?负责[）)]")]
    private static partial Regex NotePattern();
}
