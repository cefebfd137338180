using MeetingBot.Core.Conversation.Cards;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.UseCases;

namespace MeetingBot.Core.Conversation.Features.Setup;

/// <summary>
/// Set-up: the policy documents the bot knows, creating a joint meeting from one, binding a group conversation to
/// a joint meeting (or choosing one in a 1:1 chat), and listing and searching the deployment's joint meetings a page at a time.
/// </summary>
public sealed class SetupFeature(PolicyCatalog catalog, CreateJointMeetingHandler create) : IConversationFeature
{
    /// <summary>The buttons of <see cref="Replies.ChooseJointMeeting"/>, with the chosen id in <see cref="TargetKey"/>.</summary>
    public const string UseAction = "jm.use";
    public const string BindAction = "jm.bind";
    public const string TargetKey = "target";

    private readonly JointMeetingCreation creation = new(catalog, create);

    public IEnumerable<CommandHelp> Commands => Replies.SetupCommands;

    public async Task<bool> TryHandleAsync(ConversationTurn turn, CancellationToken cancellationToken)
    {
        if (turn.CardAction is { } action)
        {
            if (action == JointMeetingSearch.FindAction)
            {
                await JointMeetingFinder.FromCardAsync(turn, cancellationToken);
                return true;
            }
            if (action is not (UseAction or BindAction)) return false;
            var target = CardActions.Trimmed(turn.Value, TargetKey);
            if (target is null) turn.Say(Replies.ChoiceNotGiven(turn.Lang));
            else if (target.Length > JointMeeting.MaxIdLength) turn.Say(Replies.BadCardData(turn.Lang));
            else if (action == UseAction) await ConversationBinding.UseAsync(turn, target, cancellationToken);
            else await ConversationBinding.BindAsync(turn, target, cancellationToken);
            return true;
        }

        switch (SetupCommands.Parse(turn.Text))
        {
            case ListDocumentsCommand:
                turn.Say(Replies.Documents(turn.Lang, catalog.Documents));
                return true;
            case CreateJointMeetingCommand command:
                await creation.RunAsync(turn, command, cancellationToken);
                return true;
            case BindCommand bind:
                await ConversationBinding.BindAsync(turn, bind.Target, cancellationToken);
                return true;
            case UnbindCommand:
                await ConversationBinding.UnbindAsync(turn, cancellationToken);
                return true;
            case UseCommand use:
                await ConversationBinding.UseAsync(turn, use.Target, cancellationToken);
                return true;
            case ListJointMeetingsCommand list:
                await JointMeetingFinder.ListAsync(turn, list.Page, cancellationToken);
                return true;
            case FindJointMeetingsCommand find:
                await JointMeetingFinder.FindTypedAsync(turn, find.Query, find.Page, cancellationToken);
                return true;
            default:
                return false;
        }
    }
}
