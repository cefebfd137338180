using MeetingBot.Core.Conversation;

namespace MeetingBot.Core.Messaging;

/// <summary>
/// One channel's way to reach a person's 1:1 chat with the bot outside any turn (reminders, notices). Each channel
/// (Teams, the built-in web chat, Slack) registers one; <see cref="Notifier"/> picks it by the account's channel.
/// </summary>
public interface INotificationChannel
{
    /// <summary>The channel id of the accounts it reaches, as in <see cref="Domain.Accounts.ChatAccount.Channel"/>.</summary>
    string Channel { get; }

    /// <summary>Delivers one message. Never throws for a delivery failure: the result says what happened.</summary>
    Task<NotificationResult> DeliverAsync(Notification notification, CancellationToken cancellationToken);
}

public enum NotificationOutcome
{
    Delivered,
    /// <summary>There is no way to reach the person (no 1:1 known, app not installed, blocked): retrying cannot help.</summary>
    Unreachable,
    /// <summary>The channel failed this time (throttled past its retries, an outage): a later attempt may succeed.</summary>
    Failed,
}

public sealed record NotificationResult(NotificationOutcome Outcome, string? Detail = null)
{
    public static NotificationResult Delivered { get; } = new(NotificationOutcome.Delivered);

    public static NotificationResult Unreachable(string reason) => new(NotificationOutcome.Unreachable, reason);

    public static NotificationResult Failed(string reason) => new(NotificationOutcome.Failed, reason);
}
