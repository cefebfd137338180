using MeetingBot.Core.Policy.Index;

namespace MeetingBot.Core.Policy.Retrieval;

/// <summary>
/// What a text is indexed and searched on: its words (jieba), its overlapping character pairs (so a word the
/// segmenter cuts otherwise, or a typo in one character, still partly matches) and the glossary concepts it
/// mentions. Terms are strings with a kind prefix, so the three never collide.
/// </summary>
internal static class TextTerms
{
    public const char WordKind = 'w', PairKind = 'p', ConceptKind = 'c';

    public static List<string> Of(string text, Glossary glossary)
    {
        var terms = new List<string>();
        foreach (var word in ChineseWords.Of(text)) terms.Add(WordKind + word);
        var normalised = TextFeatures.Normalise(text);
        for (var i = 0; i + 1 < normalised.Length; i++) terms.Add(string.Concat(PairKind.ToString(), normalised.AsSpan(i, 2)));
        foreach (var concept in glossary.In(text)) terms.Add(ConceptKind + concept.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return terms;
    }

    /// <summary>The character pairs of one word, to tell whether a text holds the word written apart.</summary>
    public static IEnumerable<string> PairsOf(string word)
    {
        var normalised = TextFeatures.Normalise(word);
        for (var i = 0; i + 1 < normalised.Length; i++) yield return string.Concat(PairKind.ToString(), normalised.AsSpan(i, 2));
    }
}
