using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace MeetingBot.Core.Reporting.Documents;

/// <summary>A value of a spreadsheet cell: text, or a share shown as a percentage.</summary>
public readonly record struct SheetValue(string? Text, decimal? Share = null)
{
    public static implicit operator SheetValue(string? text) => new(text);
}

/// <summary>One sheet: its name, header row and rows.</summary>
public sealed record SheetTable(string Name, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<SheetValue>> Rows);

/// <summary>
/// Writes sheets to an .xlsx: a bold header row that stays frozen while scrolling, column widths fitted to their
/// text (a Chinese character is two columns wide), long text wrapped, shares as percentages.
/// </summary>
public static class Workbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The most characters a cell holds (Excel's limit).</summary>
    public const int MaxCellLength = 32_767;

    private const uint HeaderStyle = 1, WrapStyle = 2, PercentStyle = 3;
    private const double MaxWidth = 80;

    public static byte[] Write(string title, IReadOnlyList<SheetTable> sheets)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            document.PackageProperties.Title = title;
            document.PackageProperties.Creator = "MeetingBot";
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var list = new Sheets();
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < sheets.Count; i++)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                part.Worksheet = Sheet(sheets[i], selected: i == 0);
                list.Append(new Sheet { Name = SheetName(sheets[i].Name, names), SheetId = (uint)(i + 1), Id = workbook.GetIdOfPart(part) });
            }
            workbook.Workbook.Append(list);
        }
        return stream.ToArray();
    }

    private static Worksheet Sheet(SheetTable sheet, bool selected)
    {
        var columns = sheet.Header.Count;
        var widths = new double[columns];
        var data = new DocumentFormat.OpenXml.Spreadsheet.SheetData();
        data.Append(Row(1, sheet.Header.Select(h => (SheetValue)h).ToList(), widths, HeaderStyle));
        for (var r = 0; r < sheet.Rows.Count; r++)
            data.Append(Row((uint)(r + 2), sheet.Rows[r], widths, WrapStyle));

        var view = new SheetView { WorkbookViewId = 0, TabSelected = selected };
        view.Append(new Pane { VerticalSplit = 1, TopLeftCell = "B2", ActivePane = PaneValues.BottomRight, State = PaneStateValues.Frozen, HorizontalSplit = 1 },
            new Selection { Pane = PaneValues.BottomRight, ActiveCell = "B2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "B2" } });
        var cols = new Columns();
        for (var c = 0; c < columns; c++)
            cols.Append(new Column { Min = (uint)(c + 1), Max = (uint)(c + 1), Width = Math.Min(MaxWidth, Math.Max(8, widths[c] + 2)), CustomWidth = true });
        return new Worksheet(new SheetViews(view), new SheetFormatProperties { DefaultRowHeight = 15 }, cols, data);
    }

    private static Row Row(uint index, IReadOnlyList<SheetValue> values, double[] widths, uint textStyle)
    {
        var row = new Row { RowIndex = index };
        for (var c = 0; c < widths.Length; c++)
        {
            var value = c < values.Count ? values[c] : default;
            var reference = ColumnName(c) + index;
            if (value.Share is { } share)
            {
                row.Append(new Cell { CellReference = reference, StyleIndex = PercentStyle, DataType = CellValues.Number, CellValue = new CellValue(share) });
                widths[c] = Math.Max(widths[c], 6);
                continue;
            }
            var text = XmlText.Clean(value.Text);
            if (text.Length > MaxCellLength) text = text[..MaxCellLength];
            if (text.Length == 0) continue;
            row.Append(new Cell { CellReference = reference, StyleIndex = textStyle, DataType = CellValues.InlineString, InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text) { Space = SpaceProcessingModeValues.Preserve }) });
            widths[c] = Math.Max(widths[c], DisplayWidth(text));
        }
        return row;
    }

    /// <summary>How many character columns a text takes on its longest line: CJK and full-width characters take two.</summary>
    public static double DisplayWidth(string text)
    {
        double widest = 0, line = 0;
        foreach (var ch in text)
        {
            if (ch == '\n') { widest = Math.Max(widest, line); line = 0; continue; }
            line += ch >= '\u1100' && (ch <= '\u115F' || (ch >= '\u2E80' && ch <= '\uA4CF') || (ch >= '\uAC00' && ch <= '\uD7A3') || (ch >= '\uF900' && ch <= '\uFAFF') || (ch >= '\uFE30' && ch <= '\uFE4F') || (ch >= '\uFF00' && ch <= '\uFF60') || (ch >= '\uFFE0' && ch <= '\uFFE6')) ? 2 : 1;
            if (line > MaxWidth) break;
        }
        return Math.Max(widest, line);
    }

    public static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }

    // Sheet names: at most 31 characters, none of : \ / ? * [ ], unique regardless of case.
    private static string SheetName(string name, HashSet<string> taken)
    {
        var clean = new string(name.Select(c => c is ':' or '\\' or '/' or '?' or '*' or '[' or ']' ? '_' : c).ToArray()).Trim('\'');
        if (clean.Length > 31) clean = clean[..31];
        var unique = clean;
        for (var n = 2; !taken.Add(unique); n++) unique = clean[..Math.Min(clean.Length, 28)] + $"({n})";
        return unique;
    }

    private static Stylesheet Styles() => new(
        new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "等线" }), new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "等线" })) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellFormats(
            new CellFormat { FontId = 0, FillId = 0, BorderId = 0 },
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Center, WrapText = true }) { FontId = 1, FillId = 0, BorderId = 0, ApplyFont = true, ApplyAlignment = true },
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = true }) { FontId = 0, FillId = 0, BorderId = 0, ApplyAlignment = true },
            new CellFormat { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = 9, ApplyNumberFormat = true }) { Count = 4 });
}
