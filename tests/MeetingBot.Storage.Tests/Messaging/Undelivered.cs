using System.Text.Encodings.Web;
using System.Text.Json;
using MeetingBot.Core.Messaging;

namespace MeetingBot.Storage.Tests.Messaging;

/// <summary>Undelivered messages as the channel would record them, with activities of a chosen size.</summary>
public static class Undelivered
{
    public static UndeliveredMessage Message(string id, string? conversationId = null, string? activityJson = null, DateTimeOffset? at = null) => new(
        id,
        "msteams",
        conversationId ?? Conversations.TeamsPersonal,
        "29:1user-id",
        "send",
        activityJson ?? Activity("请于6月10日前提交第二季度工作进展报告。"),
        "HTTP 403 ConversationBlockedByUser: User blocked the conversation with the bot.",
        Attempts: 4,
        at ?? Conversations.Now);

    /// <summary>A message activity as JSON; Chinese written as itself, or as \uXXXX escapes (System.Text.Json's default).</summary>
    public static string Activity(string text, bool escaped = false) => JsonSerializer.Serialize(
        new { type = "message", locale = "zh-CN", text, textFormat = "markdown" },
        new JsonSerializerOptions { Encoder = escaped ? JavaScriptEncoder.Default : JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
