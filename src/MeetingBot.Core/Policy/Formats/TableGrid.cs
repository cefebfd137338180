namespace MeetingBot.Core.Policy.Formats;

/// <summary>A table cell as a file writes it: its text, and how many grid columns and rows it covers.</summary>
internal sealed record GridCell(string Text, int ColumnSpan = 1, int RowSpan = 1, bool ContinuesAbove = false);

/// <summary>
/// A table (Word's or a web page's) as the lines the parser reads: each row <c>a | b | c</c>, a cell merged over
/// several rows repeated in each (a lead unit merged down five tasks leads all five), a cell spanning columns kept
/// in the first with "—" in the rest, so that every row has the header's count of cells. A row that repeats the
/// header (a header on every page, or a table continued after a page break) is left out; a row with one cell of
/// text (a caption, a category row) is a plain line.
/// </summary>
internal static class TableGrid
{
    public const string EmptyCell = "—";

    public static List<string> Lines(IReadOnlyList<IReadOnlyList<GridCell>> rows, ISet<string> seenHeaders)
    {
        var lines = new List<string>();
        var grid = Expand(rows);
        foreach (var cells in grid)
        {
            var filled = cells.Where(c => c.Length > 0).ToList();
            if (filled.Count == 0) continue;
            if (filled.Distinct().Count() == 1)
            {
                lines.Add(filled[0]);
                continue;
            }
            var line = string.Join(" | ", cells.Select(c => c.Length == 0 ? EmptyCell : c));
            var key = string.Concat(cells);
            // The first header of a document is kept; the same header again is a repetition, not a row.
            if (LooksLikeHeader(cells) && !seenHeaders.Add(key)) continue;
            lines.Add(line);
        }
        return lines;
    }

    // Header cells are short names (序号, 工作任务, 牵头单位): no sentence in them, none a number.
    private static bool LooksLikeHeader(IReadOnlyList<string> cells) =>
        cells.All(c => c.Length <= 12 && !c.Contains('。') && !c.Any(char.IsAsciiDigit));

    /// <summary>Every grid position's text: a merged cell's text in each row it covers, "" where there is none.</summary>
    public static List<string[]> Expand(IReadOnlyList<IReadOnlyList<GridCell>> rows)
    {
        var width = rows.Count == 0 ? 0 : rows.Max(r => r.Sum(c => Math.Max(1, c.ColumnSpan)));
        var grid = rows.Select(_ => Enumerable.Repeat("", width).ToArray()).ToList();
        var covered = rows.Select(_ => new bool[width]).ToList();
        for (var r = 0; r < rows.Count; r++)
        {
            var column = 0;
            foreach (var cell in rows[r])
            {
                while (column < width && covered[r][column]) column++;
                if (column >= width) break;
                var text = cell.ContinuesAbove && r > 0 ? grid[r - 1][column] : cell.Text;
                var span = Math.Clamp(cell.ColumnSpan, 1, width - column);
                for (var down = 0; down < Math.Max(1, cell.RowSpan) && r + down < rows.Count; down++)
                {
                    grid[r + down][column] = text;
                    for (var k = 0; k < span; k++) covered[r + down][column + k] = true;
                }
                column += span;
            }
        }
        return grid;
    }

    /// <summary>The grid column each cell of each row starts in (cells merged down from a row above skipped).</summary>
    public static List<int[]> StartColumns(IReadOnlyList<IReadOnlyList<GridCell>> rows)
    {
        var width = rows.Count == 0 ? 0 : rows.Max(r => r.Sum(c => Math.Max(1, c.ColumnSpan)));
        var covered = rows.Select(_ => new bool[width]).ToList();
        var starts = new List<int[]>();
        for (var r = 0; r < rows.Count; r++)
        {
            var row = new int[rows[r].Count];
            var column = 0;
            for (var i = 0; i < rows[r].Count; i++)
            {
                while (column < width && covered[r][column]) column++;
                row[i] = column;
                if (column >= width) continue;
                var span = Math.Clamp(rows[r][i].ColumnSpan, 1, width - column);
                for (var down = 0; down < Math.Max(1, rows[r][i].RowSpan) && r + down < rows.Count; down++)
                    for (var k = 0; k < span; k++) covered[r + down][column + k] = true;
                column += span;
            }
            starts.Add(row);
        }
        return starts;
    }

    /// <summary>
    /// A cell's paragraphs as one text: units one per paragraph become a list (市教育局、市财政局), sentences
    /// run on. A separator inside a cell would split it, so it is written as a slash.
    /// </summary>
    public static string CellText(IEnumerable<string> paragraphs)
    {
        var parts = paragraphs.Select(p => p.Trim(' ', '\u3000', '\t', '\u00A0')).Where(p => p.Length > 0).ToList();
        var listLike = parts.Count > 1 && parts.All(p => p.Length <= 30 && p.IndexOfAny(['。', '，', ',', '；']) < 0);
        return string.Join(listLike ? "、" : "", parts).Replace('|', '/').Replace('｜', '/').Replace('\t', ' ');
    }
}
