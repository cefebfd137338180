using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace MeetingBot.Core.Reporting.Documents;

/// <summary>The few kinds of paragraph and table the brief is made of, in its styles.</summary>
internal sealed class WordBuilder(Body body)
{
    // A4 less the margins a government document uses (left 28 mm, right 26 mm): the width tables take.
    public const int TextWidth = 11906 - 1587 - 1474;

    public void Title(string text) => body.Append(Styled(WordStyles.TitleId, text));

    public void Heading1(string text) => body.Append(Styled(WordStyles.Heading1Id, text));

    public void Heading2(string text) => body.Append(Styled(WordStyles.Heading2Id, text));

    public void Centered(string text) =>
        body.Append(new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Center }), Run(text)));

    /// <summary>A body paragraph, first line indented two characters as Chinese text is.</summary>
    public void Text(string text, bool bold = false) =>
        body.Append(new Paragraph(new ParagraphProperties(new Indentation { FirstLineChars = 200 }), Run(text, bold)));

    /// <summary>A text of several lines: one indented paragraph each, blank lines dropped.</summary>
    public void Lines(string? text)
    {
        foreach (var line in XmlText.Lines(text).Where(l => l.Trim().Length > 0))
            Text(line.Trim());
    }

    public void PageBreak() => body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));

    /// <summary>A table with a repeated header row; <paramref name="widths"/> are shares of the text width.</summary>
    public void Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, IReadOnlyList<int> widths)
    {
        var total = widths.Sum();
        var columns = widths.Select(w => TextWidth * w / total).ToList();
        var table = new Table(new TableProperties(
            new TableStyle { Val = WordStyles.TableId },
            new TableWidth { Width = TextWidth.ToString(), Type = TableWidthUnitValues.Dxa },
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableLook { Val = "04A0" }));
        table.Append(new TableGrid(columns.Select(w => new GridColumn { Width = w.ToString() })));
        table.Append(Row(header, columns, isHeader: true));
        foreach (var row in rows) table.Append(Row(row, columns, isHeader: false));
        body.Append(table);
        body.Append(new Paragraph()); // a table must not end the body, and the next heading needs air
    }

    private static TableRow Row(IReadOnlyList<string> cells, IReadOnlyList<int> widths, bool isHeader)
    {
        var row = new TableRow();
        if (isHeader) row.Append(new TableRowProperties(new TableHeader(), new CantSplit()));
        for (var i = 0; i < widths.Count; i++)
        {
            var text = i < cells.Count ? cells[i] : "";
            var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = widths[i].ToString(), Type = TableWidthUnitValues.Dxa }));
            foreach (var line in XmlText.Lines(text))
                cell.Append(new Paragraph(
                    new ParagraphProperties(new SpacingBetweenLines { Line = "320", LineRule = LineSpacingRuleValues.Exact },
                        new Justification { Val = isHeader ? JustificationValues.Center : JustificationValues.Left }),
                    Run(line, isHeader, size: "21")));
            row.Append(cell);
        }
        return row;
    }

    private static Paragraph Styled(string styleId, string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = styleId }), Run(text));

    public static Run Run(string text, bool bold = false, string? size = null, string? font = null)
    {
        var properties = new RunProperties();
        if (font is not null) properties.Append(WordStyles.Fonts(font));
        if (bold) properties.Append(new Bold());
        if (size is not null) properties.Append(new FontSize { Val = size }, new FontSizeComplexScript { Val = size });
        var run = new Run();
        if (properties.HasChildren) run.Append(properties);
        run.Append(new DocumentFormat.OpenXml.Wordprocessing.Text(XmlText.Clean(text)) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }
}
