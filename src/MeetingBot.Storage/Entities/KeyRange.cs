namespace MeetingBot.Storage.Entities;

/// <summary>Turns a key prefix into a range [prefix, upper bound) that both engines can answer from their key index.</summary>
internal static class KeyRange
{
    /// <summary>
    /// A string above every string that starts with <paramref name="prefix"/> and not far above it, or null when
    /// no bound exists (the range is open). Callers still filter the rows by prefix: the bound may be wider than
    /// needed, never narrower.
    /// </summary>
    public static string? UpperBound(string prefix)
    {
        var end = prefix.Length;
        while (end > 0)
        {
            var start = end - 1;
            if (char.IsLowSurrogate(prefix[start]) && start > 0 && char.IsHighSurrogate(prefix[start - 1]))
                start--;
            var codePoint = char.ConvertToUtf32(prefix, start);

            // SQLite orders by code point (UTF-8 bytes), Azure and .NET by UTF-16 unit; the two orders part ways
            // only around the surrogate block and at U+FFFF. There, drop the character instead of incrementing it:
            // the range widens a little and stays correct in both orders.
            if (codePoint is 0xD7FF or 0xFFFF or 0x10FFFF or (>= 0xD800 and <= 0xDFFF))
            {
                end = start;
                continue;
            }
            return string.Concat(prefix.AsSpan(0, start), char.ConvertFromUtf32(codePoint + 1));
        }
        return null;
    }
}
