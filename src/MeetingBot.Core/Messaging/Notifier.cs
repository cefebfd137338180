using MeetingBot.Core.Conversation;

namespace MeetingBot.Core.Messaging;

/// <summary>Delivers a notification through the channel of the person it is for.</summary>
public sealed class Notifier(IEnumerable<INotificationChannel> channels)
{
    private readonly Dictionary<string, INotificationChannel> _byChannel =
        channels.ToDictionary(c => c.Channel, StringComparer.OrdinalIgnoreCase);

    public Task<NotificationResult> DeliverAsync(Notification notification, CancellationToken cancellationToken) =>
        _byChannel.TryGetValue(notification.To.Channel, out var channel)
            ? channel.DeliverAsync(notification, cancellationToken)
            : Task.FromResult(NotificationResult.Unreachable($"no channel serves '{notification.To.Channel}' in this deployment"));
}
