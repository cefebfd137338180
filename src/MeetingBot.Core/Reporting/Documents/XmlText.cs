using System.Text;

namespace MeetingBot.Core.Reporting.Documents;

/// <summary>
/// Text as Office files can hold it: XML 1.0 allows no control characters but tab and line breaks, and no lone
/// surrogates; people paste both (from PDFs, from other systems), and one would make the whole file unreadable.
/// </summary>
internal static class XmlText
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        StringBuilder? clean = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var ok = c is '\t' or '\n' or '\r' || (c >= ' ' && c != '\uFFFE' && c != '\uFFFF' && !char.IsSurrogate(c))
                || (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                || (char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1]));
            if (ok) { clean?.Append(c); continue; }
            clean ??= new StringBuilder(text, 0, i, text.Length);
        }
        return clean?.ToString() ?? text;
    }

    /// <summary>The text's lines (CR LF, CR or LF), cleaned.</summary>
    public static IEnumerable<string> Lines(string? text) => Clean(text).Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
}
