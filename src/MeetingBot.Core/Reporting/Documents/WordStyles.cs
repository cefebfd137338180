using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace MeetingBot.Core.Reporting.Documents;

/// <summary>
/// The styles of the brief, the way a Chinese government office sets a document: body in 仿宋, title in 宋体 bold,
/// headings in 黑体, each with its East Asian font set (and Latin text in Times New Roman); headings are Word's own
/// "heading 1/2" with outline levels, so the navigation pane and a table of contents find them.
/// </summary>
internal static class WordStyles
{
    public const string Body = "仿宋";
    public const string Title = "宋体";
    public const string Heading = "黑体";
    public const string Latin = "Times New Roman";

    public const string TitleId = "Title";
    public const string Heading1Id = "Heading1";
    public const string Heading2Id = "Heading2";
    public const string TableId = "TableGrid";

    public static Styles Create() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                Fonts(Body), new FontSize { Val = "28" }, new FontSizeComplexScript { Val = "28" },
                new Languages { Val = "en-US", EastAsia = "zh-CN" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { After = "0", Line = "460", LineRule = LineSpacingRuleValues.Exact }))),
        new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
        Paragraph(TitleId, "Title", Title, "44", bold: true, outline: null, center: true),
        Paragraph(Heading1Id, "heading 1", Heading, "32", bold: false, outline: 0, center: false),
        Paragraph(Heading2Id, "heading 2", Heading, "28", bold: false, outline: 1, center: false),
        new Style(
            new StyleName { Val = "Table Grid" },
            new BasedOn { Val = "TableNormal" },
            new StyleTableProperties(new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })))
        { Type = StyleValues.Table, StyleId = TableId },
        new Style(new StyleName { Val = "Normal Table" }, new UIPriority { Val = 99 }, new SemiHidden(),
            new StyleTableProperties(new TableCellMarginDefault(
                new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa }, new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa }, new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })))
        { Type = StyleValues.Table, StyleId = "TableNormal", Default = true });

    public static RunFonts Fonts(string eastAsia) =>
        new() { Ascii = Latin, HighAnsi = Latin, ComplexScript = Latin, EastAsia = eastAsia, Hint = FontTypeHintValues.EastAsia };

    private static Style Paragraph(string id, string name, string font, string size, bool bold, int? outline, bool center)
    {
        var paragraph = new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120", Line = "360", LineRule = LineSpacingRuleValues.Auto });
        if (center) paragraph.Append(new Justification { Val = JustificationValues.Center });
        if (outline is { } level) paragraph.Append(new OutlineLevel { Val = level });
        var run = new StyleRunProperties(Fonts(font));
        if (bold) run.Append(new Bold());
        run.Append(new FontSize { Val = size }, new FontSizeComplexScript { Val = size });
        return new Style(new StyleName { Val = name }, new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" }, new PrimaryStyle(), paragraph, run)
        { Type = StyleValues.Paragraph, StyleId = id };
    }
}
