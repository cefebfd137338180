using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace MeetingBot.Core.Policy.Formats;

/// <summary>
/// A Word document's body as text: each paragraph a line, led by the label its automatic numbering shows; each
/// table through <see cref="TableGrid"/> (merged cells, repeated headers). Hidden text, deleted revisions, field
/// codes, headers, footers and footnotes are not the document's text and are left out.
/// </summary>
internal static class DocxReader
{
    public static PolicyFileResult Read(byte[] bytes, PolicyFileLimits limits, CancellationToken cancellationToken)
    {
        if (OfficePackageGuard.Check(bytes, limits) is { } refused) return PolicyFileResult.Fail(refused);
        try
        {
            var settings = new OpenSettings { MaxCharactersInPart = limits.MaxUnpackedBytes, AutoSave = false };
            using var document = WordprocessingDocument.Open(new MemoryStream(bytes, writable: false), false, settings);
            if (document.MainDocumentPart?.Document?.Body is not { } body) return PolicyFileResult.Fail("the Word file has no document body");
            var numbering = new DocxNumbering(document.MainDocumentPart);
            var lines = new List<string>();
            var headers = new HashSet<string>(StringComparer.Ordinal);
            foreach (var block in Blocks(body))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (block is Paragraph paragraph)
                {
                    var text = ParagraphText(paragraph);
                    var label = numbering.Label(paragraph);
                    if (text.Trim().Length == 0 && label is null) { lines.Add(""); continue; }
                    lines.Add(label is null ? text : Labelled(label, text));
                }
                else if (block is Table table)
                {
                    lines.AddRange(TableGrid.Lines(Rows(table), headers));
                }
            }
            return PolicyFileResult.Ok(string.Join('\n', lines), PolicyFileFormat.Docx, "docx");
        }
        catch (OpenXmlPackageException e)
        {
            return PolicyFileResult.Fail($"the Word file cannot be opened ({e.Message})");
        }
        catch (Exception e) when (e is InvalidDataException or System.Xml.XmlException or FileFormatException)
        {
            return PolicyFileResult.Fail($"the Word file is damaged ({e.Message})");
        }
    }

    // "一、" + "总体要求"; a label that ends in a letter or digit ("第一条", "1") gets a space, as the tab after it shows.
    private static string Labelled(string label, string text)
    {
        var trimmed = text.TrimStart(' ', '\u3000', '\t');
        return label.Length > 0 && char.IsLetterOrDigit(label[^1]) ? label + " " + trimmed : label + trimmed;
    }

    // Paragraphs and tables in reading order, through content controls and inserted revisions.
    private static IEnumerable<OpenXmlElement> Blocks(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case Paragraph or Table:
                    yield return child;
                    break;
                case SdtBlock sdt when sdt.SdtContentBlock is { } content:
                    foreach (var inner in Blocks(content)) yield return inner;
                    break;
                case CustomXmlBlock or InsertedRun:
                    foreach (var inner in Blocks(child)) yield return inner;
                    break;
            }
        }
    }

    public static string ParagraphText(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var run in paragraph.Descendants<Run>())
        {
            if (run.RunProperties?.Vanish is { } vanish && (vanish.Val is null || vanish.Val.Value)) continue;
            if (run.Ancestors<DeletedRun>().Any()) continue;
            foreach (var part in run.ChildElements)
            {
                switch (part)
                {
                    case DocumentFormat.OpenXml.Wordprocessing.Text t: text.Append(t.Text); break;
                    // A tab inside a paragraph is spacing, not a table's cell separator.
                    case TabChar: text.Append(' '); break;
                    case Break br when br.Type?.Value != BreakValues.Page && br.Type?.Value != BreakValues.Column: text.Append('\n'); break;
                    case CarriageReturn: text.Append('\n'); break;
                    case NoBreakHyphen: text.Append('-'); break;
                }
            }
        }
        return text.ToString();
    }

    private static List<IReadOnlyList<GridCell>> Rows(Table table)
    {
        var rows = new List<IReadOnlyList<GridCell>>();
        foreach (var row in table.Elements<TableRow>())
        {
            var cells = new List<GridCell>();
            if (row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value is { } before and > 0)
                cells.Add(new GridCell("", before));
            foreach (var cell in row.Elements<TableCell>())
            {
                var props = cell.TableCellProperties;
                var span = props?.GridSpan?.Val?.Value ?? 1;
                // w:vMerge without val="restart" continues the cell above: its text is the merged cell's.
                var merge = props?.VerticalMerge;
                var continues = merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
                if (props?.HorizontalMerge?.Val?.Value == MergedCellValues.Continue) continue;
                cells.Add(new GridCell(continues ? "" : CellText(cell), span, 1, continues));
            }
            rows.Add(cells);
        }
        return rows;
    }

    // A cell's paragraphs (and a nested table's, row by row).
    private static string CellText(TableCell cell) =>
        TableGrid.CellText(cell.Elements<OpenXmlElement>().SelectMany(e => e switch
        {
            Paragraph p => [ParagraphText(p)],
            Table nested => nested.Descendants<Paragraph>().Select(ParagraphText),
            SdtBlock sdt => sdt.Descendants<Paragraph>().Select(ParagraphText),
            _ => [],
        }));
}
