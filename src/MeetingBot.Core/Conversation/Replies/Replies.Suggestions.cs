using MeetingBot.Core.Domain.JointMeetings;

namespace MeetingBot.Core.Conversation;

/// <summary>Example messages offered as buttons (the web chat's "试试这样说"): only what a person in that role may do.</summary>
public static partial class Replies
{
    /// <summary>What to try saying as the convenor or secretariat, a unit contact, an observer, or someone with no role (null).</summary>
    public static IReadOnlyList<string> ExamplesFor(Lang lang, ContactRole? role) => role switch
    {
        ContactRole.Convenor or ContactRole.Secretariat => lang == Lang.En
            ? ["help", "schedule meeting", "open reports", "who has not reported", "meetings"]
            : ["帮助", "安排会议", "发起报告", "谁还没交报告", "会议安排"],
        ContactRole.UnitContact => lang == Lang.En
            ? ["help", "my report", "when is the next meeting", "who has not reported", "reminder schedule"]
            : ["帮助", "我的报告", "下次会议什么时候？", "谁还没交报告", "提醒计划"],
        ContactRole.Observer => lang == Lang.En
            ? ["help", "when is the next meeting", "who has not reported", "meetings"]
            : ["帮助", "下次会议什么时候？", "谁还没交报告", "会议安排"],
        _ => lang == Lang.En
            ? ["help", "when is the next meeting", "member units", "join as observer"]
            : ["帮助", "下次会议什么时候？", "成员单位", "我想列席"],
    };
}
