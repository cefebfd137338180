using System.Text;
using MeetingBot.Core.Commands;

namespace MeetingBot.Host.Bot;

/// <summary>What the interim bot says, in Chinese and English.</summary>
internal static class BotTexts
{
    public static bool IsHelp(string text) =>
        CommandCatalog.Help.Chinese.Equals(text.Trim('?', '？', ' '), StringComparison.Ordinal)
        || CommandCatalog.Help.English.Equals(text.Trim('?', ' '), StringComparison.OrdinalIgnoreCase)
        || text is "?" or "？";

    /// <summary>English when the client says so, or when the person wrote no Chinese at all.</summary>
    public static bool IsEnglish(string? locale, string text) =>
        locale?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true
        || (text.Length > 0 && !text.Any(c => c is >= '\u4e00' and <= '\u9fff'));

    public static string Help(bool english)
    {
        var text = new StringBuilder(english ? "I answer questions about the joint meeting's policy documents:\n" : "我可以回答联席会议政策文件中的问题：\n");
        foreach (var command in CommandCatalog.All)
        {
            text.Append(english ? $"- {command.English}: {command.DescriptionEn}\n" : $"- {command.Chinese}：{command.DescriptionZh}\n");
        }

        return text.ToString().TrimEnd();
    }

    public static string Welcome(bool english) => english
        ? "Hello, I am MeetingBot. Ask me who is responsible for a task, what a unit owns, or which targets fall due. Type \"help\" to see more."
        : "您好，我是联席会议助手。可以问我某项工作由谁负责、某个单位负责什么、哪些目标即将到期。输入“帮助”查看更多。";
}
