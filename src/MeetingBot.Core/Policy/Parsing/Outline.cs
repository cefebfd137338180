using MeetingBot.Core.Policy.Model;

namespace MeetingBot.Core.Policy.Parsing;

/// <summary>A numbered item found in the text, before units and targets are read from it.</summary>
internal sealed record OutlineItem(Marker Marker, IReadOnlyList<string> Path, Paragraph Heading, List<Paragraph> Body);

/// <summary>The document split into its front matter (before the first numbered item) and its numbered items.</summary>
internal sealed record Outline(List<Paragraph> Front, List<OutlineItem> Items);

/// <summary>
/// Builds the hierarchy from numbering styles: a style seen for the first time opens a level below the current
/// one, a style already open closes everything below it. A label that breaks the sequence is read as text
/// rather than inventing structure, except a repeated or slightly skipped label, which is kept with a warning.
/// </summary>
internal static class OutlineBuilder
{
    public static Outline Build(List<Paragraph> paragraphs, List<ParseWarning> warnings)
    {
        var front = new List<Paragraph>();
        var items = new List<OutlineItem>();
        var open = new List<(MarkerStyle Style, int Number, string Label)>();
        var lastAtDepth = new Dictionary<(MarkerStyle, int), int>();

        for (var index = 0; index < paragraphs.Count; index++)
        {
            var paragraph = paragraphs[index];
            if (items.Count > 0 && ClosingMatter.StartsAt(paragraphs, index))
            {
                // An attachment (附件：重点任务分工表) often holds a task table; say plainly that it was not read.
                if (paragraph.Text.StartsWith("附件", StringComparison.Ordinal) && index + 2 < paragraphs.Count)
                    warnings.Add(new ParseWarning(paragraph.Line, $"the attachment from line {paragraph.Line} on ({paragraphs.Count - index} paragraphs) was not read as tasks"));
                break;
            }

            // 【重点任务】 / 【保障措施】: an unnumbered section heading; numbering may start again after it.
            if (Numbering.IsSectionHeading(paragraph.Text))
            {
                open.Clear();
                lastAtDepth.Clear();
                if (items.Count == 0) front.Add(paragraph);
                continue;
            }

            var marker = Numbering.TryRead(paragraph.Text);
            var depth = marker is null ? -1 : Place(marker, open, lastAtDepth, items.Count == 0, paragraph.Line, warnings);
            if (depth < 0)
            {
                if (items.Count == 0) front.Add(paragraph); else items[^1].Body.Add(paragraph);
                continue;
            }

            open.RemoveRange(depth, open.Count - depth);
            open.Add((marker!.Style, marker.Number, marker.Label));
            lastAtDepth[(marker.Style, depth)] = marker.Number;
            items.Add(new OutlineItem(marker, open.Select(o => o.Label).ToArray(), paragraph, []));
        }
        return new Outline(front, items);
    }

    // The depth this marker takes, or -1 when it does not continue the numbering and is read as text.
    private static int Place(Marker marker, List<(MarkerStyle Style, int Number, string Label)> open,
        Dictionary<(MarkerStyle, int), int> lastAtDepth, bool first, int line, List<ParseWarning> warnings)
    {
        if (marker.Rest.Length == 0 && marker.Style is not (MarkerStyle.ChineseComma or MarkerStyle.Article)) return -1;
        if (first) return 0;

        var depth = open.FindIndex(o => o.Style == marker.Style);
        if (depth >= 0)
        {
            var previous = open[depth].Number;
            if (marker.Number == previous + 1) return depth;
            if (marker.Number == previous)
            {
                warnings.Add(new ParseWarning(line, $"label {marker.Label} repeats the previous item's label (expected {Expected(marker, previous + 1)}); kept as written"));
                return depth;
            }
            if (marker.Number > previous + 1 && marker.Number <= previous + 3)
            {
                warnings.Add(new ParseWarning(line, $"label {marker.Label} skips from {open[depth].Label}; kept as written"));
                return depth;
            }
            return -1;
        }

        // A new level: it starts at 1, or continues the numbering its style had at this depth (Shanxi's (二) under 二、).
        var newDepth = open.Count;
        lastAtDepth.TryGetValue((marker.Style, newDepth), out var last);
        return marker.Number == 1 || marker.Number == last + 1 ? newDepth : -1;
    }

    private static string Expected(Marker marker, int number) =>
        marker.Style is MarkerStyle.ChineseComma or MarkerStyle.ChineseParen
            ? MeetingBot.Core.Text.ChineseNumerals.Format(number)
            : number.ToString();
}
