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

    public IEnumerable<CommandHelp> Commands =>
    [
        new(Audience.Anyone, "成员单位", "member units", "列出成员单位和联络员（“成员单位 2”看下一页）", "List the member units and their contacts (\"member units page 2\" for more)"),
        new(Audience.Anyone, "我是区财政局联络员", "I am the contact for 区财政局", "申请成为本单位的联络员，经批准后生效", "Ask to be your unit's contact; it takes effect once approved"),
        new(Audience.Anyone, "我想列席", "join as observer", "申请列席（只读）", "Ask to follow along as an observer (read only)"),
        new(Audience.Managers, "待批准", "pending", "列出待批准的申请，可直接批准或拒绝", "List the requests waiting, with buttons to decide"),
        new(Audience.Managers, "批准 张三 / 拒绝 张三", "approve 张三 / reject 张三", "批准或拒绝加入申请", "Approve or reject a request to join"),
        new(Audience.Managers, "添加成员单位 区审计局", "add unit 区审计局", "添加成员单位", "Add a member unit"),
        new(Audience.Managers, "移除成员单位 区审计局", "remove unit 区审计局", "移除成员单位及其联络员（需确认）", "Remove a member unit and its contacts (asks to confirm)"),
        new(Audience.Managers, "指定 张三 为办公室 / 区财政局联络员 / 列席", "make 张三 secretariat / contact for 区财政局 / observer", "给已申请或已加入的人指定角色", "Give a role to someone who has asked to join or is a member"),
        new(Audience.Members, "退出", "leave", "退出联席会议（或撤回申请）", "Leave the joint meeting (or withdraw your request)"),
    ];

    public async Task<bool> TryHandleAsync(ConversationTurn turn, CancellationToken cancellationToken)
    {
        if (turn.CardAction is { } action)
        {
            switch (action)
            {
                case MembershipActions.Approve or MembershipActions.Reject:
                    await requests.DecidePressedAsync(turn, action == MembershipActions.Approve, cancellationToken);
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
