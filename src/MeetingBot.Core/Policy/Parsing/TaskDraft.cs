using MeetingBot.Core.Policy.Model;

namespace MeetingBot.Core.Policy.Parsing;

/// <summary>A task while the parser fills it in; frozen into a <see cref="PolicyTask"/> at the end.</summary>
internal sealed class TaskDraft(OutlineItem item, string title)
{
    public OutlineItem Item { get; } = item;
    public string Title { get; } = title;
    public IEnumerable<Paragraph> Paragraphs => Item.Body.Prepend(Item.Heading);
    public List<string> Lead { get; set; } = [];
    public List<string> Responsible { get; set; } = [];
    public UnitAssignment Assignment { get; set; } = UnitAssignment.None;
    public List<PolicyTarget> Targets { get; } = [];

    public string Text => string.Join("\n", Paragraphs.Select(p => p.Text));

    public PolicyTask Freeze(Func<string, string> canonical) => new(
        Item.Path, Title, Text, Item.Heading.Line,
        Lead.Select(canonical).Distinct().ToList(),
        Responsible.Select(canonical).Distinct().Where(r => !Lead.Select(canonical).Contains(r)).ToList(),
        Assignment, Targets);
}
