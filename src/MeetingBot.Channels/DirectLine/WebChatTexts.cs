using MeetingBot.Core.Conversation;

namespace MeetingBot.Channels.DirectLine;

/// <summary>The few words the web chat adds to the conversation's replies.</summary>
public static class WebChatTexts
{
    public static string Unreachable(Lang lang, IEnumerable<string> names)
    {
        var list = names.ToList();
        var shown = string.Join(lang.Pick("、", ", "), list.Take(10));
        if (list.Count > 10) shown += lang.Pick($" 等 {list.Count} 人", $" and {list.Count - 10} more");
        return lang.Pick(
            $"未能通知：{shown}（他们现在没有打开与本机器人的聊天）。请他们打开聊天后再试。",
            $"Could not notify: {shown} (they have no chat with the bot open right now). Ask them to open one, then try again.");
    }

    public static string Failed(Lang lang) => lang.Pick(
        "抱歉，处理这条消息时出错了，请稍后再试。",
        "Sorry, something went wrong with this message. Please try again later.");
}
