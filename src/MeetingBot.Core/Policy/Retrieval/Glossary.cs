using System.Reflection;
using System.Text.RegularExpressions;

namespace MeetingBot.Core.Policy.Retrieval;

/// <summary>
/// The policy terms of Data/glossary.txt: each concept with the document's term, the everyday Chinese wordings and
/// the English ones. A text mentioning any wording of a concept holds that concept, which is how a question in
/// other words (学生去企业实习, student internships) meets the task that says 顶岗实习.
/// </summary>
internal sealed partial class Glossary
{
    public sealed record Concept(int Id, string Term, IReadOnlyList<string> Chinese, IReadOnlyList<string> English);

    public static Glossary Default { get; } = Load();

    private readonly (string Wording, int Concept)[] chinese;
    private readonly (Regex Wording, int Concept)[] english;

    public Glossary(IReadOnlyList<Concept> concepts)
    {
        Concepts = concepts;
        chinese = concepts.SelectMany(c => c.Chinese.Prepend(c.Term).Select(w => (w.ToLowerInvariant(), c.Id))).ToArray();
        // Longest first, so "teacher training" is read before "training".
        english = concepts.SelectMany(c => c.English.Select(w => (w, c.Id))).OrderByDescending(e => e.w.Length)
            .Select(e => (EnglishWording(e.w), e.Id)).ToArray();
    }

    public IReadOnlyList<Concept> Concepts { get; }

    /// <summary>Every Chinese wording, for the segmenter to keep whole.</summary>
    public IEnumerable<string> ChineseTerms => Concepts.SelectMany(c => c.Chinese.Prepend(c.Term)).Where(w => w.Length >= 2 && !w.Contains('+'));

    /// <summary>The concepts a text mentions, each once.</summary>
    public IReadOnlyList<int> In(string text)
    {
        var lower = text.ToLowerInvariant();
        var found = new List<int>();
        foreach (var (wording, concept) in chinese)
            if (!found.Contains(concept) && lower.Contains(wording, StringComparison.Ordinal)) found.Add(concept);
        if (AsciiWord().IsMatch(text))
            foreach (var (wording, concept) in english)
                if (!found.Contains(concept) && wording.IsMatch(lower)) found.Add(concept);
        return found;
    }

    /// <summary>The concepts of a wording of the text that holds the word: 徒弟 in "老师傅带徒弟" stands for 学徒制.</summary>
    public IEnumerable<int> Around(string word, string text)
    {
        var lower = text.ToLowerInvariant();
        foreach (var (wording, concept) in chinese)
            if (wording.Length > word.Length && wording.Contains(word, StringComparison.Ordinal) && lower.Contains(wording, StringComparison.Ordinal))
                yield return concept;
    }

    /// <summary>An English topic with its known terms put into the documents' Chinese ("student internships" → 顶岗实习).</summary>
    public string EnglishToChinese(string text)
    {
        if (!AsciiWord().IsMatch(text)) return text;
        var result = text;
        foreach (var (wording, concept) in english)
            result = wording.Replace(result, " " + Concepts[concept].Term + " ");
        return result;
    }

    private static Regex EnglishWording(string wording) =>
        new($@"(?<![a-z]){Regex.Escape(wording.ToLowerInvariant()).Replace(@"\ ", @"[\s-]+")}(?![a-z])", RegexOptions.Compiled | RegexOptions.IgnoreCase);

    private static Glossary Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("MeetingBot.Core.Policy.Retrieval.glossary.txt")
            ?? throw new InvalidOperationException("The glossary resource is missing from MeetingBot.Core.");
        using var reader = new StreamReader(stream);
        return new Glossary(Parse(reader.ReadToEnd()));
    }

    /// <summary>Reads the glossary's lines: term | Chinese wordings (、) | English wordings (;); # starts a comment.</summary>
    public static IReadOnlyList<Concept> Parse(string text)
    {
        var concepts = new List<Concept>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var parts = line.Split('|').Select(p => p.Trim()).ToArray();
            if (parts.Length != 3 || parts[0].Length == 0)
                throw new FormatException($"Glossary line \"{line}\" is not: term | 中文、说法 | english; wordings.");
            concepts.Add(new Concept(concepts.Count, parts[0], Split(parts[1], '、'), Split(parts[2], ';')));
        }
        return concepts;
    }

    private static List<string> Split(string list, char separator) =>
        list.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    [GeneratedRegex("[A-Za-z]{2,}")]
    private static partial Regex AsciiWord();
}
