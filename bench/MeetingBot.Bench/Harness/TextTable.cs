using System.Text;

namespace MeetingBot.Bench.Harness;

/// <summary>A plain-text table for the console; aligns columns by display width, so Chinese text lines up.</summary>
public sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> rows = [];
    private readonly HashSet<int> leftAligned = [0];

    /// <summary>Text columns to align left; column 0 always is, the others (figures) are right-aligned.</summary>
    public TextTable AlignLeft(params int[] columns)
    {
        leftAligned.UnionWith(columns);
        return this;
    }

    public TextTable Add(params string[] cells)
    {
        if (cells.Length != headers.Length)
        {
            throw new ArgumentException($"Expected {headers.Length} cells, got {cells.Length}.", nameof(cells));
        }

        rows.Add(cells);
        return this;
    }

    public override string ToString()
    {
        var widths = new int[headers.Length];
        foreach (var row in rows.Prepend(headers))
        {
            for (var c = 0; c < row.Length; c++)
            {
                widths[c] = Math.Max(widths[c], DisplayWidth(row[c]));
            }
        }

        var builder = new StringBuilder();
        AppendRow(builder, headers, widths);
        builder.AppendLine(string.Join("  ", widths.Select(w => new string('-', w))).TrimEnd());
        foreach (var row in rows)
        {
            AppendRow(builder, row, widths);
        }

        return builder.ToString();
    }

    private void AppendRow(StringBuilder builder, string[] cells, int[] widths)
    {
        var line = new StringBuilder();
        for (var c = 0; c < cells.Length; c++)
        {
            var padding = new string(' ', widths[c] - DisplayWidth(cells[c]));
            line.Append(leftAligned.Contains(c) ? cells[c] + padding : padding + cells[c]);
            line.Append(c < cells.Length - 1 ? "  " : "");
        }

        builder.AppendLine(line.ToString().TrimEnd());
    }

    /// <summary>Columns a terminal uses for the text: East Asian wide and full-width characters take two.</summary>
    public static int DisplayWidth(string text)
    {
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            width += IsWide(rune.Value) ? 2 : 1;
        }

        return width;
    }

    private static bool IsWide(int c) =>
        c is (>= 0x1100 and <= 0x115F) or (>= 0x2E80 and <= 0x303E) or (>= 0x3041 and <= 0x33FF)
            or (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0xA000 and <= 0xA4CF)
            or (>= 0xAC00 and <= 0xD7A3) or (>= 0xF900 and <= 0xFAFF) or (>= 0xFE30 and <= 0xFE4F)
            or (>= 0xFF00 and <= 0xFF60) or (>= 0xFFE0 and <= 0xFFE6) or (>= 0x20000 and <= 0x3FFFD);
}
