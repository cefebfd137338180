namespace MeetingBot.Core.Conversation.Cards;

/// <summary>
/// A card as the conversation builds it, in no channel's format: text, facts, groups, inputs with their labels and
/// validation, and buttons that submit or unfold a smaller card. Each channel renders it (Adaptive Cards 1.5 for
/// Teams and the web chat, Block Kit for Slack) and reads a pressed button back as a <see cref="CardSubmission"/>.
/// Every button can also be typed, and the message's text says how. The static methods are the vocabulary the
/// features use to build one.
/// </summary>
public sealed record Card(Lang Lang, IReadOnlyList<CardElement> Body, IReadOnlyList<CardAction> Actions)
{
    public static Card Create(IEnumerable<CardElement> body, IEnumerable<CardAction>? actions = null, Lang lang = Lang.Zh) =>
        new(lang, [.. body], [.. actions ?? []]);

    /// <summary>The card with <paramref name="element"/> first, e.g. a note that a reminder is sent late.</summary>
    public Card Prepend(CardElement element) => this with { Body = [element, .. Body] };

    /// <summary>The card with a row of buttons after its body, e.g. the links a channel adds for files.</summary>
    public Card Append(CardElement element) => this with { Body = [.. Body, element] };

    public static CardText Title(string text) => new(text, Bold: true, Size: TextSize.Large);

    public static CardText Text(string text, bool bold = false, TextSize size = TextSize.Normal, bool subtle = false, bool attention = false) =>
        new(text, bold, size, subtle, attention);

    public static CardFacts Facts(IEnumerable<(string Title, string Value)> facts) =>
        new([.. facts.Select(f => new CardFact(f.Title, f.Value))]);

    public static CardGroup Group(IEnumerable<CardElement> items, bool separator = false, bool emphasis = false) =>
        new([.. items], separator, emphasis);

    public static CardTextInput TextInput(string id, string label, string? value = null, string? placeholder = null,
        bool multiline = false, bool required = false, string? error = null, int? maxLength = null) =>
        new(id, label, required, error, value, placeholder, multiline, maxLength);

    public static CardDateInput DateInput(string id, string label, DateOnly? value = null, bool required = false, string? error = null) =>
        new(id, label, required, error, value);

    public static CardTimeInput TimeInput(string id, string label, TimeOnly? value = null, bool required = false, string? error = null) =>
        new(id, label, required, error, value);

    public static CardNumberInput NumberInput(string id, string label, double? value = null, double? min = null, double? max = null) =>
        new(id, label, false, null, value, min, max);

    /// <summary>A choice list: compact (a drop-down) or expanded (radio buttons).</summary>
    public static CardChoiceInput ChoiceInput(string id, string label, IEnumerable<(string Title, string Value)> choices,
        string? value = null, bool expanded = false, bool required = false, string? error = null) =>
        new(id, label, required, error, [.. choices.Select(c => new CardChoice(c.Title, c.Value))], value, expanded);

    /// <summary>A button that sends its data, with the card's inputs, back as a message.</summary>
    public static CardSubmit Submit(string title, CardSubmission data, ButtonStyle style = ButtonStyle.Default) => new(title, data, style);

    /// <summary>A button that unfolds a small card (e.g. a reason to fill in) with its own buttons.</summary>
    public static CardShowCard ShowCard(string title, IEnumerable<CardElement> body, IEnumerable<CardAction> actions) =>
        new(title, [.. body], [.. actions]);

    /// <summary>Buttons inside the body, beside what they are about (e.g. approve / reject per request).</summary>
    public static CardButtons Buttons(IEnumerable<CardAction> actions) => new([.. actions]);
}
