using System.Text.RegularExpressions;
using MeetingBot.Core.Text;

namespace MeetingBot.Core.Policy.Parsing;

/// <summary>
/// The line that opens an attachment (附件 / 附件1 / 附件2：重点任务分工表 / 附件一), and the notice's list of its
/// attachments (附件：1．某某方案 ⏎ 2．某某表, then the signature), which names them but holds none of their text.
/// </summary>
internal static partial class AttachmentHeading
{
    /// <summary>The attachment's label as the paths show it ("附件1", "附件") and the title written on its line.</summary>
    public static (string Label, string? Title)? TryRead(string text)
    {
        var m = HeadingLine().Match(text);
        if (!m.Success) return null;
        var n = m.Groups["n"].Value;
        var number = n.Length == 0 ? null : char.IsAsciiDigit(n[0]) ? int.Parse(n) : ChineseNumerals.Parse(n);
        var title = m.Groups["title"].Value.Trim(' ', '\u3000', '：', ':');
        return ("附件" + number, title.Length == 0 ? null : title);
    }

    /// <summary>
    /// True when the 附件 line at <paramref name="index"/> only lists attachments: its names are numbered on the
    /// line itself, or it and the short title lines after it are followed by the end matter (a signature, a date,
    /// 抄送) rather than by text.
    /// </summary>
    public static bool IsListing(IReadOnlyList<Paragraph> paragraphs, int index)
    {
        var heading = TryRead(paragraphs[index].Text);
        if (heading is null) return false;
        if (heading.Value.Title is { } title && Numbering.TryRead(title) is not null) return true;
        var i = index + 1;
        for (; i < paragraphs.Count && i <= index + 8; i++)
        {
            if (ClosingMatter.StartsAt(paragraphs, i)) return true;
            if (TryRead(paragraphs[i].Text) is not null) return heading.Value.Title is not null;
            if (!IsListedName(paragraphs[i].Text)) return false;
        }
        return i >= paragraphs.Count; // names at the very end of the file: attachments it does not hold
    }

    // "2．某某市校园安全专项整治方案": the name of a document, not text of one (a table's header is no name).
    private static bool IsListedName(string text) =>
        text.Length <= 40 && !Prose().IsMatch(text) && DocumentName().IsMatch((Numbering.TryRead(text)?.Rest ?? text).Trim());

    [GeneratedRegex(@"^附\s*件\s*(?<n>\d{1,2}|[一二三四五六七八九十]{1,3})?(?:\s*[:：]\s*|\s+|$|(?<=\d)(?=[\u4e00-\u9fff]))(?<title>.*)$")]
    private static partial Regex HeadingLine();

    [GeneratedRegex("(?:方案|办法|意见|规则|制度|清单|表|计划|要点|细则|规定|规划|通知|措施|职责|名单|目录|指南|标准|说明)$")]
    private static partial Regex DocumentName();

    [GeneratedRegex("[。，,；;！？|｜\t]")]
    private static partial Regex Prose();
}
