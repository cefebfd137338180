using System.Text;
using MeetingBot.Core.Domain.JointMeetings;

namespace MeetingBot.Core.Conversation.Features.Help;

/// <summary>"帮助" / "help": what this person may do here, by their role in the joint meeting this conversation is about.</summary>
public sealed class HelpFeature(Func<IReadOnlyList<IConversationFeature>> features) : IConversationFeature
{
    public IEnumerable<CommandHelp> Commands =>
    [
        new(Audience.Anyone, "帮助", "help", "列出您在这里能做的事", "List what you can do here"),
    ];

    public async Task<bool> TryHandleAsync(ConversationTurn turn, CancellationToken cancellationToken)
    {
        if (turn.CardAction is not null || !IsHelp(turn.Text)) return false;
        await turn.LoadAsync(cancellationToken);
        turn.Say(Render(turn));
        return true;
    }

    public static bool IsHelp(string text)
    {
        var t = text.Trim().TrimEnd('?', '？', '!', '！', '。', '.').Trim();
        return t.Length == 0 || t is "帮助" or "菜单" or "我能做什么" or "能做什么"
            || t.Equals("help", StringComparison.OrdinalIgnoreCase) || t.Equals("menu", StringComparison.OrdinalIgnoreCase)
            || t.Equals("what can you do", StringComparison.OrdinalIgnoreCase) || text.Trim() is "?" or "？";
    }

    private string Render(ConversationTurn turn)
    {
        var lang = turn.Lang;
        var me = turn.Me;
        var jm = turn.JointMeeting;
        var text = new StringBuilder();
        text.Append(jm is null
            ? lang.Pick("这里还没有确定联席会议。", "No joint meeting is chosen here yet.")
            : lang.Pick($"联席会议：**{jm.Name}**（{jm.Id}）。", $"Joint meeting: **{jm.Name}** ({jm.Id})."));
        text.Append(' ').Append(WhoYouAre(turn, me, jm)).Append('\n');

        foreach (var command in features().SelectMany(f => f.Commands).Where(c => MayUse(me, c.Audience)))
            text.Append(lang == Lang.En
                ? $"\n- **{command.UsageEn}**: {command.DescriptionEn}"
                : $"\n- **{command.UsageZh}**：{command.DescriptionZh}");
        return text.ToString();
    }

    private static string WhoYouAre(ConversationTurn turn, Participant me, JointMeeting? jm)
    {
        var lang = turn.Lang;
        if (jm is null || me.Role is null)
        {
            var pending = jm?.FindContact(turn.From) is { Status: ContactStatus.Pending };
            return pending
                ? lang.Pick("您的加入申请正在等待批准。", "Your request to join is waiting for approval.")
                : lang.Pick("您还不是成员：可以提问，也可以申请成为本单位联络员。", "You are not a member: you can ask questions, and ask to join as your unit's contact.");
        }
        var role = Replies.RoleName(lang, me.Role.Value.ToString());
        return me.UnitId is { } unit
            ? lang.Pick($"您是{Replies.UnitName(jm, unit)}的{role}。", $"You are the {role} of {Replies.UnitName(jm, unit)}.")
            : lang.Pick($"您是{role}。", $"You are the {role}.");
    }

    private static bool MayUse(Participant me, Audience audience) => audience switch
    {
        Audience.Anyone => true,
        Audience.Members => me.IsMember,
        Audience.UnitContacts => me.Role == ContactRole.UnitContact || me.Account.IsSystem,
        Audience.Managers => me.IsManager,
        _ => false,
    };
}
