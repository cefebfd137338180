using System.Text.RegularExpressions;

namespace MeetingBot.Core.Policy.Parsing;

/// <summary>
/// Splits text into logical paragraphs: line endings normalised, word-processor artefacts removed, and lines
/// rejoined where a page break cut a sentence (Shanxi: "建立中等职业" ⏎⏎ "学校和普通高中…").
/// </summary>
internal static partial class SourceReader
{
    private const string Blank = " \t\f\v\u3000\u00A0\uFEFF\u200B\u2002\u2003";

    public static List<Paragraph> ReadParagraphs(string text)
    {
        var paragraphs = new List<Paragraph>();
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        Paragraph? open = null; // a paragraph whose last line ended mid-sentence
        var blankRun = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = Clean(lines[i]);
            if (line.Length == 0) { blankRun++; continue; }

            if (open is not null && blankRun <= 3 && ContinuesPrevious(open.Text, line))
            {
                open.Append(i + 1, line);
            }
            else if (paragraphs.Count > 0 && blankRun <= 3 && ClosesSplitNote(paragraphs[^1].Text, line))
            {
                // "(责任单位:市人民政府)" ⏎ "和省发展改革委、…)": the first ")" was the page break's, not the note's.
                paragraphs[^1].RemoveLastChar();
                paragraphs[^1].Append(i + 1, line);
            }
            else
            {
                paragraphs.Add(new Paragraph(i + 1, line));
            }
            open = EndsMidSentence(paragraphs[^1].Text) ? paragraphs[^1] : null;
            blankRun = 0;
        }
        return paragraphs;
    }

    private static readonly char[] BlankChars = Blank.ToCharArray();

    private static string Clean(string line) =>
        (line.Contains("[bookmark", StringComparison.Ordinal) ? BookmarkArtefact().Replace(line, "") : line).Trim(BlankChars);

    // A sentence cut by a page break: the line has prose punctuation but does not end a sentence or clause,
    // and the next line does not start a new numbered item.
    private static bool EndsMidSentence(string text)
    {
        if (text.Length < 8 || !ProsePunctuation().IsMatch(text) || LabelledLine().IsMatch(text)) return false;
        return !"。！？!?；;：:）)」”』】…".Contains(text[^1]);
    }

    private static bool ContinuesPrevious(string previous, string line) =>
        !Numbering.StartsWithMarker(line) && !ClosingMatter.IsClosingLine(line);

    private static bool ClosesSplitNote(string previous, string line)
    {
        if (previous.Length == 0 || previous[^1] is not (')' or '）')) return false;
        if (!"和及、，,".Contains(line[0]) || line[^1] is not (')' or '）')) return false;
        return Count(line, "（(") < Count(line, "）)");
    }

    private static int Count(string text, string chars) => text.Count(chars.Contains);

    [GeneratedRegex(@"\[bookmark:[^\]]*\]")]
    private static partial Regex BookmarkArtefact();

    // "主题分类：劳动、人事" is a field of its own, never a sentence cut by a page break.
    [GeneratedRegex(@"^[\u4e00-\u9fff]{2,6}\s*[:：]")]
    private static partial Regex LabelledLine();

    [GeneratedRegex("[。，,；;、]")]
    private static partial Regex ProsePunctuation();
}
