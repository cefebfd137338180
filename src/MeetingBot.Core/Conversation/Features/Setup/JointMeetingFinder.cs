using System.Globalization;
using MeetingBot.Core.Conversation.Cards;

namespace MeetingBot.Core.Conversation.Features.Setup;

/// <summary>
/// Finding a joint meeting among many: "联席会议列表 第2页", "查找联席会议 永年" and the choice card's search box and
/// page buttons. Each answers a page; a search that finds nothing, a page past the last and a blank search say so.
/// </summary>
internal static class JointMeetingFinder
{
    public static async Task ListAsync(ConversationTurn turn, int pageNumber, CancellationToken cancellationToken)
    {
        await turn.LoadAsync(cancellationToken);
        if (await turn.Directory.PageAsync(null, pageNumber, cancellationToken) is not { } page)
        {
            turn.Say(Replies.NoSuchJointMeetingPage(turn.Lang, pageNumber, JointMeetingSearch.Find(await turn.Directory.ListAsync(cancellationToken), null, 1)!.Pages));
            return;
        }
        turn.Say(Replies.JointMeetingList(turn.Lang, page, turn.JointMeeting?.Id, turn.From, turn.Message.Conversation.Kind));
    }

    /// <summary>"查找联席会议 永年 [第N页]": a choice card of the page asked for.</summary>
    public static Task FindTypedAsync(ConversationTurn turn, string? query, int pageNumber, CancellationToken cancellationToken)
    {
        if (query is not null) return FindAsync(turn, query, pageNumber, said: null, cancellationToken);
        turn.Say(Replies.JointMeetingSearchNeedsWords(turn.Lang));
        return Task.CompletedTask;
    }

    // A null query pages through all of them (the card's page buttons of the whole list).
    private static async Task FindAsync(ConversationTurn turn, string? query, int pageNumber, string? said, CancellationToken cancellationToken)
    {
        var all = await turn.Directory.ListAsync(cancellationToken);
        var first = JointMeetingSearch.Find(all, query, 1)!;
        if (first.Matches == 0)
        {
            if (query is null || all.Count == 0) turn.AskToChoose((await turn.Directory.PageAsync(query, 1, cancellationToken))!, said); // says there is none yet
            else turn.Say(Replies.NoJointMeetingMatches(turn.Lang, query, all.Count));
            return;
        }
        if (await turn.Directory.PageAsync(query, pageNumber, cancellationToken) is not { } page)
        {
            turn.Say(Replies.NoSuchJointMeetingPage(turn.Lang, pageNumber, first.Pages));
            return;
        }
        turn.AskToChoose(page, said);
    }

    /// <summary>The choice card's "查找" (the words in its box) or a page button (the page of the search it showed).</summary>
    public static async Task FromCardAsync(ConversationTurn turn, CancellationToken cancellationToken)
    {
        var said = CardActions.Trimmed(turn.Value, CardActions.ThenKey) is { Length: <= Replies.MaxCarriedText } carried ? carried : null;
        if (CardActions.String(turn.Value, JointMeetingSearch.PageKey) is { } pageText)
        {
            var query = CardActions.Trimmed(turn.Value, JointMeetingSearch.PagedQueryKey);
            if (!int.TryParse(pageText, NumberStyles.None, CultureInfo.InvariantCulture, out var page) || page is < 1 or > JointMeetingSearch.MaxPage
                || query is { Length: > JointMeetingSearch.MaxQueryLength })
            {
                turn.Say(Replies.BadCardData(turn.Lang));
                return;
            }
            await FindAsync(turn, query, page, said, cancellationToken);
            return;
        }
        var words = CardActions.Trimmed(turn.Value, JointMeetingSearch.QueryInput);
        if (words is null)
        {
            turn.Say(Replies.JointMeetingSearchNeedsWords(turn.Lang));
            return;
        }
        if (words.Length > JointMeetingSearch.MaxQueryLength)
        {
            turn.Say(Replies.BadCardData(turn.Lang));
            return;
        }
        await FindAsync(turn, words, 1, said, cancellationToken);
    }
}
