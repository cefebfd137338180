using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace MeetingBot.Core.Policy.Formats;

/// <summary>
/// Word's automatic list numbering rendered as the labels a reader sees ("一、", "（二）", "3."): the counters of
/// each list (w:num) advanced paragraph by paragraph, lower levels restarting under a higher one, start values and
/// overrides honoured, each level written in its format (chineseCounting, decimal, …) through its w:lvlText.
/// A paragraph's numbering comes from its own properties or, failing those, its style's.
/// </summary>
internal sealed class DocxNumbering(MainDocumentPart main)
{
    private readonly Numbering? numbering = main.NumberingDefinitionsPart?.Numbering;
    private readonly Styles? styles = main.StyleDefinitionsPart?.Styles;
    private readonly Dictionary<int, int?[]> counters = [];

    public string? Label(Paragraph paragraph)
    {
        if (numbering is null || Properties(paragraph) is not ({ } numId, var level) || numId == 0) return null;
        var num = numbering.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == numId);
        var abstractId = num?.AbstractNumId?.Val?.Value;
        var definition = numbering.Elements<AbstractNum>().FirstOrDefault(a => a.AbstractNumberId?.Value == abstractId);
        if (num is null || definition is null) return null;
        level = Math.Clamp(level, 0, 8);

        var levels = Enumerable.Range(0, 9).Select(i => LevelOf(num, definition, i)).ToArray();
        if (!counters.TryGetValue(numId, out var values))
        {
            values = new int?[9];
            counters[numId] = values;
        }
        values[level] = values[level] is { } n ? n + 1 : StartOf(num, levels[level], level);
        // A level restarts after any higher level appeared (or after the one its w:lvlRestart names).
        for (var lower = level + 1; lower < 9; lower++)
        {
            var restartAfter = levels[lower]?.LevelRestart?.Val?.Value;
            if (restartAfter is 0) continue;
            if (restartAfter is null || level < restartAfter) values[lower] = null;
        }

        var current = levels[level];
        var format = current?.NumberingFormat?.Val?.InnerText;
        var template = current?.LevelText?.Val?.Value;
        if (format is "bullet" or "none" || string.IsNullOrEmpty(template)) return null;
        var legal = current?.IsLegalNumberingStyle is not null;
        var label = template;
        for (var i = 0; i <= level; i++)
        {
            var value = values[i] ?? StartOf(num, levels[i], i);
            var text = NumberFormats.Format(value, legal && i < level ? "decimal" : levels[i]?.NumberingFormat?.Val?.InnerText) ?? "";
            label = label.Replace("%" + (i + 1), text, StringComparison.Ordinal);
        }
        return label;
    }

    private (int NumId, int Level)? Properties(Paragraph paragraph)
    {
        var own = paragraph.ParagraphProperties?.NumberingProperties;
        if (own?.NumberingId?.Val?.Value is { } id) return (id, own.NumberingLevelReference?.Val?.Value ?? 0);
        // A heading style may carry the numbering ("标题 1" numbered 一、).
        var styleId = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        for (var hops = 0; styleId is not null && styles is not null && hops < 10; hops++)
        {
            var style = styles.Elements<Style>().FirstOrDefault(s => s.StyleId?.Value == styleId);
            var props = style?.StyleParagraphProperties?.NumberingProperties;
            if (props?.NumberingId?.Val?.Value is { } styleNum)
                return (styleNum, own?.NumberingLevelReference?.Val?.Value ?? props.NumberingLevelReference?.Val?.Value ?? 0);
            styleId = style?.BasedOn?.Val?.Value;
        }
        return null;
    }

    private static Level? LevelOf(NumberingInstance num, AbstractNum definition, int index)
    {
        var overridden = num.Elements<LevelOverride>().FirstOrDefault(o => o.LevelIndex?.Value == index)?.Level;
        return overridden ?? definition.Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == index);
    }

    private static int StartOf(NumberingInstance num, Level? level, int index) =>
        num.Elements<LevelOverride>().FirstOrDefault(o => o.LevelIndex?.Value == index)?.StartOverrideNumberingValue?.Val?.Value
        ?? level?.StartNumberingValue?.Val?.Value
        ?? 0;
}
