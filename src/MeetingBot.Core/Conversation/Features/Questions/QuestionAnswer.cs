namespace MeetingBot.Core.Conversation.Features.Questions;

/// <summary>
/// An answer before it is paged: a header, the items (each already worded, a few lines of Markdown), and notes under
/// them. <see cref="PageSize"/> items fit one message comfortably, card included.
/// </summary>
public sealed record QuestionAnswer(string Header, IReadOnlyList<string> Items, int PageSize, IReadOnlyList<string> Notes)
{
    /// <summary>When the question was unclear: the questions it may have meant, each a button (label, question to ask).</summary>
    public IReadOnlyList<(string Label, string Query)> Choices { get; init; } = [];

    public const int DefaultPageSize = 8;

    /// <summary>An answer of one paragraph: nothing found, how to ask, who to ask.</summary>
    public static QuestionAnswer Plain(string text) => new(text, [], DefaultPageSize, []);

    public static QuestionAnswer List(string header, IReadOnlyList<string> items, int pageSize = DefaultPageSize, params string[] notes) =>
        new(header, items, pageSize, notes.Where(n => n.Length > 0).ToList());

    public int Pages => Math.Max(1, (Items.Count + PageSize - 1) / PageSize);
}
