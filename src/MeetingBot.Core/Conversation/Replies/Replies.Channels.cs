namespace MeetingBot.Core.Conversation;

/// <summary>The words said around the conversation's answers, whatever the channel: failures, people not reached, files, greetings.</summary>
public static partial class Replies
{
    public static string Greeting(Lang lang) => lang.Pick(
        "您好，我是联席会议助手。",
        "Hello, I am MeetingBot, the joint meeting assistant.");

    /// <summary>The answer when handling a message failed unexpectedly: nothing is said about why (the log says it).</summary>
    public static string TurnFailed(Lang lang) => lang.Pick(
        "抱歉，处理您的消息时出错了。请再试一次；如果一直出错，请告知联席会议办公室。",
        "Sorry, something went wrong while handling your message. Please try again; if it keeps happening, tell the secretariat.");

    /// <summary>A turn that outran the channel's wait: its answer follows.</summary>
    public static string StillWorking(Lang lang) => lang.Pick(
        "正在处理，结果稍后发到本会话。",
        "Still working on it; the answer will follow in this conversation.");

    /// <summary>The one line after a turn whose notifications did not reach everyone.</summary>
    public static string NotReached(Lang lang, IEnumerable<string> names)
    {
        var list = names.ToList();
        var shown = string.Join(lang.Pick("、", ", "), list.Take(10));
        if (list.Count > 10) shown += lang.Pick($" 等 {list.Count} 人", $" and {list.Count - 10} more");
        return lang.Pick(
            $"未能通知：{shown}（他们还没有与本机器人的单聊，或没有安装、已屏蔽本应用）。已记入投递失败记录；请他们打开与本机器人的单聊后再试。",
            $"Could not notify: {shown} (they have no chat with the bot yet, or the app is not installed or blocked). This is recorded in the undelivered log; ask them to open a chat with the bot, then try again.");
    }

    public static string Download(Lang lang, string name) => lang.Pick($"下载 {name}", $"Download {name}");

    /// <summary>A Markdown line with a file's link; the name is kept from closing the link text early.</summary>
    public static string FileLine(Lang lang, string name, Uri link)
    {
        var safe = name.Replace("[", "\\[").Replace("]", "\\]");
        return lang.Pick($"附件：[{safe}]({link.AbsoluteUri})", $"Attachment: [{safe}]({link.AbsoluteUri})");
    }

    // Who one can be in the local web chat, as its persona picker lists them.
    public static string PersonaConvenor(Lang lang) => lang.Pick("召集人", "Convenor");

    public static string PersonaUnitContact(Lang lang, string unitName) => lang.Pick($"{unitName}联络员", $"Contact of {unitName}");

    public static string PersonaBystander(Lang lang) => lang.Pick("旁观者（非成员）", "Bystander");

    /// <summary>What a browser shows for a file link that is forged or past its time.</summary>
    public static string FileLinkInvalid(Lang lang) => lang.Pick(
        "链接无效或已过期，请让机器人重新发送。",
        "This link is not valid or has expired. Ask the bot to send it again.");

    public static string FileTooLarge(Lang lang, string name) => lang.Pick(
        $"附件 {name} 太大，无法通过链接提供。",
        $"The attachment {name} is too large to offer as a link.");
}
