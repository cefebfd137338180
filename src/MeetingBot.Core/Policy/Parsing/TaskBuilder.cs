using MeetingBot.Core.Policy.Model;

namespace MeetingBot.Core.Policy.Parsing;

/// <summary>Turns outline items into tasks: title, targets, and the units of the note that closes each task.</summary>
internal static class TaskBuilder
{
    public static TaskDraft Build(OutlineItem item, int? planYear)
    {
        var notesByParagraph = item.Body.Prepend(item.Heading).Select(p => (Paragraph: p, Notes: ResponsibilityNoteReader.Find(p))).ToList();

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
        return draft;
    }

    /// <summary>
    /// Gives each task the units of its own notes (a note belongs to the task whose text it closes; nothing is
    /// inherited from a parent). A document without any note gets units inferred from its wording instead.
    /// Returns the written forms of names, for aliases.
    /// </summary>
    public static List<(string Name, string Written)> AssignUnits(List<TaskDraft> tasks, List<ParseWarning> warnings)
    {
        var written = new List<(string, string)>();
        var anyNote = false;
        foreach (var task in tasks)
        {
            var notes = task.Notes;
            if (notes.Count == 0) continue;
            anyNote = true;
            // A note that names its lead outranks a bare list of the same task: with 牵头单位 on one line and
            // 责任单位 on the next, the second list's first unit is not a second lead.
            var explicitNotes = notes.Where(n => n.Assignment == UnitAssignment.Explicit).ToList();
            task.Lead = (explicitNotes.Count > 0 ? explicitNotes : notes).SelectMany(n => n.Lead).Distinct().ToList();
            task.Responsible = notes.SelectMany(n => n.Lead.Concat(n.Responsible)).Distinct().Where(r => !task.Lead.Contains(r)).ToList();
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
}
