using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace MeetingBot.Core.Tests.Policy.Formats;

/// <summary>
/// Builds Word files the way a drafting office makes them: headings numbered by Word's automatic list numbering
/// (一、 / （一） / 1.) rather than typed, body paragraphs with a two-character first-line indent, a page header with
/// the issuing body and a footer with the page number, and task tables with merged cells and a header row
/// repeated on every page.
/// </summary>
internal sealed partial class WordDocumentBuilder
{
    private readonly List<OpenXmlElement> blocks = [];
    private readonly int?[] counters = new int?[3];
    public string HeaderText { get; init; } = "";

    /// <summary>A plain-text document as Word paragraphs: each numbered line whose number follows on gets automatic numbering.</summary>
    public static WordDocumentBuilder FromText(string text, string headerText = "")
    {
        var builder = new WordDocumentBuilder { HeaderText = headerText };
        foreach (var raw in text.Replace("\r\n", "\n").Split('\n'))
        {
            var line = raw.Trim(' ', '\u3000', '\t', '\u00A0');
            if (line.Length == 0) continue;
            builder.Line(line);
        }
        return builder;
    }

    /// <summary>A line, numbered automatically when its typed number is the one Word's counter would show.</summary>
    public WordDocumentBuilder Line(string line)
    {
        if (Marker(line) is ({ } level, { } number, { } rest) && number == (counters[level] ?? 0) + 1)
        {
            counters[level] = number;
            for (var lower = level + 1; lower < counters.Length; lower++) counters[lower] = null;
            blocks.Add(Numbered(level, rest));
        }
        else
        {
            blocks.Add(Body(line));
        }
        return this;
    }

    public WordDocumentBuilder Table(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<Cell>> rows, int repeatHeaderEvery = 0)
    {
        var table = new Table(new TableProperties(
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }),
            new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }));
        int[] widths = header.Count == 5 ? [700, 4000, 1500, 2000, 1200] : Enumerable.Repeat(9400 / header.Count, header.Count).ToArray();
        table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString() })));
        table.Append(HeaderRow(header, widths));
        for (var i = 0; i < rows.Count; i++)
        {
            // A table pasted together from pages has its header typed again in the middle.
            if (repeatHeaderEvery > 0 && i > 0 && i % repeatHeaderEvery == 0) table.Append(HeaderRow(header, widths, markRepeated: false));
            var row = new TableRow(new TableRowProperties(new CantSplit()));
            var column = 0;
            foreach (var cell in rows[i])
            {
                var props = new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Dxa, Width = widths[Math.Min(column, widths.Length - 1)].ToString() });
                if (cell.Span > 1) props.Append(new GridSpan { Val = cell.Span });
                if (cell.Merge == MergeKind.Restart) props.Append(new VerticalMerge { Val = MergedCellValues.Restart });
                if (cell.Merge == MergeKind.Continue) props.Append(new VerticalMerge());
                var tc = new TableCell(props);
                var paragraphs = cell.Merge == MergeKind.Continue ? [""] : cell.Text.Split('\n');
                foreach (var p in paragraphs) tc.Append(new Paragraph(Run(p)));
                row.Append(tc);
                column += cell.Span;
            }
            table.Append(row);
        }
        blocks.Add(table);
        blocks.Add(new Paragraph());
        return this;
    }

    public enum MergeKind { None, Restart, Continue }

    public sealed record Cell(string Text, int Span = 1, MergeKind Merge = MergeKind.None);

    private static TableRow HeaderRow(IReadOnlyList<string> header, int[] widths, bool markRepeated = true)
    {
        var row = new TableRow(new TableRowProperties(markRepeated ? [new TableHeader(), new CantSplit()] : [new CantSplit()]));
        for (var i = 0; i < header.Count; i++)
            row.Append(new TableCell(new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Dxa, Width = widths[i].ToString() }),
                new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Center }), Run(header[i], bold: true))));
        return row;
    }

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body());
            AddNumbering(main);
            var body = main.Document.Body!;
            foreach (var block in blocks) body.Append(block.CloneNode(true));

            var section = new SectionProperties(
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 2098, Bottom = 1984, Left = 1588, Right = 1474, Header = 851, Footer = 992 });
            var headerPart = main.AddNewPart<HeaderPart>();
            headerPart.Header = new Header(new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Center }), Run(HeaderText, size: 21)));
            var footerPart = main.AddNewPart<FooterPart>();
            footerPart.Footer = new Footer(new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
                Run("— ", size: 21), new SimpleField(Run("1", size: 21)) { Instruction = " PAGE " }, Run(" —", size: 21)));
            section.PrependChild(new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footerPart) });
            section.PrependChild(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(headerPart) });
            body.Append(section);
        }
        return stream.ToArray();
    }

    private static Paragraph Body(string text) => new(
        new ParagraphProperties(new Indentation { FirstLine = "640", FirstLineChars = 200 }, new Justification { Val = JustificationValues.Both }),
        Run(text));

    private static Paragraph Numbered(int level, string text) => new(
        new ParagraphProperties(
            new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = 1 }),
            new Indentation { FirstLine = "640", FirstLineChars = 200 }, new Justification { Val = JustificationValues.Both }),
        Run(text, bold: level == 0));

    internal static Run Run(string text, bool bold = false, int size = 24)
    {
        var props = new RunProperties(new RunFonts { Ascii = "WenQuanYi Micro Hei", HighAnsi = "WenQuanYi Micro Hei", EastAsia = "WenQuanYi Micro Hei" });
        if (bold) props.Append(new Bold());
        props.Append(new FontSize { Val = size.ToString() });
        return new Run(props, new DocumentFormat.OpenXml.Wordprocessing.Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    // 一、 at level 0, （一） at level 1, 1. at level 2: the outline of a Chinese official document.
    private static void AddNumbering(MainDocumentPart main)
    {
        Level Level(int index, NumberFormatValues format, string text) => new(
            new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = format }, new LevelText { Val = text },
            new LevelSuffix { Val = LevelSuffixValues.Nothing }, new LevelJustification { Val = LevelJustificationValues.Left })
        { LevelIndex = index };

        var part = main.AddNewPart<NumberingDefinitionsPart>();
        part.Numbering = new Numbering(
            new AbstractNum(
                new MultiLevelType { Val = MultiLevelValues.HybridMultilevel },
                Level(0, NumberFormatValues.ChineseCounting, "%1、"),
                Level(1, NumberFormatValues.ChineseCounting, "（%2）"),
                Level(2, NumberFormatValues.Decimal, "%3."))
            { AbstractNumberId = 1 },
            new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 1 });
    }

    private static (int? Level, int? Number, string? Remainder) Marker(string line)
    {
        if (ChineseComma().Match(line) is { Success: true } a) return (0, ChineseNumber(a.Groups[1].Value), line[a.Length..]);
        if (ChineseParen().Match(line) is { Success: true } b) return (1, ChineseNumber(b.Groups[1].Value), line[b.Length..]);
        if (ArabicDot().Match(line) is { Success: true } c) return (2, int.Parse(c.Groups[1].Value), line[c.Length..]);
        return (null, null, null);
    }

    private static int? ChineseNumber(string text)
    {
        const string digits = "〇一二三四五六七八九";
        if (text == "十") return 10;
        if (text.Length == 1) return digits.IndexOf(text[0]);
        if (text.Length == 2 && text[0] == '十') return 10 + digits.IndexOf(text[1]);
        if (text.Length == 2 && text[1] == '十') return digits.IndexOf(text[0]) * 10;
        if (text.Length == 3 && text[1] == '十') return digits.IndexOf(text[0]) * 10 + digits.IndexOf(text[2]);
        return null;
    }

    [GeneratedRegex(@"^([一二三四五六七八九十]{1,3})、")]
    private static partial Regex ChineseComma();

    [GeneratedRegex(@"^[（(]([一二三四五六七八九十]{1,3})[）)]")]
    private static partial Regex ChineseParen();

    [GeneratedRegex(@"^(\d{1,2})[.．](?!\d)")]
    private static partial Regex ArabicDot();
}
