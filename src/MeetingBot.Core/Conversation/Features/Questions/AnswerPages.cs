using System.Text;
using MeetingBot.Core.Conversation.Cards;

namespace MeetingBot.Core.Conversation.Features.Questions;

/// <summary>
/// Puts one page of an answer into a message. A short answer is plain text. A long one shows a page, says how many
/// there are and how to see the next by typing ("更多", or the question with "第2页"), and comes with a card whose
/// "更多" button carries the question and the next page, so any client continues it, also after a restart.
/// </summary>
public static class AnswerPages
{
    public const string MoreAction = "questions.more";

    /// <summary>A button of an ask-back: asks the question it carries (page 1), as if typed.</summary>
    public const string AskAction = "questions.ask";
    public const string QueryKey = "q";
    public const string PageKey = "page";

    /// <summary>The message for <paramref name="page"/>, or null when the answer has no such page.</summary>
    public static OutgoingMessage? Render(Lang lang, QuestionAnswer answer, int page, string query, string? jointMeetingId, ICardBudget budget)
    {
        if (page < 1 || page > answer.Pages) return null;
        var items = answer.Items.Skip((page - 1) * answer.PageSize).Take(answer.PageSize).ToList();
        var paged = answer.Pages > 1;
        var next = page < answer.Pages ? page + 1 : (int?)null;
        var pager = paged ? Replies.QuestionsPager(lang, page, answer.Pages, answer.Items.Count) : null;

        var text = new StringBuilder(answer.Header);
        foreach (var item in items) text.Append('\n').Append(item);
        foreach (var note in answer.Notes) text.Append("\n\n").Append(note);
        if (pager is not null) text.Append("\n\n").Append(pager);
        if (next is { } n) text.Append(Replies.QuestionsHowToContinue(lang, query, n));
        if (answer.Choices.Count > 0 && ChoicesCard(lang, answer, jointMeetingId) is var choices && budget.Fits(choices))
            return new OutgoingMessage(text.ToString(), choices);
        if (next is null) return new OutgoingMessage(text.ToString());

        // Pages are sized to fit; should one not, the text alone still says how to go on.
        var card = PageCard(lang, answer, items, pager!, query, next.Value, jointMeetingId);
        return budget.Fits(card)
            ? new OutgoingMessage(text.ToString(), card)
            : new OutgoingMessage(text.ToString());
    }

    /// <summary>The whole answer as one text, every item and note, for a reader that does not page (the command line).</summary>
    public static string Whole(QuestionAnswer answer)
    {
        var text = new StringBuilder(answer.Header);
        foreach (var item in answer.Items) text.Append('\n').Append(item);
        foreach (var note in answer.Notes) text.Append("\n\n").Append(note);
        return text.ToString();
    }

    // The ask-back: the same text, with one button per question it may have meant.
    private static Card ChoicesCard(Lang lang, QuestionAnswer answer, string? jointMeetingId)
    {
        var body = new List<CardElement> { Card.Text(answer.Header, bold: true) };
        foreach (var item in answer.Items)
            body.Add(Card.Group(item.Split('\n').Select(line => Card.Text(line.Trim())), separator: true));
        var buttons = answer.Choices.Select(c => Card.Submit(c.Label, CardActions.Data(AskAction, jointMeetingId, lang, (QueryKey, c.Query), (PageKey, "1"))));
        return Card.Create(body, buttons, lang);
    }

    private static Card PageCard(Lang lang, QuestionAnswer answer, List<string> items, string pager, string query, int next, string? jointMeetingId)
    {
        var body = new List<CardElement> { Card.Text(answer.Header, bold: true) };
        // One TextBlock per line: a line break inside a TextBlock is not rendered alike by every client.
        foreach (var item in items)
            body.Add(Card.Group(item.Split('\n').Select(line => Card.Text(line.Trim())), separator: true));
        foreach (var note in answer.Notes) body.Add(Card.Text(note, subtle: true));
        body.Add(Card.Text(pager, subtle: true));
        var data = CardActions.Data(MoreAction, jointMeetingId, lang, (QueryKey, query), (PageKey, next.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return Card.Create(body, [Card.Submit(Replies.QuestionsMoreButton(lang), data)], lang);
    }
}
