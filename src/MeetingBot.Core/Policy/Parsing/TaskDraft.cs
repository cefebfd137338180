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

    /// <summary>The responsibility notes of the task's own paragraphs, in order.</summary>
    public List<ResponsibilityNote> Notes { get; } = [];

    public string Text => _text ??= string.Join("\n", Paragraphs.Select(p => p.Text));

    /// <summary>The text without the heading's label: what the wording of the task says.</summary>
    public string Prose => string.Join("\n", Item.Body.Select(p => p.Text).Prepend(Item.Marker.Rest));
    private string? _text;

    public PolicyTask Freeze(Func<string, string> canonical) => new(
        Item.Path, Title, Text, Item.Heading.Line,
        Lead.Select(canonical).Distinct().ToList(),
        Responsible.Select(canonical).Distinct().Where(r => !Lead.Select(canonical).Contains(r)).ToList(),
        Assignment, Targets);
}
