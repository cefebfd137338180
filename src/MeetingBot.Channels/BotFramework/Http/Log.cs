using Microsoft.Extensions.Logging;

namespace MeetingBot.Channels.BotFramework.Http;

/// <summary>The channel's log lines. Tokens and message texts are never logged: only ids, types and reasons.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Warning, "Refused a call to /api/messages from {RemoteAddress}: {Reason}")]
    public static partial void Refused(ILogger logger, string? remoteAddress, string reason);

    [LoggerMessage(2, LogLevel.Information, "Bad request to /api/messages: {Reason}")]
    public static partial void BadRequest(ILogger logger, string reason);

    [LoggerMessage(3, LogLevel.Error, "Gave up sending ({Operation}) to {ChannelId} conversation {ConversationId}: {Reason}")]
    public static partial void Undelivered(ILogger logger, string operation, string channelId, string conversationId, string reason);

    [LoggerMessage(4, LogLevel.Critical, "Could not record an undelivered message for conversation {ConversationId}")]
    public static partial void UndeliveredNotRecorded(ILogger logger, string conversationId, Exception exception);

    [LoggerMessage(5, LogLevel.Error, "A {ActivityType} turn in {ChannelId} conversation {ConversationId} failed")]
    public static partial void TurnFailed(ILogger logger, string? activityType, string? channelId, string? conversationId, Exception exception);

    [LoggerMessage(6, LogLevel.Warning, "A {ActivityType} turn in conversation {ConversationId} took longer than {Budget}; answered the channel and finishing in the background")]
    public static partial void TurnOverBudget(ILogger logger, string? activityType, string? conversationId, TimeSpan budget);

    [LoggerMessage(7, LogLevel.Error, "Background work for conversation {ConversationId} failed")]
    public static partial void BackgroundFailed(ILogger logger, string? conversationId, Exception exception);

    [LoggerMessage(8, LogLevel.Error, "Could not save the conversation reference of {ChannelId} conversation {ConversationId}; will try again on its next activity")]
    public static partial void ReferenceNotSaved(ILogger logger, string channelId, string conversationId, Exception exception);

    [LoggerMessage(9, LogLevel.Error, "Could not read the OpenID metadata or keys: {Reason}")]
    public static partial void MetadataUnavailable(ILogger logger, string reason, Exception exception);

    [LoggerMessage(10, LogLevel.Warning, "Could not notify {Person}: {Reason}")]
    public static partial void NotNotified(ILogger logger, string person, string reason);

    [LoggerMessage(11, LogLevel.Critical, "Could not record an undelivered notification for {Person}")]
    public static partial void NotificationNotRecorded(ILogger logger, string person, Exception exception);
}
