using MeetingBot.Core.Messaging;

namespace MeetingBot.Core.Conversation;

/// <summary>
/// What a channel does for one turn, and all it does: put a message into the conversation the person wrote in, and
/// reach a person's 1:1 chat with the bot. Each channel (Teams, the web chat, Slack) implements it in a few lines;
/// <see cref="ConversationHandler.RunAsync"/> does the rest.
/// </summary>
public interface ITurnChannel
{
    /// <summary>Sends a reply into the turn's conversation. A failure is the channel's to record; it does not throw for one.</summary>
    Task SendAsync(OutgoingMessage message, CancellationToken cancellationToken);

    /// <summary>Delivers a message to someone's 1:1 chat. Never throws for a delivery failure: the result says what happened.</summary>
    Task<NotificationResult> NotifyAsync(Notification notification, CancellationToken cancellationToken);

    /// <summary>
    /// Runs slow work after the channel has been answered (a channel that waits only seconds); false when the channel
    /// has no such queue, or it is full: the runner then does the work before returning.
    /// </summary>
    bool TryRunLater(Func<CancellationToken, Task> work);

    /// <summary>
    /// Replaces a message the bot sent earlier in the turn's conversation (<paramref name="messageId"/>, as the
    /// channel gave it in <see cref="ChatMessage.CardMessageId"/>) with <paramref name="message"/>: a used card then
    /// shows what was done and by whom, without its buttons. False when the channel cannot, or the message is gone;
    /// the reply says what happened anyway. Never throws for a refused update.
    /// </summary>
    Task<bool> UpdateAsync(string messageId, OutgoingMessage message, CancellationToken cancellationToken) => Task.FromResult(false);
}
