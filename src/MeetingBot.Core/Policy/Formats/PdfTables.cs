using System.Runtime.CompilerServices;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace MeetingBot.Core.Policy.Formats;

/// <summary>A ruled table found on a PDF page: its rows as cells (with their spans) and the area it covers.</summary>
internal sealed record PdfTable(double Top, double Bottom, double Left, double Right, List<IReadOnlyList<GridCell>> Rows)
{
    public bool Contains(double x, double y) => x > Left && x < Right && y < Top && y > Bottom;
}

/// <summary>
/// Tables by their rulings, the way a reader sees the grid: the drawn vertical and horizontal lines cut the page
/// into cells; a cell with no line above it continues the one above (a merged cell, whose text may sit in any of
/// its rows); a cell with no line between two columns spans them. The letters inside each cell are its text.
/// A table drawn without lines is left to the text (its wide gaps become cell breaks).
/// </summary>
internal static class PdfTables
{
    private sealed record Ruling(double Position, double From, double To);

    // Optimised from the first call: an import is rare in a host, so its code would otherwise run unoptimised
    // (tiered compilation's first tier) for the whole of the one PDF that matters; see bench/MeetingBot.FormatBench.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<PdfTable> Find(Page page)
    {
        var horizontal = new List<Ruling>();
        var vertical = new List<Ruling>();
        foreach (var path in page.Paths)
        {
            if (path.IsClipping) continue;
            foreach (var subpath in path)
            {
                if (subpath.GetBoundingRectangle() is not { } box) continue;
                if (box.Height <= 2.5 && box.Width > 4) horizontal.Add(new Ruling((box.Top + box.Bottom) / 2, box.Left, box.Right));
                else if (box.Width <= 2.5 && box.Height > 4) vertical.Add(new Ruling((box.Left + box.Right) / 2, box.Bottom, box.Top));
            }
        }
        if (horizontal.Count < 2 || vertical.Count < 2) return [];

        var ys = Distinct(horizontal.Select(h => h.Position)).OrderByDescending(y => y).ToList();
        var xs = Distinct(vertical.Select(v => v.Position)).OrderBy(x => x).ToList();
        var tables = new List<PdfTable>();
        // Bands between consecutive horizontal rulings that some vertical ruling crosses are table rows; a band
        // that none crosses separates two tables.
        var start = 0;
        for (var i = 0; i < ys.Count - 1; i++)
        {
            var crossed = vertical.Any(v => Covers(v, ys[i + 1], ys[i]));
            if (!crossed)
            {
                AddTable(start, i);
                start = i + 1;
            }
        }
        AddTable(start, ys.Count - 1);
        return tables;

        void AddTable(int first, int last)
        {
            if (last - first < 1) return;
            var rows = new List<(double Top, double Bottom, List<(int Column, int Span, bool Merged)> Cells)>();
            var columns = xs.Where(x => vertical.Any(v => Near(v.Position, x) && v.To > ys[last] + 1 && v.From < ys[first] - 1)).ToList();
            if (columns.Count < 2) return;
            for (var r = first; r < last; r++)
            {
                double top = ys[r], bottom = ys[r + 1];
                var cells = new List<(int, int, bool)>();
                var column = 0;
                while (column < columns.Count - 1)
                {
                    var end = column + 1;
                    while (end < columns.Count - 1 && !vertical.Any(v => Near(v.Position, columns[end]) && Covers(v, bottom, top))) end++;
                    var merged = r > first && !horizontal.Any(h => Near(h.Position, top) && h.From <= columns[column] + 3 && h.To >= columns[end] - 3);
                    cells.Add((column, end - column, merged));
                    column = end;
                }
                rows.Add((top, bottom, cells));
            }
            tables.Add(Build(page, rows, columns, ys[first], ys[last]));
        }
    }

    /// <summary>A page's visible letters with their centres, worked out once rather than once per cell.</summary>
    public static (Letter Letter, double X, double Y)[] Placed(Page page)
    {
        var placed = new List<(Letter, double, double)>(page.Letters.Count);
        foreach (var letter in page.Letters)
        {
            if (string.IsNullOrWhiteSpace(letter.Value)) continue;
            var centre = letter.BoundingBox.Centroid;
            placed.Add((letter, centre.X, centre.Y));
        }
        return [.. placed];
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static PdfTable Build(Page page, List<(double Top, double Bottom, List<(int Column, int Span, bool Merged)> Cells)> rows, List<double> columns, double top, double bottom)
    {
        var grid = new List<IReadOnlyList<GridCell>>();
        var letters = Placed(page);
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = new List<GridCell>();
            foreach (var (column, span, merged) in rows[r].Cells)
            {
                // Covered by the merged cell above, which carries its text with its row span.
                if (merged) continue;
                // A merged cell runs down while the rows below continue it.
                var down = r + 1;
                while (down < rows.Count && rows[down].Cells.Any(c => c.Column == column && c.Merged)) down++;
                var (left, right) = (columns[column], columns[column + span]);
                var (cellTop, cellBottom) = (rows[r].Top, rows[down - 1].Bottom);
                var inside = new List<Letter>();
                foreach (var (letter, x, y) in letters)
                    if (x > left && x < right && y < cellTop && y > cellBottom) inside.Add(letter);
                cells.Add(new GridCell(CellText(page.Number, inside, left, right), span, down - r));
            }
            grid.Add(cells);
        }
        return new PdfTable(top, bottom, columns[0], columns[^1], grid);
    }

    // The lines of a cell: a line followed by one whose first character would have fitted after it ended a
    // paragraph (a unit per line); otherwise the cell wrapped it.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string CellText(int page, IEnumerable<Letter> letters, double left, double right)
    {
        var lines = PdfLines.Group(page, letters);
        if (lines.Count == 0) return "";
        var padding = Math.Max(0, lines.Min(l => l.Left) - left);
        var paragraphs = new List<string>();
        var current = "";
        for (var i = 0; i < lines.Count; i++)
        {
            current += lines[i].Text;
            var room = right - padding - lines[i].Right;
            if (i + 1 < lines.Count && (room > lines[i + 1].Size * 1.1 || EndsAUnit(current, lines[i + 1].Text))) { paragraphs.Add(current); current = ""; }
        }
        if (current.Length > 0) paragraphs.Add(current);
        return TableGrid.CellText(paragraphs);
    }

    // "市发展改革委" ⏎ "市财政局" in a narrow cell: a unit's name ends and the next line is units of its own, where
    // the geometry alone cannot tell a list from a wrapped name.
    // The next line must start as a unit's name does (市…, 区…, 各…): "市人力资源社" ⏎ "会保障局" is one name wrapped.
    internal static bool EndsAUnit(string text, string next) =>
        MeetingBot.Core.Policy.Units.UnitNames.EndsWithUnitSuffix(text) && UnitStarts.Any(p => next.StartsWith(p, StringComparison.Ordinal))
        && MeetingBot.Core.Policy.Parsing.TaskTable.LooksLikeUnits(next);

    private static readonly string[] UnitStarts = ["市", "区", "县", "省", "自治区", "州", "盟", "旗", "镇", "乡", "街道", "各", "中共", "国家", "共青团", "团"];

    private static bool Covers(Ruling ruling, double from, double to) => ruling.From <= from + 2 && ruling.To >= to - 2;

    private static bool Near(double a, double b) => Math.Abs(a - b) <= 2;

    private static List<double> Distinct(IEnumerable<double> positions)
    {
        var result = new List<double>();
        foreach (var p in positions.Order())
            if (result.Count == 0 || p - result[^1] > 2) result.Add(p);
        return result;
    }
}
