namespace MeetingBot.Core.Policy.Retrieval;

/// <summary>
/// A topic as searched: the BM25 terms (words in search mode, character pairs, concepts), and the parts it must be
/// matched on to count as answered: each word of it (as jieba cuts it), which a task holds as the word, as all of
/// the word's character pairs, or as a glossary concept the word is a wording of.
/// </summary>
internal sealed record TopicQuery(IReadOnlyList<string> Terms, IReadOnlyList<TopicQuery.Part> Parts)
{
    /// <summary>One word of the topic and the terms that stand for it.</summary>
    public sealed record Part(string Word, string WordTerm, IReadOnlyList<string> Pairs, IReadOnlyList<string> Concepts);

    public const int MaxParts = 24;

    /// <summary>The query with each word no task holds, nor its pairs, replaced by the document word it is a typo of.</summary>
    public TopicQuery Corrected(Bm25Index index, WordCorrector corrector, Glossary glossary)
    {
        List<string>? terms = null;
        var parts = Parts.ToList();
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            if (index.Knows(part.WordTerm) || part.Concepts.Count > 0 || corrector.Correct(part.Word) is not { } word) continue;
            var pairs = TextTerms.PairsOf(word).ToList();
            var concepts = glossary.In(word).Select(c => TextTerms.ConceptKind + c.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
            parts[i] = new Part(word, TextTerms.WordKind + word, pairs, concepts);
            terms ??= [.. Terms];
            terms.Add(TextTerms.WordKind + word);
            terms.AddRange(pairs);
            terms.AddRange(concepts);
        }
        return terms is null ? this : new TopicQuery(terms, parts);
    }

    public static TopicQuery Of(string topic, Glossary glossary)
    {
        // The glossary's phrases first ("teacher training"), then the single words it lacks ("pilot" → 试点).
        var chinese = Index.EnglishGlossary.TopicToChinese(glossary.EnglishToChinese(topic));
        var terms = TextTerms.Of(chinese, glossary);
        var parts = new List<Part>();
        foreach (var word in ChineseWords.Of(chinese, forSearch: false).Distinct().Take(MaxParts))
            parts.Add(new Part(
                word,
                TextTerms.WordKind + word,
                TextTerms.PairsOf(word).ToList(),
                glossary.In(word).Concat(glossary.Around(word, chinese)).Distinct()
                    .Select(c => TextTerms.ConceptKind + c.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList()));
        // A one-character topic ("钱") is a word of its own.
        if (parts.Count == 0 && Index.TextFeatures.Normalise(chinese) is { Length: 1 } single)
            parts.Add(new Part(single, TextTerms.WordKind + single, [], glossary.In(single).Select(c => TextTerms.ConceptKind + c.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList()));
        return new TopicQuery(terms, parts);
    }
}
