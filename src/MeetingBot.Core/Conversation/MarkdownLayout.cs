using System.Text;

namespace MeetingBot.Core.Conversation;

/// <summary>
/// Markdown as chat clients lay it out: a line right after a list item continues that item ("lazy continuation"),
/// so a summary written on the next line would be shown inside the last bullet. A list therefore ends with a blank
/// line before whatever follows it; the texts keep their simple "\n"-joined form, and channels apply this.
/// </summary>
public static class MarkdownLayout
{
    public static string EndLists(string markdown)
    {
        if (!markdown.Contains('\n')) return markdown;
        var lines = markdown.Split('\n');
        var text = new StringBuilder(markdown.Length + 16);
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                text.Append('\n');
                if (IsListItem(lines[i - 1]) && lines[i].Trim().Length > 0 && !IsListItem(lines[i]) && !char.IsWhiteSpace(lines[i][0]))
                    text.Append('\n');
            }
            text.Append(lines[i]);
        }
        return text.ToString();
    }

    private static bool IsListItem(string line)
    {
        var t = line.TrimStart();
        if (t.StartsWith("- ", StringComparison.Ordinal) || t.StartsWith("* ", StringComparison.Ordinal) || t.StartsWith("• ", StringComparison.Ordinal)) return true;
        var digits = 0;
        while (digits < t.Length && char.IsAsciiDigit(t[digits])) digits++;
        return digits > 0 && digits + 1 < t.Length && t[digits] is '.' or ')' && t[digits + 1] == ' ';
    }
}
