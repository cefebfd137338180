using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace MeetingBot.Core.Policy.Formats;

/// <summary>
/// A PDF's text layer as the document's text, in reading order: page headers, footers and page numbers dropped;
/// the lines of a paragraph joined again, across line and page breaks, where a line runs to the right margin and
/// the next is not indented; ruled tables read cell by cell (<see cref="PdfTables"/>). A PDF without text (a scan)
/// is refused: there is no OCR.
/// </summary>
internal static partial class PdfReader
{
    private sealed record Block(int Page, double Top, PdfLine? Line, PdfTable? Table);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static PolicyFileResult Read(byte[] bytes, PolicyFileLimits limits, CancellationToken cancellationToken)
    {
        try
        {
            using var pdf = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            if (pdf.NumberOfPages > limits.MaxPdfPages) return PolicyFileResult.Fail($"the PDF has {pdf.NumberOfPages} pages, more than {limits.MaxPdfPages}");
            var blocks = new List<Block>();
            var letters = 0;
            var pageHeights = new Dictionary<int, double>();
            foreach (var page in pdf.GetPages())
            {
                cancellationToken.ThrowIfCancellationRequested();
                pageHeights[page.Number] = page.Height;
                var tables = PdfTables.Find(page);
                var placed = PdfTables.Placed(page);
                var prose = new List<UglyToad.PdfPig.Content.Letter>(placed.Length);
                foreach (var (letter, x, y) in placed)
                    if (!tables.Exists(t => t.Contains(x, y))) prose.Add(letter);
                letters += placed.Length;
                blocks.AddRange(PdfLines.Group(page.Number, prose).Select(l => new Block(page.Number, l.Top, l, null)));
                blocks.AddRange(tables.Select(t => new Block(page.Number, t.Top, null, t)));
            }
            if (letters < Math.Max(20, pdf.NumberOfPages * 5))
                return PolicyFileResult.Fail("the PDF has no text layer (a scanned document?); there is no text recognition: send the Word file or a PDF saved from it");

            var ordered = blocks.OrderBy(b => b.Page).ThenByDescending(b => b.Top).ToList();
            var kept = DropPageFurniture(ordered, pageHeights);
            JoinRowsSplitByPages(kept);
            return PolicyFileResult.Ok(string.Join('\n', Paragraphs(kept)), PolicyFileFormat.Pdf, "pdf");
        }
        catch (PdfDocumentEncryptedException)
        {
            return PolicyFileResult.Fail("the PDF is protected by a password; send one without it");
        }
        catch (Exception e) when (e.GetType().Namespace?.StartsWith("UglyToad", StringComparison.Ordinal) == true || e is InvalidOperationException or ArgumentException or IndexOutOfRangeException or InvalidCastException or KeyNotFoundException or NullReferenceException or FormatException)
        {
            return PolicyFileResult.Fail($"the PDF is damaged or not a PDF ({e.Message})");
        }
    }

    // Headers and footers: lines in a page's top or bottom tenth that are page numbers, or that repeat (their
    // digits aside) on several pages.
    private static List<Block> DropPageFurniture(List<Block> blocks, Dictionary<int, double> heights)
    {
        bool InMargin(Block b) => b.Line is { } l && (l.Top > heights[b.Page] * 0.9 || l.Baseline < heights[b.Page] * 0.1);
        var pages = heights.Count;
        var repeated = blocks.Where(InMargin).GroupBy(b => Digits().Replace(b.Line!.Text.Replace(" ", ""), "#"))
            .Where(g => pages >= 2 && g.Select(b => b.Page).Distinct().Count() >= Math.Max(2, pages / 2))
            .Select(g => g.Key).ToHashSet();
        return blocks.Where(b => !InMargin(b) || !(PageNumber().IsMatch(b.Line!.Text.Replace(" ", "")) || repeated.Contains(Digits().Replace(b.Line!.Text.Replace(" ", ""), "#")))).ToList();
    }

    // A table continued on the next page is joined to its part on the page before (PdfSplitRows).
    private static void JoinRowsSplitByPages(List<Block> blocks)
    {
        for (var i = 1; i < blocks.Count; i++)
        {
            if (blocks[i].Table is not { } next || blocks[i - 1].Table is not { } previous || blocks[i].Page == blocks[i - 1].Page || previous.Rows.Count == 0) continue;
            PdfSplitRows.Join(previous, next, row => IsHeader(row, previous.Rows[0]));
        }
    }

    private static bool IsHeader(IReadOnlyList<GridCell> row, IReadOnlyList<GridCell> header) =>
        row.Count == header.Count && row.Select(c => c.Text).SequenceEqual(header.Select(c => c.Text));

    // A line that reaches the right margin continues into the next unless that one is indented (a new paragraph)
    // or starts after a paragraph's spacing on the same page.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<string> Paragraphs(List<Block> blocks)
    {
        var headers = new HashSet<string>(StringComparer.Ordinal);
        var lines = blocks.Where(b => b.Line is not null).Select(b => b.Line!).ToList();
        if (lines.Count == 0) return blocks.Where(b => b.Table is not null).SelectMany(b => TableGrid.Lines(b.Table!.Rows, headers)).ToList();
        var left = Percentile(lines.Select(l => l.Left), 0.1);
        var right = Percentile(lines.Select(l => l.Right), 0.9);
        var output = new List<string>();
        PdfLine? previous = null;
        foreach (var block in blocks)
        {
            if (block.Table is { } table)
            {
                output.AddRange(TableGrid.Lines(table.Rows, headers));
                previous = null;
                continue;
            }
            var line = block.Line!;
            var full = previous is not null && previous.Right >= right - previous.Size * 1.5;
            var indented = line.Left > left + line.Size * 1.2;
            var spaced = previous is not null && previous.Page == line.Page && previous.Baseline - line.Baseline > Math.Max(previous.Size, line.Size) * 2.6;
            if (full && !indented && !spaced && output.Count > 0)
                output[^1] = Join(output[^1], line.Text);
            else
                output.Add(line.Text);
            previous = line;
        }
        return output;
    }

    private static string Join(string before, string after) =>
        before.Length > 0 && after.Length > 0 && before[^1] < 0x2E80 && after[0] < 0x2E80 && char.IsLetterOrDigit(before[^1]) ? before + " " + after : before + after;

    private static double Percentile(IEnumerable<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Clamp(Math.Round(p * (sorted.Count - 1)), 0, sorted.Count - 1)];
    }

    [GeneratedRegex(@"^(?:[-－—–]*\d{1,4}[-－—–]*|第\d{1,4}页(?:[，,]?共\d{1,4}页)?|\d{1,4}/\d{1,4}|Page\d+(?:of\d+)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
