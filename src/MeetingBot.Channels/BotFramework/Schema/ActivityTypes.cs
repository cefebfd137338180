namespace MeetingBot.Channels.BotFramework.Schema;

/// <summary>The activity types this bot recognises; others are acknowledged and ignored (the spec asks receivers to tolerate them).</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
    public const string Invoke = "invoke";
    public const string MessageReaction = "messageReaction";
}
