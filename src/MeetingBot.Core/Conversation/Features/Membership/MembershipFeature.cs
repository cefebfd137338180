namespace MeetingBot.Core.Conversation.Features.Membership;

/// <summary>
/// Membership: member units and their contacts, asking to join (anyone) and the managers' approval, roles, and
/// leaving. Every change goes through the joint meeting's rules; cards carry what they are about and are checked
/// again when pressed.
/// </summary>
public sealed class MembershipFeature(PolicyCatalog catalog) : IConversationFeature
{
    private readonly UnitsManagement units = new(catalog);
    private readonly JoinRequests requests = new(catalog);
    private readonly Roles roles = new(catalog);

    public IEnumerable<CommandHelp> Commands => Replies.MembershipCommands;

    public async Task<bool> TryHandleAsync(ConversationTurn turn, CancellationToken cancellationToken)
    {
        if (turn.CardAction is { } action)
        {
            switch (action)
            {
                case MembershipActions.Approve or MembershipActions.Reject:
                    await requests.DecidePressedAsync(turn, action == MembershipActions.Approve, cancellationToken);
                    return true;
                case MembershipActions.ShowPending:
                    await requests.PendingAsync(turn, cancellationToken);
                    return true;
                case MembershipActions.RemoveUnit or MembershipActions.KeepUnit or MembershipActions.UndoAddUnit:
                    await units.PressedAsync(turn, action, cancellationToken);
                    return true;
                default:
                    return false;
            }
        }

        switch (MembershipCommands.Parse(turn.Text))
        {
            case ListUnitsCommand list:
                await units.ListAsync(turn, list.Page, cancellationToken);
                return true;
            case AddUnitCommand add:
                await units.AddAsync(turn, add.Name, cancellationToken);
                return true;
            case RemoveUnitCommand remove:
                await units.RemoveAsync(turn, remove.Name, remove.Confirmed, cancellationToken);
                return true;
            case JoinCommand join:
                await requests.JoinAsync(turn, join, cancellationToken);
                return true;
            case PendingCommand:
                await requests.PendingAsync(turn, cancellationToken);
                return true;
            case DecideCommand decide:
                await requests.DecideTypedAsync(turn, decide, cancellationToken);
                return true;
            case AssignRoleCommand assign:
                await roles.AssignAsync(turn, assign, cancellationToken);
                return true;
            case LeaveCommand leave:
                await roles.LeaveAsync(turn, leave.Confirmed, cancellationToken);
                return true;
            default:
                return false;
        }
    }
}
