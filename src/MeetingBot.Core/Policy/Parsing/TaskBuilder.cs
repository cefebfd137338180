using MeetingBot.Core.Policy.Model;

namespace MeetingBot.Core.Policy.Parsing;

/// <summary>Turns outline items into tasks: title, targets, and the units of the note that closes each task.</summary>
internal static class TaskBuilder
{
    public static TaskDraft Build(OutlineItem item)
    {
        var rest = item.Marker.Rest;
        var end = rest.IndexOfAny(['。', '！', '？']);
        var title = (end >= 0 ? rest[..end] : rest).TrimEnd('：', ':', ' ');
        if (title.Length == 0 && item.Body.Count > 0) title = FirstSentence(item.Body[0].Text);
        if (title.Length > 80) title = title[..79] + "…";

        var draft = new TaskDraft(item, title);
        var headingSkip = end >= 0 ? item.Heading.Text.Length - rest.Length + end + 1 : 0;
        draft.Targets.AddRange(TargetReader.Read(item.Heading, headingSkip, NoteSpans(item.Heading)));
        foreach (var paragraph in item.Body) draft.Targets.AddRange(TargetReader.Read(paragraph, 0, NoteSpans(paragraph)));
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
            var notes = task.Paragraphs.SelectMany(ResponsibilityNoteReader.Find).Select(n => n.Note).ToList();
            if (notes.Count == 0) continue;
            anyNote = true;
            task.Lead = notes.SelectMany(n => n.Lead).Distinct().ToList();
            task.Responsible = notes.SelectMany(n => n.Responsible).Distinct().Where(r => !task.Lead.Contains(r)).ToList();
            task.Assignment = notes.Any(n => n.Assignment == UnitAssignment.Explicit) ? UnitAssignment.Explicit : UnitAssignment.FirstListed;
            written.AddRange(notes.SelectMany(n => n.Written));
            foreach (var note in notes.Where(n => n.Unclosed))
                warnings.Add(new ParseWarning(note.Line, $"responsibility note of {string.Join(".", task.Item.Path)} has no closing bracket; read to the end of its paragraph"));
        }
        if (anyNote) return written;

        foreach (var task in tasks)
        {
            var leads = InferredUnitReader.Leads(task.Text);
            if (leads.Count == 0) continue;
            task.Lead = leads;
            task.Assignment = UnitAssignment.Inferred;
        }
        return written;
    }

    private static IEnumerable<(int, int)> NoteSpans(Paragraph paragraph) =>
        ResponsibilityNoteReader.Find(paragraph).Select(n => (n.Start, n.End));

    private static string FirstSentence(string text)
    {
        var end = text.IndexOfAny(['。', '！', '？']);
        return end >= 0 ? text[..end] : text;
    }
}
