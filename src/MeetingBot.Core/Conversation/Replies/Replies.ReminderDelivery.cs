using System.Text;
using MeetingBot.Core.Reminders;

namespace MeetingBot.Core.Conversation;

public static partial class Replies
{
    /// <summary>To the convenor and secretariat: a reminder did not reach these people, and why.</summary>
    public static string ReminderUndelivered(Lang lang, string reminderText, IReadOnlyList<MissedRecipient> missed)
    {
        var text = new StringBuilder(lang.Pick("⚠️ **以下提醒未能送达**，请通过其他方式联系：", "⚠️ **A reminder could not be delivered**; please reach these people another way:"));
        foreach (var person in missed)
            text.Append(lang.Pick($"\n- {person.Name}（{person.Reason}）", $"\n- {person.Name} ({person.Reason})"));
        var quoted = Shorten(reminderText.Split('\n')[0], 200);
        text.Append(lang.Pick($"\n\n提醒内容：{quoted}", $"\n\nThe reminder: {quoted}"));
        text.Append(lang.Pick("\n\n常见原因：对方尚未与机器人建立私聊，或已屏蔽机器人。", "\n\nCommon causes: the person has no 1:1 chat with the bot yet, or has blocked it."));
        return text.ToString();
    }
}
