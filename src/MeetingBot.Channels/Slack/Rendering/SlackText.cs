using System.Text;
using System.Text.RegularExpressions;

namespace MeetingBot.Channels.Slack.Rendering;

/// <summary>
/// Text between the conversation's Markdown and Slack's mrkdwn. Out: <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> are
/// escaped first, so a unit's name or a report's text can never become a link, a mention or <c>@channel</c>; then
/// <c>**bold**</c> becomes <c>*bold*</c>, a heading a bold line, <c>[label](url)</c> a Slack link. In: the bot's
/// mention is removed, links and mentions read as their labels, and the three entities are unescaped.
/// </summary>
public static partial class SlackText
{
    public static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    public static string Unescape(string text) => text.Replace("&lt;", "<").Replace("&gt;", ">").Replace("&amp;", "&");

    public static string ToMrkdwn(string markdown)
    {
        var text = Escape(markdown);
        text = Heading().Replace(text, m => $"*{m.Groups[1].Value.Trim()}*");
        text = Link().Replace(text, m => $"<{m.Groups[2].Value.Replace("|", "%7C")}|{m.Groups[1].Value.Replace("\\[", "[").Replace("\\]", "]")}>");
        text = Bold().Replace(text, "*$1*");
        return text;
    }

    /// <summary>What a person typed, as the conversation reads it: without the bot's mention, links as their labels.</summary>
    public static string FromSlack(string? text, string? botUserId)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var plain = Angle().Replace(text, m =>
        {
            var inner = m.Groups[1].Value;
            var bar = inner.IndexOf('|');
            var target = bar < 0 ? inner : inner[..bar];
            var label = bar < 0 ? null : inner[(bar + 1)..];
            if (target.StartsWith('@')) return target[1..] == botUserId ? "" : label ?? target;
            if (target.StartsWith('#') || target.StartsWith('!')) return label ?? target[1..];
            return label ?? target;
        });
        return Unescape(plain).Trim();
    }

    /// <summary>Cuts a text to at most <paramref name="max"/> characters (an ellipsis shows the cut), never inside a surrogate pair.</summary>
    public static string Cap(string text, int max)
    {
        if (text.Length <= max) return text;
        var cut = max - 1;
        if (char.IsHighSurrogate(text[cut - 1])) cut--;
        return text[..cut] + "…";
    }

    /// <summary>Splits a long text at line breaks (or hard, when one line is too long) into parts of at most <paramref name="max"/>.</summary>
    public static IEnumerable<string> Split(string text, int max)
    {
        if (text.Length <= max)
        {
            yield return text;
            yield break;
        }
        var part = new StringBuilder();
        foreach (var line in text.Split('\n'))
        {
            if (part.Length > 0 && part.Length + 1 + line.Length > max)
            {
                yield return part.ToString();
                part.Clear();
            }
            var rest = line;
            while (rest.Length > max)
            {
                var cut = char.IsHighSurrogate(rest[max - 1]) ? max - 1 : max;
                yield return rest[..cut];
                rest = rest[cut..];
            }
            if (part.Length > 0) part.Append('\n');
            part.Append(rest);
        }
        if (part.Length > 0) yield return part.ToString();
    }

    [GeneratedRegex(@"^#{1,6}\s+(.+)$", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"\[((?:\\\]|[^\]])+)\]\((https?://[^\s)]+)\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"\*\*(.+?)\*\*", RegexOptions.Singleline)]
    private static partial Regex Bold();

    [GeneratedRegex(@"<([^<>]+)>")]
    private static partial Regex Angle();
}
