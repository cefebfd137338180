using System.Text.RegularExpressions;
using MeetingBot.Core.Policy.Model;
using MeetingBot.Core.Policy.Units;

namespace MeetingBot.Core.Policy.Parsing;

/// <summary>Turns outline items into tasks: title, targets, and the units of the note that closes each task.</summary>
internal static partial class TaskBuilder
{
    public static TaskDraft Build(OutlineItem item, int? planYear)
    {
        var notesByParagraph = item.Body.Prepend(item.Heading).Select(p => (Paragraph: p, Notes: ResponsibilityNoteReader.Find(p, planYear))).ToList();

        // The label is not read for targets; the title sentence is ("1．到2025年，双师型教师占比达到60%。").
        var labelLength = item.Heading.Text.Length - item.Marker.Rest.Length;
        // A note may open the item ("（一）（牵头单位：县教育局）改善学校视觉环境。"): the title follows it.
        var leading = notesByParagraph[0].Notes.FirstOrDefault(n => n.Start <= labelLength + 1);
        var titleStart = leading.Note is null ? labelLength : leading.End + 1;
        var rest = item.Heading.Text[titleStart..].TrimStart();
        var end = rest.IndexOfAny(['。', '！', '？']);
        var title = (end >= 0 ? rest[..end] : rest).TrimEnd('：', ':', '；', ';', '，', ',', ' ', '\u3000');
        if (title.Length == 0 && item.Body.Count > 0) title = FirstSentence(item.Body[0].Text);
        if (title.Length > 80) title = title[..79] + "…";

        var draft = new TaskDraft(item, title);
        var bodyStart = end >= 0 ? item.Heading.Text.Length - rest.Length + end + 1 : 0;
        foreach (var (paragraph, notes) in notesByParagraph)
        {
            draft.Notes.AddRange(notes.Select(n => n.Note));
            var heading = paragraph == item.Heading;
            draft.Targets.AddRange(TargetReader.Read(paragraph, heading ? labelLength : 0, notes.Select(n => (n.Start, n.End)), heading ? bodyStart : 0, planYear));
        }
        if (item.Row is { } row && ResponsibilityNoteReader.FromCells(row, planYear) is { } cells)
        {
            draft.Notes.Add(cells);
            // A table row's 完成时限 is the deadline of the quantities in its task cell.
            if (cells.Due is { Deadline: not null } due)
                for (var t = 0; t < draft.Targets.Count; t++)
                    if (draft.Targets[t].Deadline is null)
                        draft.Targets[t] = draft.Targets[t] with { Deadline = due.Deadline, DeadlineText = due.DeadlineText };
        }
        if (draft.Notes.Count == 0 && UnitDuties(item) is { } duties) draft.Notes.Add(duties);
        return draft;
    }

    // A charter's 成员单位职责: "（三）区财政局：负责……" makes the unit its own item's lead.
    private static ResponsibilityNote? UnitDuties(OutlineItem item)
    {
        var m = DutiesOfUnit().Match(item.Marker.Rest);
        if (!m.Success) return null;
        var units = UnitListParser.Parse(m.Groups["unit"].Value);
        if (units.Count != 1 || !UnitNames.EndsWithUnitSuffix(units[0].Name) || UnitNames.IsGroup(units[0].Name)) return null;
        return new ResponsibilityNote([units[0].Name], [], [(units[0].Name, units[0].Written)], UnitAssignment.Explicit, item.Heading.Line, false);
    }

    /// <summary>
    /// "到2025年，实现以下目标：" closing an item dates the undated targets of the items listed under it.
    /// </summary>
    public static void DateListedTargets(List<TaskDraft> tasks, int? planYear)
    {
        for (var i = 0; i < tasks.Count; i++)
        {
            var parent = tasks[i];
            var intro = (parent.Item.Body.Count > 0 ? parent.Item.Body[^1].Text : parent.Item.Marker.Rest).TrimEnd();
            if (!intro.EndsWith('：') && !intro.EndsWith(':')) continue;
            var sentence = intro[(intro.LastIndexOfAny(['。', '！', '？']) + 1)..].TrimStart();
            var deadline = DeadlineReader.FindAll(sentence, planYear).FirstOrDefault(d => d.Index <= 2 && !d.Starts);
            if (deadline is null) continue;
            var path = parent.Item.Path;
            for (var k = i + 1; k < tasks.Count && IsUnder(tasks[k].Item.Path, path); k++)
                for (var t = 0; t < tasks[k].Targets.Count; t++)
                    if (tasks[k].Targets[t].Deadline is null)
                        tasks[k].Targets[t] = tasks[k].Targets[t] with { Deadline = deadline.Date, DeadlineText = deadline.Text };
        }
    }

    private static bool IsUnder(IReadOnlyList<string> path, IReadOnlyList<string> parent) =>
        path.Count > parent.Count && path.Take(parent.Count).SequenceEqual(parent);

    /// <summary>
    /// Gives each task the units of its own notes (a note belongs to the task whose text it closes; nothing is
    /// inherited from a parent). A document without any note gets units inferred from its wording instead.
    /// Returns the written forms of names, for aliases.
    /// </summary>
    public static List<(string Name, string Written)> AssignUnits(List<TaskDraft> tasks, List<ParseWarning> warnings)
    {
        var written = new List<(string, string)>();
        var anyNote = false;
        var standing = new List<string>();
        PolicyPart? standingPart = null;
        foreach (var task in tasks)
        {
            var notes = task.Notes;
            if (task.Item.Part != standingPart) { standing.Clear(); standingPart = task.Item.Part; } // a rule holds within its own document
            standing.AddRange(notes.SelectMany(n => n.Standing).Where(u => !standing.Contains(u)));
            if (notes.Count == 0) continue;
            anyNote = true;
            // A note that names its lead outranks a bare list of the same task: with 牵头单位 on one line and
            // 责任单位 on the next, the second list's first unit is not a second lead.
            var explicitNotes = notes.Where(n => n.Assignment == UnitAssignment.Explicit).ToList();
            task.Lead = (explicitNotes.Count > 0 ? explicitNotes : notes).SelectMany(n => n.Lead).Distinct().ToList();
            task.Responsible = notes.SelectMany(n => n.Lead.Concat(n.Responsible)).Concat(standing).Distinct().Where(r => !task.Lead.Contains(r)).ToList();
            task.Assignment = explicitNotes.Count > 0 ? UnitAssignment.Explicit : UnitAssignment.FirstListed;
            task.Targets.AddRange(notes.Select(n => n.Due).OfType<PolicyTarget>());
            written.AddRange(notes.SelectMany(n => n.Written));
            foreach (var note in notes.Where(n => n.Unclosed))
                warnings.Add(new ParseWarning(note.Line, $"responsibility note of {string.Join(".", task.Item.Path)} has no closing bracket; read to the end of its paragraph"));
        }
        if (anyNote) return written;

        foreach (var task in tasks)
        {
            var leads = InferredUnitReader.Leads(task.Prose);
            if (leads.Count == 0) continue;
            task.Lead = leads;
            task.Assignment = UnitAssignment.Inferred;
        }
        return written;
    }

    private static string FirstSentence(string text)
    {
        var end = text.IndexOfAny(['。', '！', '？']);
        return end >= 0 ? text[..end] : text;
    }

    [GeneratedRegex(@"^(?<unit>[^：:，,。；;（(]{2,30})[：:]\s*(?:负责|承担|牵头|配合|参与|做好|指导|统筹|协调|会同|组织|落实|督促|推动|推进)")]
    private static partial Regex DutiesOfUnit();
}
