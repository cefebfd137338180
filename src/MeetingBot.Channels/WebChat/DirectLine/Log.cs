using Microsoft.Extensions.Logging;

namespace MeetingBot.Channels.WebChat.DirectLine;

/// <summary>The web chat's log lines. Tokens and message texts are never logged: only ids and reasons.</summary>
internal static partial class Log
{
    [LoggerMessage(101, LogLevel.Warning, "Refused a web chat call from {RemoteAddress}: {Reason}")]
    public static partial void Refused(ILogger logger, string? remoteAddress, string reason);

    [LoggerMessage(102, LogLevel.Information, "Bad web chat request: {Reason}")]
    public static partial void BadRequest(ILogger logger, string reason);

    [LoggerMessage(103, LogLevel.Error, "A web chat turn in conversation {ConversationId} failed")]
    public static partial void TurnFailed(ILogger logger, string conversationId, Exception exception);

    [LoggerMessage(104, LogLevel.Information, "Did not notify {Account}: {Reason}")]
    public static partial void NotNotified(ILogger logger, string account, string? reason);

    [LoggerMessage(105, LogLevel.Information, "Web chat persona session: {Account} as {Persona} in joint meeting {JointMeetingId} ({Change})")]
    public static partial void PersonaSession(ILogger logger, string account, string persona, string jointMeetingId, string change);
}
