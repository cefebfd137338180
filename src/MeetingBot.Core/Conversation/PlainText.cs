using System.Text.RegularExpressions;

namespace MeetingBot.Core.Conversation;

/// <summary>
/// A message's Markdown as plain text, for the places a channel shows text as it is (Teams' card summary and
/// fallbackText, a notification preview, Slack's fallback): no <c>**</c>, links as "title (address)", quotes and
/// lists kept readable.
/// </summary>
public static partial class PlainText
{
    public static string FromMarkdown(string markdown)
    {
        var text = markdown.Replace("**", "", StringComparison.Ordinal).Replace("`", "", StringComparison.Ordinal);
        text = Link().Replace(text, m => m.Groups[1].Value == m.Groups[2].Value ? m.Groups[2].Value : $"{m.Groups[1].Value} ({m.Groups[2].Value})");
        return Quote().Replace(text, "");
    }

    [GeneratedRegex(@"\[([^\]\n]+)\]\(([^)\s]+)\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"^> ?", RegexOptions.Multiline)]
    private static partial Regex Quote();
}
