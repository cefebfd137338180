using MeetingBot.Channels.Slack.Http;
using Microsoft.Extensions.Logging;

namespace MeetingBot.Channels.Slack;

internal static partial class SlackLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a Slack request to {Path}: signature {Check} (from {Remote})")]
    public static partial void Refused(ILogger logger, string path, SignatureCheck check, string? remote);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a Slack request to {Path}: {Reason}")]
    public static partial void BadPayload(ILogger logger, string path, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack event {EventId} (retry {Retry}) was already taken; acknowledged without handling it again")]
    public static partial void Duplicate(ILogger logger, string eventId, string? retry);

    [LoggerMessage(Level = LogLevel.Error, Message = "Handling Slack {Kind} {Id} failed")]
    public static partial void HandlingFailed(ILogger logger, string kind, string? id, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack {Method} to {Channel} was not delivered: {Reason}")]
    public static partial void Undelivered(ILogger logger, string method, string? channel, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not record an undelivered Slack message to {Channel}")]
    public static partial void UndeliveredNotRecorded(ILogger logger, string? channel, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack: signed in as {BotUser} in team {Team}")]
    public static partial void SignedIn(ILogger logger, string? botUser, string? team);

    [LoggerMessage(Level = LogLevel.Error, Message = "Slack auth.test failed: {Reason}; the bot cannot tell its own mentions until it succeeds")]
    public static partial void AuthFailed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack Socket Mode: {What}")]
    public static partial void Socket(ILogger logger, string what, Exception? exception = null);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack event {EventId} is a retry (retry {Retry}) of an event older than {Window}: acknowledged, not handled, since the ledger may have forgotten it")]
    public static partial void RetryTooOld(ILogger logger, string eventId, string? retry, TimeSpan window);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack: forgot {Count} inbound events last touched more than {Retention} ago")]
    public static partial void EventsExpired(ILogger logger, int count, TimeSpan retention);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack: the inbound event ledger could not be swept; the next sweep tries again")]
    public static partial void ExpiryFailed(ILogger logger, Exception exception);
}
