using MeetingBot.Channels.BotFramework.Proactive;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Messaging;

namespace MeetingBot.Channels.BotFramework.Mapping;

/// <summary>
/// Takes each notification of a turn to its person's 1:1 chat with the bot, through the same
/// <see cref="TeamsNotificationChannel"/> as reminders, with the turn's conversation as the way to open a 1:1.
/// They go in the turn lane: a person's command is not kept waiting behind a reminder fan-out.
/// </summary>
public sealed class NotificationDelivery(TeamsNotificationChannel channel)
{
    /// <summary>Delivers the notifications one after the other; returns the people that could not be reached.</summary>
    public async Task<IReadOnlyList<ChatAccount>> DeliverAsync(ConversationReference via, IReadOnlyList<Notification> notifications, CancellationToken cancellationToken)
    {
        var unreached = new List<ChatAccount>();
        foreach (var notification in notifications)
        {
            var result = await channel.DeliverAsync(notification, via, cancellationToken);
            if (result.Outcome != NotificationOutcome.Delivered && !unreached.Any(p => p.SameAs(notification.To)))
                unreached.Add(notification.To);
        }
        return unreached;
    }
}
