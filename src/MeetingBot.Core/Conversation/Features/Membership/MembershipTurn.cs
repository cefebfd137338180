using MeetingBot.Core.Conversation.Cards;
using MeetingBot.Core.Domain.JointMeetings;

namespace MeetingBot.Core.Conversation.Features.Membership;

/// <summary>What every membership step needs of the turn: the joint meeting (or the choice of one), a change to it, a card's fields.</summary>
internal static class MembershipTurn
{
    /// <summary>The joint meeting of the turn; null (having asked the person to choose, or said a card's is gone) when there is none.</summary>
    public static async Task<JointMeeting?> JointMeetingAsync(this ConversationTurn turn, CancellationToken cancellationToken)
    {
        if (await turn.LoadAsync(cancellationToken)) return turn.JointMeeting;
        await turn.AskToChooseAsync(cancellationToken);
        return null;
    }

    /// <summary>Changes the joint meeting's own record (its rules refuse what is not allowed) and saves it.</summary>
    public static Task<T> ChangeJointMeetingAsync<T>(this ConversationTurn turn, Func<JointMeeting, T> change, CancellationToken cancellationToken) =>
        turn.ChangeAsync((snapshot, changes) =>
        {
            var result = change(snapshot.JointMeeting.Value);
            changes.Update(snapshot.JointMeeting);
            return result;
        }, cancellationToken);

    /// <summary>A card's field, or null when absent; <paramref name="bad"/> when it is longer than anything the bot sends.</summary>
    public static string? CardField(this ConversationTurn turn, string key, out bool bad)
    {
        var value = CardActions.Trimmed(turn.Value, key);
        bad = value is { Length: > MembershipActions.MaxFieldLength };
        return bad ? null : value;
    }
}
