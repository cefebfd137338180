namespace MeetingBot.Core.Conversation.Cards;

/// <summary>
/// A card as it stays in the chat once its button did what it was for: its texts and facts, each input's value as a
/// fact (what was submitted), a line saying what was done, by whom and when, and no buttons, so that pressing it
/// again is not possible where the channel can update a sent card.
/// </summary>
public static class UsedCards
{
    public static Card Spent(Card card, string done) =>
        new(card.Lang, [.. Merge(Strip(card.Body)), Card.Text(done, bold: true)], []);

    private static IEnumerable<CardElement> Strip(IEnumerable<CardElement> elements)
    {
        foreach (var element in elements)
            switch (element)
            {
                case CardButtons:
                    break;
                case CardInput input when ValueOf(input) is { } value:
                    yield return new CardFacts([new CardFact(input.Label, value)]);
                    break;
                case CardInput:
                    break;
                case CardGroup group when Merge(Strip(group.Items)).ToList() is { Count: > 0 } items:
                    yield return group with { Items = items };
                    break;
                case CardGroup:
                    break;
                default:
                    yield return element;
                    break;
            }
    }

    // Inputs in a row become one list of facts rather than one list each.
    private static IEnumerable<CardElement> Merge(IEnumerable<CardElement> elements)
    {
        CardFacts? pending = null;
        foreach (var element in elements)
        {
            if (element is CardFacts facts)
            {
                pending = pending is null ? facts : new CardFacts([.. pending.Facts, .. facts.Facts]);
                continue;
            }
            if (pending is not null) yield return pending;
            pending = null;
            yield return element;
        }
        if (pending is not null) yield return pending;
    }

    private static string? ValueOf(CardInput input) => input switch
    {
        CardTextInput { Value: { Length: > 0 } text } => text,
        CardDateInput { Value: { } date } => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        CardTimeInput { Value: { } time } => time.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        CardNumberInput { Value: { } number } => number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        CardChoiceInput { Value: { } chosen } choice => choice.Choices.FirstOrDefault(c => c.Value == chosen)?.Title ?? chosen,
        _ => null,
    };
}
