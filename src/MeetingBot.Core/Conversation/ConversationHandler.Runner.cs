using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Messaging;
using MeetingBot.Core.Telemetry;
using Microsoft.Extensions.Logging;

namespace MeetingBot.Core.Conversation;

/// <summary>
/// The one turn runner of every channel: a channel maps what arrived to a <see cref="ChatMessage"/> and gives an
/// <see cref="ITurnChannel"/>; this runs the conversation, sends the replies, delivers the notifications (after the
/// channel has been answered, where it can wait for them), adds the one "could not reach" line, and is the one error
/// boundary: whatever fails, the person hears so in their language and the log says what, in one scope per turn.
/// </summary>
public sealed partial class ConversationHandler
{
    public async Task RunAsync(ChatMessage message, ITurnChannel channel, CancellationToken cancellationToken)
    {
        using var telemetry = MeetingBotTelemetry.StartTurn(message.Conversation.Channel);
        using var scope = log.BeginScope(new Dictionary<string, object?>
        {
            ["Channel"] = message.Conversation.Channel,
            ["ConversationId"] = message.Conversation.Id,
        });
        BotReply reply;
        try
        {
            reply = await HandleAsync(message, cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            LogTurnFailed(log, message.Conversation.Channel, message.Conversation.Id, e);
            var lang = Languages.Of(message);
            await channel.SendAsync(new OutgoingMessage(Replies.TurnFailed(lang)) { Lang = lang }, CancellationToken.None);
            return;
        }

        using var jointMeeting = log.BeginScope(new Dictionary<string, object?> { ["JointMeetingId"] = reply.JointMeetingId });
        // The used card first: its buttons go before anyone can press them again.
        if (reply.PressedCard is { } used && message.CardMessageId is { } cardMessage
            && !await channel.UpdateAsync(cardMessage, used.Message, cancellationToken))
            LogCardNotUpdated(log, message.Conversation.Channel, cardMessage);
        foreach (var sent in reply.Messages)
            await channel.SendAsync(sent, cancellationToken);
        if (reply.Notifications.Count == 0) return;

        var pending = reply.Notifications.ToList();
        // Paced sends and 1:1s to open can take longer than a channel waits: after the answer where it can.
        if (!channel.TryRunLater(ct => NotifyAsync(channel, pending, reply.Lang, ct)))
            await NotifyAsync(channel, pending, reply.Lang, cancellationToken);
    }

    private async Task NotifyAsync(ITurnChannel channel, IReadOnlyList<Notification> pending, Lang lang, CancellationToken cancellationToken)
    {
        var unreached = new List<ChatAccount>();
        foreach (var notification in pending)
        {
            var result = await channel.NotifyAsync(notification, cancellationToken);
            if (result.Outcome == NotificationOutcome.Delivered) continue;
            LogNotReached(log, notification.To.Key, result.Outcome, result.Detail);
            if (!unreached.Any(p => p.SameAs(notification.To))) unreached.Add(notification.To);
        }
        if (unreached.Count > 0)
            await channel.SendAsync(new OutgoingMessage(Replies.NotReached(lang, unreached.Select(p => p.DisplayName))) { Lang = lang }, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A turn in {Channel} conversation {ConversationId} failed; the person was told")]
    private static partial void LogTurnFailed(ILogger logger, string channel, string conversationId, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "The used card {MessageId} in {Channel} could not be updated; the answer says what was done")]
    private static partial void LogCardNotUpdated(ILogger logger, string channel, string messageId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A notification to {Account} was not delivered ({Outcome}): {Detail}")]
    private static partial void LogNotReached(ILogger logger, string account, NotificationOutcome outcome, string? detail);
}
