namespace MeetingBot.Core.Policy.Retrieval;

/// <summary>Whether two strings are within one typed character: one substituted, missing or extra.</summary>
internal static class EditDistance
{
    public static bool AtMostOne(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1) return false;
        if (a.Length > b.Length) (a, b) = (b, a);
        var i = 0;
        while (i < a.Length && a[i] == b[i]) i++;
        if (i == a.Length) return true;
        // The rest after one substitution (same length) or one insertion into the shorter.
        return a.Length == b.Length
            ? a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1))
            : a.AsSpan(i).SequenceEqual(b.AsSpan(i + 1));
    }
}
