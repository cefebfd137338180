using MeetingBot.Core.Conversation.Cards;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.UseCases;

namespace MeetingBot.Core.Conversation.Features.Setup;

/// <summary>
/// Set-up: the policy documents the bot knows, creating a joint meeting from one, binding a group conversation to
/// a joint meeting (or choosing one in a 1:1 chat), and listing the deployment's joint meetings.
/// </summary>
public sealed class SetupFeature(PolicyCatalog catalog, CreateJointMeetingHandler create) : IConversationFeature
{
    /// <summary>The buttons of <see cref="Replies.ChooseJointMeeting"/>, with the chosen id in <see cref="TargetKey"/>.</summary>
    public const string UseAction = "jm.use";
    public const string BindAction = "jm.bind";
    public const string TargetKey = "target";

    private readonly JointMeetingCreation creation = new(catalog, create);

    public IEnumerable<CommandHelp> Commands =>
    [
        new(Audience.Anyone, "政策文件", "documents", "列出我知道的政策文件及其联席会议条款", "List the policy documents I know, with their joint-meeting clauses"),
        new(Audience.Anyone, "创建联席会议 002 [编号] [名称]", "create joint meeting from 002 [as <id>] [name]", "用政策文件创建联席会议，您是召集人", "Create a joint meeting from a policy document; you become its convenor"),
        new(Audience.Anyone, "联席会议列表", "joint meetings", "列出所有联席会议", "List the joint meetings"),
        new(Audience.Anyone, "使用 编号", "use <id>", "在单聊中选择联席会议", "Choose the joint meeting of this 1:1 chat"),
        new(Audience.Managers, "绑定 编号", "bind <id>", "把本群绑定到联席会议", "Bind this group conversation to a joint meeting"),
        new(Audience.Managers, "解除绑定", "unbind", "解除本群的绑定", "Unbind this group conversation"),
    ];

    public async Task<bool> TryHandleAsync(ConversationTurn turn, CancellationToken cancellationToken)
    {
        if (turn.CardAction is { } action)
        {
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
            case ListJointMeetingsCommand:
                await turn.LoadAsync(cancellationToken);
                var all = await turn.Directory.ListAsync(cancellationToken);
                turn.Say(Replies.JointMeetingList(turn.Lang, all, turn.JointMeeting?.Id, turn.From, turn.Message.Conversation.Kind));
                return true;
            default:
                return false;
        }
    }
}
