namespace MeetingBot.Channels.BotFramework.Turns;

/// <summary>The few words the channel layer says itself (the bot's own replies live with the conversation).</summary>
internal static class ChannelTexts
{
    public static string TurnFailed(string? locale) => IsEnglish(locale)
        ? "Sorry, something went wrong while handling your message. Please try again; if it keeps happening, tell the secretariat."
        : "抱歉，处理您的消息时出错了。请再试一次；如果一直出错，请告知秘书处。";

    public static string StillWorking(string? locale) => IsEnglish(locale)
        ? "Still working on it; the answer will follow in this conversation."
        : "正在处理，结果稍后发到本会话。";

    private static bool IsEnglish(string? locale) => locale?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true;
}
