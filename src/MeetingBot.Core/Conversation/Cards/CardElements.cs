namespace MeetingBot.Core.Conversation.Cards;

/// <summary>One part of a card's body.</summary>
public abstract record CardElement;

public enum TextSize { Small, Normal, Large }

/// <summary>A paragraph (Markdown: bold and lists). <paramref name="Attention"/> marks a warning.</summary>
public sealed record CardText(string Text, bool Bold = false, TextSize Size = TextSize.Normal, bool Subtle = false, bool Attention = false) : CardElement;

public sealed record CardFact(string Title, string Value);

/// <summary>Label–value pairs, e.g. a meeting's time and place.</summary>
public sealed record CardFacts(IReadOnlyList<CardFact> Facts) : CardElement;

/// <summary>Elements that belong together (one task of a report), set apart from the rest by a separator.</summary>
public sealed record CardGroup(IReadOnlyList<CardElement> Items, bool Separator = false, bool Emphasis = false) : CardElement;

/// <summary>Buttons placed in the body rather than at the card's foot.</summary>
public sealed record CardButtons(IReadOnlyList<CardAction> Actions) : CardElement;

/// <summary>
/// A field the person fills in; its value comes back in the <see cref="CardSubmission"/> under <see cref="Id"/>.
/// A required input is checked by clients that can (with <see cref="Error"/> shown), and always again by the bot.
/// </summary>
public abstract record CardInput(string Id, string Label, bool Required, string? Error) : CardElement;

public sealed record CardTextInput(string Id, string Label, bool Required, string? Error,
    string? Value, string? Placeholder, bool Multiline, int? MaxLength) : CardInput(Id, Label, Required, Error);

public sealed record CardDateInput(string Id, string Label, bool Required, string? Error, DateOnly? Value) : CardInput(Id, Label, Required, Error);

public sealed record CardTimeInput(string Id, string Label, bool Required, string? Error, TimeOnly? Value) : CardInput(Id, Label, Required, Error);

public sealed record CardNumberInput(string Id, string Label, bool Required, string? Error, double? Value, double? Min, double? Max)
    : CardInput(Id, Label, Required, Error);

public sealed record CardChoice(string Title, string Value);

/// <summary>A choice of one: compact (a drop-down) or expanded (radio buttons).</summary>
public sealed record CardChoiceInput(string Id, string Label, bool Required, string? Error,
    IReadOnlyList<CardChoice> Choices, string? Value, bool Expanded) : CardInput(Id, Label, Required, Error);

public enum ButtonStyle { Default, Positive, Destructive }

/// <summary>A button.</summary>
public abstract record CardAction(string Title);

/// <summary>Sends <paramref name="Data"/> and the card's inputs back to the bot.</summary>
public sealed record CardSubmit(string Title, CardSubmission Data, ButtonStyle Style = ButtonStyle.Default) : CardAction(Title);

/// <summary>Unfolds a smaller card under the button, with inputs and buttons of its own.</summary>
public sealed record CardShowCard(string Title, IReadOnlyList<CardElement> Body, IReadOnlyList<CardAction> Actions) : CardAction(Title);
