using MeetingBot.Core.Domain.JointMeetings;

namespace MeetingBot.Core.Conversation;

/// <summary>The words of the Slack channel's own surfaces: modals and App Home.</summary>
public static partial class Replies
{
    /// <summary>A modal's title when its card has none (Slack allows 24 characters).</summary>
    public static string SlackModalTitle(Lang lang) => lang.Pick("联席会议助手", "MeetingBot");

    public static string SlackModalClose(Lang lang) => lang.Pick("取消", "Cancel");

    public static string SlackHomeTitle(Lang lang) => lang.Pick("联席会议助手", "MeetingBot");

    public static string SlackHomeIntro(Lang lang) => lang.Pick(
        "在与我的单聊里、在频道里 @我，或用 `/meeting` 命令，都可以说下面这些话。本页每次打开时更新。",
        "Say any of this in a DM with me, by @-mentioning me in a channel, or with the `/meeting` command. This page is updated each time you open it.");

    /// <summary>
    /// The questions App Home answers for the person, each with its heading and the typed command that answers it:
    /// what that role follows (a unit contact their tasks; members the open round; everyone the next meeting).
    /// </summary>
    public static IReadOnlyList<(string Heading, string Say)> SlackHomeQuestions(Lang lang, ContactRole? role) => (role, lang) switch
    {
        (ContactRole.UnitContact, Lang.En) => [("My tasks", "my tasks"), ("Next meeting", "when is the next meeting"), ("Who has not reported", "who has not reported")],
        (ContactRole.UnitContact, _) => [("我的任务", "我的任务"), ("下次会议", "下次会议什么时候？"), ("未交报告的单位", "谁还没交报告")],
        (not null, Lang.En) => [("Next meeting", "when is the next meeting"), ("Who has not reported", "who has not reported")],
        (not null, _) => [("下次会议", "下次会议什么时候？"), ("未交报告的单位", "谁还没交报告")],
        (null, Lang.En) => [("Next meeting", "when is the next meeting")],
        (null, _) => [("下次会议", "下次会议什么时候？")],
    };

    /// <summary>
    /// App Home's buttons, by the viewer's role in the joint meeting (null: a stranger, or a request still waiting):
    /// their labels and the command each says. Only what that person may do, as the help and the web chat's examples.
    /// </summary>
    public static IReadOnlyList<(string Label, string Say)> SlackHomeButtons(Lang lang, ContactRole? role) => (role, lang) switch
    {
        (ContactRole.Convenor or ContactRole.Secretariat, Lang.En) =>
            [("Schedule a meeting", "schedule meeting"), ("Open reports", "open reports"), ("Pending requests", "pending"), ("Brief", "brief"), ("Reminder schedule", "reminder schedule"), ("Help", "help")],
        (ContactRole.Convenor or ContactRole.Secretariat, _) =>
            [("安排会议", "安排会议"), ("发起报告", "发起报告"), ("待批准", "待批准"), ("会议简报", "会议简报"), ("提醒计划", "提醒计划"), ("帮助", "帮助")],
        (ContactRole.UnitContact, Lang.En) => [("My report", "my report"), ("Meetings", "meetings"), ("Reminder schedule", "reminder schedule"), ("Help", "help")],
        (ContactRole.UnitContact, _) => [("填写报告", "我的报告"), ("会议安排", "会议安排"), ("提醒计划", "提醒计划"), ("帮助", "帮助")],
        (ContactRole.Observer, Lang.En) => [("Meetings", "meetings"), ("Member units", "member units"), ("Help", "help")],
        (ContactRole.Observer, _) => [("会议安排", "会议安排"), ("成员单位", "成员单位"), ("帮助", "帮助")],
        (_, Lang.En) => [("Member units", "member units"), ("Join as observer", "join as observer"), ("Help", "help")],
        _ => [("成员单位", "成员单位"), ("我想列席", "我想列席"), ("帮助", "帮助")],
    };

    /// <summary>Who the viewer is, at the top of App Home: the joint meeting and their role, or that they are not a member yet.</summary>
    public static string SlackHomeWho(Lang lang, Domain.JointMeetings.JointMeeting? jointMeeting, Participant me)
    {
        var where = HelpJointMeeting(lang, jointMeeting);
        if (jointMeeting is null) return where;
        if (me.Role is not { } role)
            return where + " " + (jointMeeting.FindContact(me.Account) is { Status: ContactStatus.Pending } ? HelpRequestPending(lang) : HelpNotAMember(lang));
        return where + " " + HelpYourRole(lang, RoleName(lang, role.ToString()), me.UnitId is { } unit ? UnitName(jointMeeting, unit) : null);
    }

    /// <summary>A section of App Home that could not be worked out this time.</summary>
    public static string SlackHomeUnavailable(Lang lang) => lang.Pick("暂时无法显示，请稍后再打开本页。", "Cannot be shown right now; open this page again later.");
}
