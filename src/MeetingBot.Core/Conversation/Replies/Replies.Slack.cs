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

    /// <summary>The questions App Home answers for the person, each with its heading; what is said is a typed command.</summary>
    public static IReadOnlyList<(string Heading, string Say)> SlackHomeQuestions(Lang lang) => lang == Lang.En
        ? [("My tasks", "my tasks"), ("Next meeting", "when is the next meeting"), ("Who has not reported", "who has not reported")]
        : [("我的任务", "我的任务"), ("下次会议", "下次会议什么时候？"), ("未交报告的单位", "谁还没交报告")];

    /// <summary>App Home's buttons: their labels and the command each says.</summary>
    public static IReadOnlyList<(string Label, string Say)> SlackHomeButtons(Lang lang) => lang == Lang.En
        ? [("My report", "my report"), ("Schedule a meeting", "schedule meeting"), ("Reminder schedule", "reminder schedule"), ("Help", "help")]
        : [("填写报告", "我的报告"), ("安排会议", "安排会议"), ("提醒计划", "提醒计划"), ("帮助", "帮助")];

    /// <summary>A section of App Home that could not be worked out this time.</summary>
    public static string SlackHomeUnavailable(Lang lang) => lang.Pick("暂时无法显示，请稍后再打开本页。", "Cannot be shown right now; open this page again later.");
}
