using System.Text;
using MeetingBot.Core.Domain.JointMeetings;

namespace MeetingBot.Core.Conversation.Features.Help;

/// <summary>"帮助" / "help": what this person may do here, by their role in the joint meeting this conversation is about.</summary>
public sealed class HelpFeature(Func<IReadOnlyList<IConversationFeature>> features) : IConversationFeature
{
    public IEnumerable<CommandHelp> Commands => Replies.HelpCommands;

    public async Task<bool> TryHandleAsync(ConversationTurn turn, CancellationToken cancellationToken)
    {
        if (turn.CardAction is not null || !IsHelp(turn.Text)) return false;
        await turn.LoadAsync(cancellationToken);
        // No joint meeting known here: how to find one among the deployment's (a count, never the whole list).
        var finding = turn.JointMeeting is null && (await turn.Directory.ListAsync(cancellationToken)).Count is var total && total != 1
            ? Replies.HelpFindJointMeeting(turn.Lang, total, turn.Message.Conversation.Kind)
            : null;
        turn.Say(ExampleDates.AsOf(Render(turn, finding), turn.Today));
        return true;
    }

    public static bool IsHelp(string text)
    {
        var t = text.Trim().TrimEnd('?', '？', '!', '！', '。', '.').Trim();
        return t.Length == 0 || t is "帮助" or "菜单" or "我能做什么" or "能做什么"
            || t.Equals("help", StringComparison.OrdinalIgnoreCase) || t.Equals("menu", StringComparison.OrdinalIgnoreCase)
            || t.Equals("what can you do", StringComparison.OrdinalIgnoreCase) || text.Trim() is "?" or "？";
    }

    private string Render(ConversationTurn turn, string? finding)
    {
        var lang = turn.Lang;
        var me = turn.Me;
        var jm = turn.JointMeeting;
        var text = new StringBuilder();
        text.Append(Replies.HelpJointMeeting(lang, jm));
        text.Append(' ').Append(WhoYouAre(turn, me, jm)).Append('\n');
        if (finding is not null) text.Append(finding).Append('\n');

        foreach (var command in features().SelectMany(f => f.Commands).Where(c => MayUse(me, c.Audience)))
            text.Append('\n').Append(Replies.HelpLine(lang, command));
        return text.ToString();
    }

    private static string WhoYouAre(ConversationTurn turn, Participant me, JointMeeting? jm)
    {
        var lang = turn.Lang;
        if (jm is null || me.Role is null)
        {
            var pending = jm?.FindContact(turn.From) is { Status: ContactStatus.Pending };
            return pending ? Replies.HelpRequestPending(lang) : Replies.HelpNotAMember(lang);
        }
        var role = Replies.RoleName(lang, me.Role.Value.ToString());
        return Replies.HelpYourRole(lang, role, me.UnitId is { } unit ? Replies.UnitName(jm, unit) : null);
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
