namespace MeetingBot.Core.Policy.Formats;

/// <summary>
/// A ruled table continued on the next page, made one table again. Columns are matched by grid position, not by
/// cell count: the last row before the break may have fewer cells of its own than the grid has columns (a lead
/// unit merged down from a row above covers its column).
/// <list type="bullet">
/// <item>A cell empty at the top of the continuation whose column had text before the break is a merged cell
/// running on (its text was printed once, above the break): it keeps that text.</item>
/// <item>A row with no 序号 (its first cell empty) is the last row before the break, split by it: its text
/// continues that row's cells (or the merged cell that covers them), and the row is no task of its own; the merged
/// cells running through it go on into the rows below.</item>
/// </list>
/// </summary>
internal static class PdfSplitRows
{
    public static void Join(PdfTable previous, PdfTable next, Func<IReadOnlyList<GridCell>, bool> isHeader)
    {
        if (previous.Rows.Count == 0) return;
        var first = next.Rows.FindIndex(r => !isHeader(r));
        if (first < 0) return;
        var before = TableGrid.Expand(previous.Rows)[^1];
        var starts = TableGrid.StartColumns(next.Rows);
        var width = next.Rows.Max(r => r.Sum(c => Math.Max(1, c.ColumnSpan)));
        if (width != before.Length || starts[first].Any(c => c >= width)) return;

        var row = next.Rows[first].ToList();
        var own = row.Select(c => c.Text.Length > 0).ToArray();
        for (var k = 0; k < row.Count; k++)
            if (!own[k] && before[starts[first][k]].Length > 0) row[k] = row[k] with { Text = before[starts[first][k]] };

        if (own.Length == 0 || own[0] || starts[first][0] != 0)
        {
            next.Rows[first] = row;
            return;
        }
        var previousStarts = TableGrid.StartColumns(previous.Rows);
        for (var k = 0; k < row.Count; k++)
        {
            if (!own[k] || Covering(previous.Rows, previousStarts, previous.Rows.Count - 1, starts[first][k]) is not { } cover) continue;
            var (r, i) = cover;
            var joined = Continue(previous.Rows[r][i].Text, row[k].Text);
            previous.Rows[r] = [.. previous.Rows[r].Select((cell, c) => c == i ? cell with { Text = joined } : cell)];
            row[k] = row[k] with { Text = joined };
        }
        // The split part is no row of its own; a merged cell that ran through it starts again on the row below.
        if (first + 1 < next.Rows.Count)
        {
            var below = next.Rows[first + 1].ToList();
            var inserted = 0;
            for (var k = 0; k < row.Count; k++)
            {
                if (row[k].RowSpan <= 1) continue;
                var at = starts[first + 1].Count(c => c < starts[first][k]) + inserted++;
                below.Insert(at, row[k] with { RowSpan = row[k].RowSpan - 1 });
            }
            next.Rows[first + 1] = below;
        }
        next.Rows.RemoveAt(first);
    }

    // A line cut by the page break runs on ("市财政局、市工业" ⏎ "和信息化局"); a unit of its own after one that ended
    // is the next item of a list of units, one per line.
    private static string Continue(string before, string after) =>
        before.Length == 0 ? after : PdfTables.EndsAUnit(before, after) ? before + "、" + after : before + after;

    // The row and index of the cell that covers a grid position: the row's own, or one merged down from above.
    private static (int Row, int Index)? Covering(List<IReadOnlyList<GridCell>> rows, List<int[]> starts, int row, int column)
    {
        for (var r = row; r >= 0; r--)
            for (var i = 0; i < rows[r].Count; i++)
            {
                var cell = rows[r][i];
                if (starts[r][i] <= column && column < starts[r][i] + Math.Max(1, cell.ColumnSpan) && r + Math.Max(1, cell.RowSpan) > row)
                    return (r, i);
            }
        return null;
    }
}
