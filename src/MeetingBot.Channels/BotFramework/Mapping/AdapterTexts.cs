using MeetingBot.Core.Conversation;

namespace MeetingBot.Channels.BotFramework.Mapping;

/// <summary>The few words this channel adds to the conversation's replies: a greeting, file links, who was not reached.</summary>
public static class AdapterTexts
{
    public static string Greeting(Lang lang) => lang.Pick(
        "您好，我是联席会议助手。",
        "Hello, I am MeetingBot, the joint meeting assistant.");

    public static string Unreachable(Lang lang, IEnumerable<string> names)
    {
        var list = names.ToList();
        var shown = string.Join(lang.Pick("、", ", "), list.Take(10));
        if (list.Count > 10) shown += lang.Pick($" 等 {list.Count} 人", $" and {list.Count - 10} more");
        return lang.Pick(
            $"未能通知：{shown}（还没有与我单聊过，或没有安装、已屏蔽本应用）。已记入投递失败记录；请他们在 Teams 中打开与本机器人的单聊后再试。",
            $"Could not notify: {shown} (no 1:1 chat with me yet, or the app is not installed or blocked). This is recorded in the undelivered log; ask them to open a chat with the bot in Teams, then try again.");
    }

    public static string Download(Lang lang, string name) => lang.Pick($"下载 {name}", $"Download {name}");

    /// <summary>A Markdown line with the link; the name is kept from closing the link text early.</summary>
    public static string FileLine(Lang lang, string name, Uri link) =>
        lang.Pick($"附件：[{Escape(name)}]({link.AbsoluteUri})", $"Attachment: [{Escape(name)}]({link.AbsoluteUri})");

    public static string FileTooLarge(Lang lang, string name) => lang.Pick(
        $"附件 {name} 太大，无法通过链接提供。",
        $"The attachment {name} is too large to offer as a link.");

    private static string Escape(string name) => name.Replace("[", "\\[").Replace("]", "\\]");
}
