using MeetingBot.Core.Conversation.Cards;
using MeetingBot.Core.Domain.JointMeetings;

namespace MeetingBot.Core.Conversation.Features.Setup;

/// <summary>
/// Which joint meeting a conversation is about: a group conversation is bound to one (by its managers), a 1:1 chat
/// chooses one. A group is bound to one joint meeting at a time, so rebinding unbinds the other first.
/// </summary>
internal static class ConversationBinding
{
    public static async Task BindAsync(ConversationTurn turn, string? target, CancellationToken cancellationToken)
    {
        var conversation = turn.Message.Conversation;
        if (conversation.Kind == ConversationKind.Personal)
        {
            if (target is null) turn.Say(Replies.BindingIsForGroups(turn.Lang));
            else await UseAsync(turn, target, cancellationToken);
            return;
        }
        if (await FindOrAskAsync(turn, target, cancellationToken) is not { } chosen) return;

        var current = await BoundHereAsync(turn, cancellationToken);
        if (current?.Id == chosen.Id)
        {
            turn.Say(Replies.AlreadyBoundHere(turn.Lang, chosen));
            return;
        }
        // Both joint meetings' managers must agree. Checked before either is changed, so that a refusal leaves the
        // binding as it was; the domain checks again on each change.
        chosen.Identify(turn.From).RequireManager("bind a conversation to this joint meeting");
        if (current is not null)
        {
            if (!current.Identify(turn.From).IsManager)
            {
                turn.Say(Replies.BoundElsewhere(turn.Lang, current));
                return;
            }
            await UnbindFromAsync(turn, current.Id, cancellationToken);
        }
        await BindToAsync(turn, chosen.Id, cancellationToken);
        turn.Say(Replies.BoundHere(turn.Lang, turn.JointMeeting!, current));
        ContinueWithWhatWasSaid(turn);
    }

    public static async Task UnbindAsync(ConversationTurn turn, CancellationToken cancellationToken)
    {
        if (turn.Message.Conversation.Kind == ConversationKind.Personal)
        {
            turn.Say(Replies.BindingIsForGroups(turn.Lang));
            return;
        }
        if (await BoundHereAsync(turn, cancellationToken) is not { } current)
        {
            turn.Say(Replies.NotBound(turn.Lang));
            return;
        }
        await UnbindFromAsync(turn, current.Id, cancellationToken);
        turn.Say(Replies.Unbound(turn.Lang, turn.JointMeeting!));
    }

    public static async Task UseAsync(ConversationTurn turn, string? target, CancellationToken cancellationToken)
    {
        if (target is not null && turn.Message.Conversation.Kind == ConversationKind.Group)
        {
            turn.Say(Replies.UseInGroup(turn.Lang, target));
            return;
        }
        if (await FindOrAskAsync(turn, target, cancellationToken) is not { } chosen) return;
        await turn.Directory.ChooseAsync(turn.From, chosen.Id, cancellationToken);
        await turn.SwitchToAsync(chosen.Id, cancellationToken);
        turn.Say(Replies.Using(turn.Lang, chosen));
        ContinueWithWhatWasSaid(turn);
    }

    // The choose card carries what the person said before they had to choose: answer it now.
    private static void ContinueWithWhatWasSaid(ConversationTurn turn)
    {
        if (CardActions.Trimmed(turn.Value, CardActions.ThenKey) is { Length: <= Replies.MaxCarriedText } said)
            turn.ContinueWith(said);
    }

    /// <summary>Binds this group to a joint meeting the turn then works on (the creator of a new one is its convenor).</summary>
    public static async Task BindToAsync(ConversationTurn turn, string jointMeetingId, CancellationToken cancellationToken)
    {
        var conversation = turn.Message.Conversation;
        await turn.SwitchToAsync(jointMeetingId, cancellationToken);
        await turn.ChangeAsync((snapshot, changes) =>
        {
            snapshot.JointMeeting.Value.BindConversation(turn.From, conversation.Channel, conversation.Id, conversation.Name, turn.Now);
            changes.Update(snapshot.JointMeeting);
        }, cancellationToken);
    }

    public static async Task UnbindFromAsync(ConversationTurn turn, string jointMeetingId, CancellationToken cancellationToken)
    {
        var conversation = turn.Message.Conversation;
        await turn.SwitchToAsync(jointMeetingId, cancellationToken);
        await turn.ChangeAsync((snapshot, changes) =>
        {
            snapshot.JointMeeting.Value.UnbindConversation(turn.From, conversation.Channel, conversation.Id, turn.Now);
            changes.Update(snapshot.JointMeeting);
        }, cancellationToken);
    }

    /// <summary>The joint meeting this group is bound to, if any.</summary>
    public static async Task<JointMeeting?> BoundHereAsync(ConversationTurn turn, CancellationToken cancellationToken)
    {
        var conversation = turn.Message.Conversation;
        return await turn.Directory.BoundToAsync(conversation.Channel, conversation.Id, cancellationToken);
    }

    // No target: the choose card. A target that is no id: the one joint meeting whose name holds its words; when
    // several do, say so and offer them; when none does, say so and offer the first page of all.
    private static async Task<JointMeeting?> FindOrAskAsync(ConversationTurn turn, string? target, CancellationToken cancellationToken)
    {
        if (target is null)
        {
            await turn.AskToChooseAsync(cancellationToken);
            return null;
        }
        var all = await turn.Directory.ListAsync(cancellationToken);
        if (all.FirstOrDefault(j => string.Equals(j.Id, target, StringComparison.OrdinalIgnoreCase)) is { } byId
            && await turn.Directory.GetAsync(byId.Id, cancellationToken) is { } found)
            return found;
        // What the person said before the card asked them to choose; never the command itself, which would ask again.
        var said = CardActions.Trimmed(turn.Value, CardActions.ThenKey) is { Length: <= Replies.MaxCarriedText } carried ? carried : null;
        var matches = (await turn.Directory.PageAsync(target, 1, cancellationToken))!;
        if (matches.Matches == 1) return matches.Items[0];
        if (matches.Matches > 1)
        {
            turn.Say(Replies.SeveralJointMeetingsMatch(turn.Lang, target, matches.Matches));
            turn.AskToChoose(matches, said);
            return null;
        }
        turn.Say(Replies.UnknownJointMeeting(turn.Lang, target));
        turn.AskToChoose((await turn.Directory.PageAsync(null, 1, cancellationToken))!, said);
        return null;
    }
}
