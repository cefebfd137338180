using MeetingBot.Core.Policy.Model;

namespace MeetingBot.Core.Policy.Parsing;

/// <summary>A numbered item found in the text, before units and targets are read from it.</summary>
/// <param name="Part">The part the item belongs to (an attachment, a second document); null for the main text.</param>
/// <param name="Row">For a row of a task table: its cells, which give the units and deadline.</param>
internal sealed record OutlineItem(Marker Marker, IReadOnlyList<string> Path, Paragraph Heading, List<Paragraph> Body,
    PolicyPart? Part = null, TableRow? Row = null);

/// <summary>
/// The document split into its front matter (before the first numbered item, and each part's lines before its
/// own first item), its numbered items, and the parts after the main text (attachments, further documents).
/// </summary>
internal sealed record Outline(List<Paragraph> Front, List<OutlineItem> Items, List<PolicyPart> Parts);

/// <summary>
/// Builds the hierarchy from numbering styles: a style seen for the first time opens a level below the current
/// one, a style already open closes everything below it. A label that breaks the sequence is read as text
/// rather than inventing structure, except a repeated or slightly skipped label, which is kept with a warning.
/// The end matter (抄送, signature) closes the main text; an attachment (附件1) or a document that starts its
/// numbering again under a title of its own opens a part whose items' paths start with the part's label.
/// </summary>
internal static class OutlineBuilder
{
    private sealed class State
    {
        public List<(MarkerStyle Style, int Number, string Label)> Open { get; } = [];
        public Dictionary<(MarkerStyle, int), int> LastAtDepth { get; } = new();
        public PolicyPart? Part { get; set; }
        public int PartItems { get; set; }
        public int PartFirstItem { get; set; }

        public void Reset() { Open.Clear(); LastAtDepth.Clear(); }
    }

    public static Outline Build(List<Paragraph> paragraphs, List<ParseWarning> warnings)
    {
        var front = new List<Paragraph>();
        var items = new List<OutlineItem>();
        var parts = new List<PolicyPart>();
        var state = new State();
        var skipping = false; // in the end matter, or an attachment that is only listed
        int? unreadFrom = null;

        for (var index = 0; index < paragraphs.Count; index++)
        {
            var paragraph = paragraphs[index];
            if (AttachmentHeading.TryRead(paragraph.Text) is { } attachment)
            {
                if (AttachmentHeading.IsListing(paragraphs, index))
                {
                    skipping = true;
                    unreadFrom ??= index;
                    continue;
                }
                CloseUnreadPart(state, items, parts, warnings);
                state.Reset();
                var titleLine = attachment.Title is null && index + 1 < paragraphs.Count && !Numbering.StartsWithMarker(paragraphs[index + 1].Text)
                    && TaskTable.PipeHeader(paragraphs[index + 1].Text) is null && paragraphs[index + 1].Text.Trim() is not ("序号" or "编号")
                        ? paragraphs[++index] : null;
                state.Part = new PolicyPart(UniqueLabel(attachment.Label, parts), attachment.Title ?? titleLine?.Text, paragraph.Line);
                state.PartItems = 0;
                state.PartFirstItem = items.Count;
                parts.Add(state.Part);
                if (titleLine is not null) front.Add(titleLine);
                skipping = false;
                unreadFrom = null;
                continue;
            }
            if (skipping)
            {
                // After a notice's signature, a document set out with no 附件 heading: "一、" again under its title.
                if (Numbering.TryRead(paragraph.Text) is not { Number: 1, Rest.Length: > 0, Style: MarkerStyle.ChineseComma or MarkerStyle.Part or MarkerStyle.Chapter or MarkerStyle.Article }
                    || index == 0 || !IsTitleLine(paragraphs[index - 1].Text))
                    continue;
                skipping = false;
                unreadFrom = null;
                CloseUnreadPart(state, items, parts, warnings);
                state.Reset();
                front.Add(paragraphs[index - 1]);
                if (items.Count > 0)
                {
                    state.Part = new PolicyPart(UniqueLabel("文件" + (parts.Count(p => p.Label.StartsWith("文件")) + 2), parts), paragraphs[index - 1].Text, paragraphs[index - 1].Line);
                    state.PartFirstItem = items.Count;
                    parts.Add(state.Part);
                }
                state.PartItems = 0;
            }

            if (items.Count > 0 && ClosingMatter.StartsAt(paragraphs, index))
            {
                skipping = true;
                unreadFrom ??= paragraph.Text.StartsWith("附件", StringComparison.Ordinal) ? index : null;
                continue;
            }

            // 【重点任务】 / 【保障措施】: an unnumbered section heading; numbering may start again after it.
            if (Numbering.IsSectionHeading(paragraph.Text))
            {
                state.Reset();
                if (items.Count == 0) front.Add(paragraph);
                continue;
            }

            if (TaskTable.PipeHeader(paragraph.Text) is { } pipeColumns)
            {
                index = ReadPipeTable(paragraphs, index, pipeColumns, state, items, parts, warnings);
                continue;
            }
            if (paragraph.Text is "序号" or "编号" && TaskTable.CellHeader(paragraphs.Select(p => p.Text).ToList(), index, out var headerCells) is { } cellColumns)
            {
                index = ReadCellTable(paragraphs, index + headerCells, cellColumns, state, items, parts, warnings);
                continue;
            }

            var marker = Numbering.TryRead(paragraph.Text);
            if (marker is not null && StartsAnotherDocument(marker, state, items))
            {
                // "一、" again after "五、", under a title line of its own: a second document, not text of the first.
                var title = items[^1].Body.Count > 0 && IsTitleLine(items[^1].Body[^1].Text) ? items[^1].Body[^1] : null;
                if (title is not null) { items[^1].Body.RemoveAt(items[^1].Body.Count - 1); front.Add(title); }
                CloseUnreadPart(state, items, parts, warnings);
                state.Reset();
                state.Part = new PolicyPart(UniqueLabel("文件" + (parts.Count(p => p.Label.StartsWith("文件")) + 2), parts), title?.Text, (title ?? paragraph).Line);
                state.PartItems = 0;
                state.PartFirstItem = items.Count;
                parts.Add(state.Part);
            }
            MarkerStyle? levelStyle = null;
            var depth = marker is null ? -1 : Place(marker, state, state.PartItems == 0, paragraph.Line, warnings, out levelStyle);
            if (depth < 0)
            {
                if (items.Count == 0 || state.PartItems == 0) front.Add(paragraph); else items[^1].Body.Add(paragraph);
                continue;
            }
            Add(marker!, depth, paragraph, state, items, levelStyle: levelStyle);
        }
        CloseUnreadPart(state, items, parts, warnings);
        if (unreadFrom is { } from && from + 2 < paragraphs.Count)
            warnings.Add(new ParseWarning(paragraphs[from].Line, $"the attachment from line {paragraphs[from].Line} on ({paragraphs.Count - from} paragraphs) was not read as tasks"));
        return new Outline(front, items, parts);
    }

    private static void Add(Marker marker, int depth, Paragraph paragraph, State state, List<OutlineItem> items, TableRow? row = null, MarkerStyle? levelStyle = null)
    {
        var open = state.Open;
        var style = levelStyle ?? marker.Style;
        open.RemoveRange(depth, open.Count - depth);
        open.Add((style, marker.Number, marker.Label));
        state.LastAtDepth[(style, depth)] = marker.Number;
        var path = open.Select(o => o.Label);
        items.Add(new OutlineItem(marker, (state.Part is null ? path : path.Prepend(state.Part.Label)).ToArray(), paragraph, [], state.Part, row));
        state.PartItems++;
    }

    // An attachment whose items say nothing about units, targets or deadlines (a list of headings repeating the
    // plan's) adds nothing a reader would take from it: it is dropped, and the warning says so.
    private static void CloseUnreadPart(State state, List<OutlineItem> items, List<PolicyPart> parts, List<ParseWarning> warnings)
    {
        if (state.Part is not { } part) return;
        var own = items.Skip(state.PartFirstItem).ToList();
        if (own.Count > 0 && own.All(i => i.Row is null && !SaysAnything(i)))
        {
            items.RemoveRange(state.PartFirstItem, own.Count);
            parts.Remove(part);
            warnings.Add(new ParseWarning(part.Line, $"the attachment from line {part.Line} on ({own.Count} items) was not read as tasks: it names no units, targets or deadlines"));
        }
        state.Part = null;
    }

    private static bool SaysAnything(OutlineItem item) =>
        item.Body.Prepend(item.Heading).Any(p => p.Text.Contains('。') || p.Text.Contains('（') || p.Text.Contains('(') || p.Text.Any(char.IsAsciiDigit));

    private static bool StartsAnotherDocument(Marker marker, State state, List<OutlineItem> items) =>
        state.PartItems > 0 && marker.Number == 1 && marker.Rest.Length > 0
        && state.Open.Count > 0 && state.Open[0].Style == marker.Style && state.Open[0].Number >= 2
        && marker.Style is MarkerStyle.ChineseComma or MarkerStyle.Part or MarkerStyle.Chapter
        && items[^1].Body.Count > 0 && IsTitleLine(items[^1].Body[^1].Text);

    // "某某县农村人居环境整治工作方案": short, no sentence punctuation, and named as a kind of document.
    private static bool IsTitleLine(string text) =>
        text.Length is >= 6 and <= 60 && text.IndexOfAny(['。', '，', ',', '；', ';', '：', ':']) < 0 && DocumentKinds.Any(text.EndsWith);

    private static readonly string[] DocumentKinds =
        ["方案", "办法", "意见", "规则", "制度", "清单", "分工表", "计划", "要点", "细则", "规定", "规划", "通知", "措施", "职责"];

    private static string UniqueLabel(string label, List<PolicyPart> parts)
    {
        if (parts.All(p => p.Label != label)) return label;
        for (var n = 2; ; n++)
            if (parts.All(p => p.Label != label + "-" + n)) return label + "-" + n;
    }

    private static int ReadPipeTable(List<Paragraph> paragraphs, int index, TableColumn[] columns, State state,
        List<OutlineItem> items, List<PolicyPart> parts, List<ParseWarning> warnings)
    {
        var i = index + 1;
        for (; i < paragraphs.Count; i++)
        {
            var text = paragraphs[i].Text;
            if (AttachmentHeading.TryRead(text) is not null || ClosingMatter.IsClosingLine(text)) break;
            if (TaskTable.IsRule(text)) continue;
            var cells = TaskTable.Cells(text);
            if (cells.Length < 2) continue; // a group heading spanning the row (一、产业发展)
            var number = int.TryParse(cells[0], out var n) ? n : state.PartItems + 1;
            AddRow(columns, cells, paragraphs[i], number, state, items, parts, warnings);
        }
        return i - 1;
    }

    private static int ReadCellTable(List<Paragraph> paragraphs, int index, TableColumn[] columns, State state,
        List<OutlineItem> items, List<PolicyPart> parts, List<ParseWarning> warnings)
    {
        var i = index;
        var expected = 1;
        List<string>? cells = null;
        Paragraph? first = null;
        for (; i < paragraphs.Count; i++)
        {
            var text = paragraphs[i].Text.Trim();
            if (AttachmentHeading.TryRead(text) is not null || ClosingMatter.IsClosingLine(text)) break;
            if (text == expected.ToString())
            {
                if (cells is not null) AddRow(columns, cells, first!, expected - 1, state, items, parts, warnings);
                cells = [text];
                first = paragraphs[i];
                expected++;
                continue;
            }
            cells?.Add(text);
        }
        if (cells is not null) AddRow(columns, cells, first!, expected - 1, state, items, parts, warnings);
        return i - 1;
    }

    private static void AddRow(TableColumn[] columns, IReadOnlyList<string> cells, Paragraph at, int number, State state,
        List<OutlineItem> items, List<PolicyPart> parts, List<ParseWarning> warnings)
    {
        var row = TaskTable.Row(columns, cells, at.Line, number, out var byContent);
        if (row is null) return;
        if (byContent)
            warnings.Add(new ParseWarning(at.Line, $"row {number} of the task table has {cells.Count} cells for {columns.Length} columns; its cells were read by what they hold"));
        if (state.Part is null)
        {
            // A table in the main text: its rows get a part of their own so that their numbers do not clash.
            state.Part = new PolicyPart(UniqueLabel("附表", parts), null, at.Line);
            state.PartFirstItem = items.Count;
            state.PartItems = 0;
            parts.Add(state.Part);
            state.Reset();
        }
        var label = number.ToString();
        var marker = new Marker(MarkerStyle.ArabicDot, number, label, row.Task);
        state.Open.Clear();
        Add(marker, 0, new Paragraph(at.Line, label + "．" + row.Task), state, items, row);
    }

    // The depth this marker takes, or -1 when it does not continue the numbering and is read as text.
    /// <param name="levelStyle">The style the level keeps when the label was its twin (（3） in a （一）（二） level).</param>
    private static int Place(Marker marker, State state, bool first, int line, List<ParseWarning> warnings, out MarkerStyle? levelStyle)
    {
        levelStyle = null;
        var open = state.Open;
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
        state.LastAtDepth.TryGetValue((marker.Style, newDepth), out var last);
        if (marker.Number == 1 || marker.Number == last + 1) return newDepth;

        // "（一）（二）（3）": the same level written once in Chinese and once in Arabic numerals.
        var twin = open.FindIndex(o => o.Style == Twin(marker.Style));
        if (twin < 0 || marker.Number != open[twin].Number + 1) return -1;
        levelStyle = open[twin].Style; // "（四）" after "（3）" continues the level as it was opened
        return twin;
    }

    private static MarkerStyle? Twin(MarkerStyle style) => style switch
    {
        MarkerStyle.ChineseComma => MarkerStyle.ArabicDot,
        MarkerStyle.ArabicDot => MarkerStyle.ChineseComma,
        MarkerStyle.ChineseParen => MarkerStyle.ArabicParen,
        MarkerStyle.ArabicParen => MarkerStyle.ChineseParen,
        _ => null,
    };

    private static string Expected(Marker marker, int number) =>
        marker.Style is MarkerStyle.ChineseComma or MarkerStyle.ChineseParen
            ? MeetingBot.Core.Text.ChineseNumerals.Format(number)
            : number.ToString();
}
