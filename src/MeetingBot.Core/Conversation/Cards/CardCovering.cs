using System.Text.RegularExpressions;

namespace MeetingBot.Core.Conversation.Cards;

/// <summary>
/// The card a message shows, with what its text says that the card does not: Teams (and Slack) show a message that
/// is a card as the card alone, so the instructions and typed alternatives of the text would never be read. Lines
/// of the text the card already shows (its title, a fact, a paragraph) are not repeated; the others go right under
/// the card's title, in their order.
/// </summary>
public static partial class CardCovering
{
    public static Card Of(OutgoingMessage message)
    {
        var card = message.Card ?? throw new ArgumentException("The message has no card.", nameof(message));
        var shown = Shown(card.Body).Select(Normalize).Where(s => s.Length > 0).ToList();
        var missing = message.Text.Split('\n')
            .Where(line => Normalize(line) is { Length: > 0 } plain && !IsShown(plain, shown))
            .Select(line => QuoteMark().Replace(line, "").TrimEnd())
            .ToList();
        if (missing.Count == 0) return card;

        var covering = Card.Text(MarkdownLayout.EndLists(string.Join("\n", missing)));
        var at = card.Body is [CardText { Size: TextSize.Large }, ..] ? 1 : 0;
        return card with { Body = [.. card.Body.Take(at), covering, .. card.Body.Skip(at)] };
    }

    private static bool IsShown(string line, List<string> shown) =>
        shown.Any(s => s.Contains(line, StringComparison.Ordinal))
        // "**会议通知**｜永年区联席会议": a title and a subtitle on one line.
        || (Separator().Split(line) is { Length: > 1 } parts && parts.All(p => p.Length == 0 || shown.Any(s => s.Contains(p, StringComparison.Ordinal))));

    private static IEnumerable<string> Shown(IEnumerable<CardElement> elements)
    {
        foreach (var element in elements)
            switch (element)
            {
                case CardText text:
                    foreach (var line in text.Text.Split('\n')) yield return line;
                    break;
                case CardFacts facts:
                    foreach (var fact in facts.Facts)
                    {
                        yield return $"{fact.Title}：{fact.Value}";
                        yield return $"{fact.Title}: {fact.Value}";
                    }
                    break;
                case CardGroup group:
                    foreach (var line in Shown(group.Items)) yield return line;
                    break;
            }
    }

    // The words of a line, without Markdown's marks or list bullets, for comparing.
    private static string Normalize(string line) => Bullet().Replace(QuoteMark().Replace(line.Replace("**", "", StringComparison.Ordinal), ""), "").Trim();

    // Cards have no block quotes: the quote of the card an answer is about is shown as its words.
    [GeneratedRegex(@"^> ?")]
    private static partial Regex QuoteMark();

    [GeneratedRegex(@"^\s*(?:[-*•]\s+|\d+[.、]\s*)")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"\s*[｜|]\s*")]
    private static partial Regex Separator();
}
