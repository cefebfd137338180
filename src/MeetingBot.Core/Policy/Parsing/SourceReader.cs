using System.Text.RegularExpressions;

namespace MeetingBot.Core.Policy.Parsing;

/// <summary>
/// Splits text into logical paragraphs: line endings normalised, word-processor artefacts and page numbers
/// (－2－) removed, and lines rejoined where a page break cut a sentence (Shanxi: "建立中等职业" ⏎⏎ "学校和普通高中…")
/// or where text extracted from a PDF was wrapped at a fixed width.
/// </summary>
internal static partial class SourceReader
{
    private const string Blank = " \t\f\v\u3000\u00A0\uFEFF\u200B\u2002\u2003";

    public static List<Paragraph> ReadParagraphs(string text)
    {
        var paragraphs = new List<Paragraph>();
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var wrapWidth = WrapWidth(lines);
        Paragraph? open = null; // a paragraph whose last line ended mid-sentence
        var blankRun = 0;
        var table = TableLines.None;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = Clean(lines[i]);
            if (PageNumber().IsMatch(line)) continue; // a page footer is not text, and not a paragraph break
            if (line.Length == 0) { blankRun++; continue; }

            // In a task table every line is a row (or a cell) of its own: never joined as a sentence cut short.
            table = TableAt(table, lines, i, line);
            if (table != TableLines.None)
            {
                var continuesCell = table == TableLines.Rows && TaskTable.Cells(line).Length < 2 && !Numbering.StartsWithMarker(line) && paragraphs.Count > 0 && TaskTable.Cells(paragraphs[^1].Text).Length >= 2;
                if (continuesCell) paragraphs[^1].Append(i + 1, line); else paragraphs.Add(new Paragraph(i + 1, line));
                open = null;
                blankRun = 0;
                continue;
            }

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
            var last = paragraphs[^1].Text;
            open = EndsMidSentence(last) || (wrapWidth > 0 && line.Length >= wrapWidth - 2 && !EndsClause(last)) ? paragraphs[^1] : null;
            blankRun = 0;
        }
        return paragraphs;
    }

    private enum TableLines { None, Rows, Cells }

    // Enters a table at its header, and leaves it at an attachment's heading or the end matter.
    private static TableLines TableAt(TableLines current, string[] lines, int i, string line)
    {
        if (current != TableLines.None)
            return AttachmentHeading.TryRead(line) is not null || ClosingMatter.IsClosingLine(line) ? TableLines.None : current;
        if (line.Length > 6 && TaskTable.PipeHeader(line) is not null) return TableLines.Rows;
        if (line is "序号" or "编号" && TaskTable.CellHeader(lines.Skip(i).Take(12).Select(l => Clean(l)).Where(l => l.Length > 0).ToList(), 0, out _) is not null)
            return TableLines.Cells;
        return TableLines.None;
    }

    private static readonly char[] BlankChars = Blank.ToCharArray();

    private static string Clean(string line) =>
        (line.Contains("[bookmark", StringComparison.Ordinal) ? BookmarkArtefact().Replace(line, "") : line).Trim(BlankChars);

    // A sentence cut by a page break: the line has prose punctuation but does not end a sentence or clause,
    // and the next line does not start a new numbered item.
    private static bool EndsMidSentence(string text)
    {
        if (text.Length < 8) return false;
        // An open bracket is never the end: "…改造。（牵头单位：" ⏎ "市城市管理局；…）".
        if (text.Count(c => c is '（' or '(') > text.Count(c => c is '）' or ')')) return true;
        if (!ProsePunctuation().IsMatch(text) || LabelledLine().IsMatch(text)) return false;
        return !EndsClause(text);
    }

    private static bool EndsClause(string text) => "。！？!?；;：:）)」”』】…".Contains(text[^1]);

    // Text extracted from a PDF is wrapped at one width: most long lines are within a character or two of it.
    // Returns that width, or 0 when the text is not wrapped so.
    private static int WrapWidth(string[] lines)
    {
        var lengths = lines.Select(l => l.Trim(BlankChars).Length).Where(n => n >= 15).ToList();
        if (lengths.Count < 10) return 0;
        var mode = lengths.GroupBy(n => n).MaxBy(g => g.Count())!.Key;
        var near = lengths.Count(n => Math.Abs(n - mode) <= 1);
        return near * 2 >= lengths.Count && near >= 8 ? mode : 0;
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

    [GeneratedRegex(@"^(?:[-－—–]\s*\d{1,4}\s*[-－—–]|第\s*\d{1,4}\s*页(?:\s*[，,]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4})$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\[bookmark:[^\]]*\]")]
    private static partial Regex BookmarkArtefact();

    // "主题分类：劳动、人事" is a field of its own, never a sentence cut by a page break.
    [GeneratedRegex(@"^[\u4e00-\u9fff]{2,6}\s*[:：]")]
    private static partial Regex LabelledLine();

    [GeneratedRegex("[。，,；;、]")]
    private static partial Regex ProsePunctuation();
}
