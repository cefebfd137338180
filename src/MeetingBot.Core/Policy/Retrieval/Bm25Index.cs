namespace MeetingBot.Core.Policy.Retrieval;

/// <summary>
/// BM25F over entries of two fields, title and text: a term's occurrences are normalised by the length of their
/// field (a long text does not drown its title), the title's weighted <see cref="TitleWeight"/> times, summed, then
/// saturated and multiplied by the term's inverse document frequency. Words, character pairs and glossary concepts are all terms; a pair
/// counts <see cref="PairWeight"/> of a word, since a word's pairs repeat what the word says. Read-only once built.
/// </summary>
internal sealed class Bm25Index
{
    public const double K1 = 1.2, B = 0.75, TitleWeight = 3, PairWeight = 0.8;

    private readonly record struct Posting(int Entry, float Title, float Text);

    private readonly Dictionary<string, int> vocabulary = new(StringComparer.Ordinal);
    private readonly List<List<Posting>> postings = [];
    private readonly double[] titleNorm, textNorm;

    public Bm25Index(IReadOnlyList<(List<string> Title, List<string> Text)> entries)
    {
        Count = entries.Count;
        for (var e = 0; e < Count; e++)
        {
            var frequencies = new Dictionary<int, (float Title, float Text)>();
            foreach (var term in entries[e].Title) Add(frequencies, term, title: true);
            foreach (var term in entries[e].Text) Add(frequencies, term, title: false);
            foreach (var (id, f) in frequencies) postings[id].Add(new Posting(e, f.Title, f.Text));
        }
        titleNorm = Norms(entries.Select(e => e.Title.Count).ToList());
        textNorm = Norms(entries.Select(e => e.Text.Count).ToList());
    }

    public int Count { get; }

    /// <summary>The words (not pairs or concepts) the entries hold, without their kind prefix.</summary>
    public IEnumerable<string> Words => vocabulary.Keys.Where(k => k[0] == TextTerms.WordKind).Select(k => k[1..]);

    /// <summary>True when some entry holds the term.</summary>
    public bool Knows(string term) => vocabulary.ContainsKey(term);

    /// <summary>How telling a term is: high for rare terms, the highest for one no entry holds.</summary>
    public double Idf(string term)
    {
        var df = vocabulary.TryGetValue(term, out var id) ? postings[id].Count : 0;
        return Math.Log(1 + (Count - df + 0.5) / (df + 0.5));
    }

    /// <summary>Adds each entry's BM25 score for the query's distinct terms to <paramref name="scores"/>.</summary>
    public void Score(IEnumerable<string> queryTerms, double[] scores)
    {
        foreach (var term in queryTerms.Distinct())
        {
            if (!vocabulary.TryGetValue(term, out var id)) continue;
            var list = postings[id];
            var idf = Math.Log(1 + (Count - list.Count + 0.5) / (list.Count + 0.5)) * (term[0] == TextTerms.PairKind ? PairWeight : 1);
            foreach (var p in list)
            {
                var tf = TitleWeight * p.Title / titleNorm[p.Entry] + p.Text / textNorm[p.Entry];
                scores[p.Entry] += idf * tf * (K1 + 1) / (tf + K1);
            }
        }
    }

    /// <summary>Sets <paramref name="bit"/> in the mask of every entry that holds the term.</summary>
    public void Mark(string term, int[] masks, int bit)
    {
        if (!vocabulary.TryGetValue(term, out var id)) return;
        foreach (var p in postings[id]) masks[p.Entry] |= 1 << bit;
    }

    public bool Holds(int entry, string term) =>
        vocabulary.TryGetValue(term, out var id) && postings[id].BinarySearch(new Posting(entry, 0, 0), ByEntry) >= 0;

    private static readonly Comparer<Posting> ByEntry = Comparer<Posting>.Create((a, b) => a.Entry.CompareTo(b.Entry));

    // 1 − b + b·length/average: above 1 for a field longer than usual, so its occurrences count for less.
    private static double[] Norms(IReadOnlyList<int> lengths)
    {
        var average = lengths.Count == 0 ? 1 : Math.Max(1, lengths.Average());
        return lengths.Select(l => 1 - B + B * l / average).ToArray();
    }

    private void Add(Dictionary<int, (float Title, float Text)> frequencies, string term, bool title)
    {
        if (!vocabulary.TryGetValue(term, out var id))
        {
            id = postings.Count;
            vocabulary[term] = id;
            postings.Add([]);
        }
        var (t, x) = frequencies.GetValueOrDefault(id);
        frequencies[id] = title ? (t + 1, x) : (t, x + 1);
    }
}
