namespace MeetingBot.Core.Policy.Retrieval;

/// <summary>
/// Puts a word of a question that no task holds back into the documents' words when it is a typo of one: a word
/// of the same sound (实训基底 → 基地, 督导评古 → 评估: a Pinyin IME's slip), or, from three characters, one typed
/// character wrong, missing or extra. Only words the documents hold are offered, so a correction never invents.
/// </summary>
internal sealed class WordCorrector
{
    private readonly Dictionary<string, List<string>> bySound = new(StringComparer.Ordinal);
    private readonly Dictionary<int, List<string>> byLength = [];

    public WordCorrector(IEnumerable<string> words)
    {
        foreach (var word in words.Where(w => w.Length >= 2 && w.All(c => c >= '\u4E00' && c <= '\u9FFF')))
        {
            foreach (var key in Pinyin.Keys(word))
            {
                if (!bySound.TryGetValue(key, out var list)) bySound[key] = list = [];
                list.Add(word);
            }
            if (!byLength.TryGetValue(word.Length, out var same)) byLength[word.Length] = same = [];
            same.Add(word);
        }
    }

    /// <summary>The document word the typed one stands for, or null when there is none or more than one.</summary>
    public string? Correct(string typed)
    {
        if (typed.Length < 2 || !typed.All(c => c >= '\u4E00' && c <= '\u9FFF')) return null;
        var sounds = Pinyin.Keys(typed).SelectMany(k => bySound.GetValueOrDefault(k) ?? []).Distinct().ToList();
        if (sounds.Count == 1) return sounds[0];
        if (sounds.Count > 1 || typed.Length < 3) return null;
        var near = new[] { typed.Length - 1, typed.Length, typed.Length + 1 }
            .SelectMany(n => byLength.GetValueOrDefault(n) ?? [])
            .Where(w => EditDistance.AtMostOne(typed, w))
            .Take(2).ToList();
        return near.Count == 1 ? near[0] : null;
    }
}
