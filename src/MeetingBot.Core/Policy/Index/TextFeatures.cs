namespace MeetingBot.Core.Policy.Index;

/// <summary>
/// Chinese text has no spaces, so matching is on overlapping character pairs (双师, 师型, 型教 …) of the text
/// with punctuation, quotes and spaces removed and full-width letters and digits made half-width (１＋Ｘ is 1x);
/// a one-character query matches on the character itself.
/// </summary>
internal static class TextFeatures
{
    public static string Normalise(string text)
    {
        var buffer = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
            if (char.IsLetterOrDigit(c)) buffer.Append(char.ToLowerInvariant(c is >= '\uFF10' and <= '\uFF5A' ? (char)(c - 0xFEE0) : c));
        return buffer.ToString();
    }

    public static HashSet<int> Bigrams(string normalised)
    {
        var set = new HashSet<int>();
        if (normalised.Length == 1) set.Add(normalised[0]);
        for (var i = 0; i + 1 < normalised.Length; i++) set.Add(Pair(normalised[i], normalised[i + 1]));
        return set;
    }

    public static List<int> QueryBigrams(string normalised)
    {
        var list = new List<int>();
        if (normalised.Length == 1) list.Add(normalised[0]);
        for (var i = 0; i + 1 < normalised.Length; i++)
        {
            var pair = Pair(normalised[i], normalised[i + 1]);
            if (!list.Contains(pair)) list.Add(pair);
        }
        return list;
    }

    // Single characters are indexed too, for one-character queries.
    public static HashSet<int> BigramsAndChars(string normalised)
    {
        var set = Bigrams(normalised);
        foreach (var c in normalised) set.Add(c);
        return set;
    }

    private static int Pair(char a, char b) => a << 16 | b; // letters and digits are never U+0000, so pairs sit above every single char
}
