namespace MeetingBot.Core.Policy.Retrieval;

/// <summary>
/// Ranks the tasks of the documents for a topic by BM25 (<see cref="Bm25Index"/>) and says how well the best fit
/// (<see cref="TopicFit"/>): by coverage, the share of the topic's information (its words weighted by how rare
/// they are in the documents) that a task holds. Ranking is BM25's; the two fixed points are what coverage means
/// (all of it; at least half of it) and how far ahead the leader must be to be called clear.
/// </summary>
internal sealed class TaskSearch
{
    /// <summary>A task (by its position in the list given) with its BM25 score and coverage.</summary>
    public readonly record struct Hit(int Entry, double Score, double Coverage);

    public sealed record Result(TopicFit Fit, IReadOnlyList<Hit> Hits);

    /// <summary>A task holding less than this share of the topic is not about it.</summary>
    public const double MinCoverage = 0.5;

    /// <summary>The closest task leads clearly when its score is this many times the runner-up's.</summary>
    public const double LeadRatio = 1.3;

    // Coverage by character pairs and the phrase bonus are worked out for the best-scored tasks only: beyond these,
    // BM25 has already spoken.
    private const int PairCheckDepth = 40;

    /// <summary>A task holding the topic as one phrase (产教融合型企业, not 产教融合 here and 企业 there) scores this much more.</summary>
    public const double PhraseBonus = 1.5;

    private readonly Bm25Index index;
    private readonly Glossary glossary;
    private readonly string[] normalised;
    private readonly WordCorrector corrector;

    public TaskSearch(IReadOnlyList<(string Title, string Text)> tasks, Glossary glossary)
    {
        this.glossary = glossary;
        normalised = tasks.Select(t => Index.TextFeatures.Normalise(t.Title + " " + t.Text)).ToArray();
        index = new Bm25Index(tasks.Select(t => (TextTerms.Of(t.Title, glossary), TextTerms.Of(t.Text, glossary))).ToList());
        corrector = new WordCorrector(index.Words);
    }

    public Result Search(string topic, Func<int, double>? prior = null)
    {
        var query = TopicQuery.Of(topic, glossary).Corrected(index, corrector, glossary);
        if (query.Parts.Count == 0 || index.Count == 0) return new Result(TopicFit.None, []);

        var scores = new double[index.Count];
        index.Score(query.Terms, scores);
        var masks = new int[index.Count];
        var weights = new double[query.Parts.Count];
        for (var i = 0; i < query.Parts.Count; i++)
        {
            var part = query.Parts[i];
            // A word no task holds weighs as its concept does (补贴 is as telling as 经费), else as the rarest term.
            weights[i] = !index.Knows(part.WordTerm) && part.Concepts.Count > 0 ? part.Concepts.Max(index.Idf) : index.Idf(part.WordTerm);
            index.Mark(part.WordTerm, masks, i);
            foreach (var concept in part.Concepts) index.Mark(concept, masks, i);
        }
        var total = weights.Sum();

        var phrase = Index.TextFeatures.Normalise(glossary.EnglishToChinese(topic));
        var ranked = Enumerable.Range(0, index.Count).Where(e => scores[e] > 0)
            .Select(e => (Entry: e, Score: scores[e] * (prior?.Invoke(e) ?? 1)))
            .OrderByDescending(h => h.Score).ToList();
        if (phrase.Length >= 3)
        {
            for (var r = 0; r < Math.Min(PairCheckDepth, ranked.Count); r++)
                if (normalised[ranked[r].Entry].Contains(phrase, StringComparison.Ordinal)) ranked[r] = (ranked[r].Entry, ranked[r].Score * PhraseBonus);
            ranked.Sort((a, b) => b.Score.CompareTo(a.Score));
        }
        var hits = new List<Hit>(ranked.Count);
        for (var r = 0; r < ranked.Count; r++)
        {
            var (entry, score) = ranked[r];
            var covered = 0.0;
            for (var i = 0; i < query.Parts.Count; i++)
                if ((masks[entry] & 1 << i) != 0 || r < PairCheckDepth && HoldsPairs(entry, query.Parts[i])) covered += weights[i];
            hits.Add(new Hit(entry, score, total == 0 ? 0 : covered / total));
        }
        return Decide(hits);
    }

    private static Result Decide(List<Hit> hits)
    {
        var full = hits.Where(h => h.Coverage >= 0.999).ToList();
        if (full.Count > 0) return new Result(TopicFit.Full, full);
        var fitting = hits.Where(h => h.Coverage >= MinCoverage).ToList();
        if (fitting.Count == 0) return new Result(TopicFit.None, hits.Take(3).ToList());
        if (fitting.Count == 1 || fitting[0].Score >= LeadRatio * fitting[1].Score) return new Result(TopicFit.Closest, fitting.Take(2).ToList());
        return new Result(TopicFit.Ambiguous, fitting.TakeWhile(h => h.Score * LeadRatio >= fitting[0].Score).Take(3).ToList());
    }

    // A word the segmenter cut otherwise in the task is still there when all its character pairs are.
    private bool HoldsPairs(int entry, TopicQuery.Part part) =>
        part.Pairs.Count > 0 && part.Pairs.All(p => index.Holds(entry, p));
}
