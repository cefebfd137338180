using System.Text;
using System.Text.Json.Nodes;
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

    /// <summary>Teams' budget for a card, with room to spare for the channel's envelope.</summary>
    public const int MaxCardBytes = 26 * 1024;

    /// <summary>The message for <paramref name="page"/>, or null when the answer has no such page.</summary>
    public static OutgoingMessage? Render(Lang lang, QuestionAnswer answer, int page, string query, string? jointMeetingId)
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
        if (answer.Choices.Count > 0) return new OutgoingMessage(text.ToString(), ChoicesCard(lang, answer, jointMeetingId));
        if (next is null) return new OutgoingMessage(text.ToString());

        // Pages are sized to fit; should one not, the text alone still says how to go on.
        var card = Card(lang, answer, items, pager!, query, next.Value, jointMeetingId);
        return Encoding.UTF8.GetByteCount(card.ToJsonString()) <= MaxCardBytes
            ? new OutgoingMessage(text.ToString(), card)
            : new OutgoingMessage(text.ToString());
    }

    // The ask-back: the same text, with one button per question it may have meant.
    private static JsonObject ChoicesCard(Lang lang, QuestionAnswer answer, string? jointMeetingId)
    {
        var body = new List<JsonObject> { AdaptiveCard.Text(answer.Header, weight: "Bolder") };
        foreach (var item in answer.Items)
            body.Add(AdaptiveCard.Container(item.Split('\n').Select(line => AdaptiveCard.Text(line.Trim())), separator: true));
        var buttons = answer.Choices.Select(c => AdaptiveCard.Submit(c.Label, CardActions.Data(AskAction, jointMeetingId, lang, (QueryKey, c.Query), (PageKey, "1"))));
        return AdaptiveCard.Create(body, buttons, lang);
    }

    private static JsonObject Card(Lang lang, QuestionAnswer answer, List<string> items, string pager, string query, int next, string? jointMeetingId)
    {
        var body = new List<JsonObject> { AdaptiveCard.Text(answer.Header, weight: "Bolder") };
        // One TextBlock per line: a line break inside a TextBlock is not rendered alike by every client.
        foreach (var item in items)
            body.Add(AdaptiveCard.Container(item.Split('\n').Select(line => AdaptiveCard.Text(line.Trim())), separator: true));
        foreach (var note in answer.Notes) body.Add(AdaptiveCard.Text(note, subtle: true));
        body.Add(AdaptiveCard.Text(pager, subtle: true));
        var data = CardActions.Data(MoreAction, jointMeetingId, lang, (QueryKey, query), (PageKey, next.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return AdaptiveCard.Create(body, [AdaptiveCard.Submit(Replies.QuestionsMoreButton(lang), data)], lang);
    }
}
