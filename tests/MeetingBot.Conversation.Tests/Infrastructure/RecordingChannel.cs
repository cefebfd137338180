using MeetingBot.Core.Conversation;
using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Messaging;

namespace MeetingBot.Conversation.Tests.Infrastructure;

/// <summary>A message the channel delivered, and when (on the harness's clock).</summary>
public sealed record Delivery(DateTimeOffset At, ChatAccount To, OutgoingMessage Message);

/// <summary>
/// The harness's stand-in for Teams behind <see cref="Notifier"/>: delivers into the addressee's inbox and records
/// it; a person the harness does not know cannot be reached (no 1:1 chat with the bot). <see cref="Fault"/> makes
/// it fail or throw, as a real channel's outage or a crash mid-send would.
/// </summary>
public sealed class RecordingChannel(ChatHarness chat, string channel) : INotificationChannel
{
    private readonly Lock gate = new();
    private readonly List<Delivery> delivered = [];
    private readonly List<Delivery> attempts = [];

    public string Channel => channel;

    /// <summary>A failure for a notification (or null to deliver it); it may also throw.</summary>
    public Func<Notification, NotificationResult?>? Fault { get; set; }

    /// <summary>What reached someone, in the order it was delivered.</summary>
    public IReadOnlyList<Delivery> Delivered { get { lock (gate) return [.. delivered]; } }

    /// <summary>Every call, delivered or not.</summary>
    public IReadOnlyList<Delivery> Attempts { get { lock (gate) return [.. attempts]; } }

    /// <summary>Runs before each delivery, as the time a real send takes: to move the clock or change the state meanwhile.</summary>
    public Func<Notification, Task>? WhileSending { get; set; }

    public async Task<NotificationResult> DeliverAsync(Notification notification, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (WhileSending is { } meanwhile) await meanwhile(notification);
        var at = chat.Clock.GetUtcNow();
        lock (gate) attempts.Add(new Delivery(at, notification.To, notification.Message));
        if (Fault?.Invoke(notification) is { } failure) return failure;
        if (!chat.Receive(notification))
            return NotificationResult.Unreachable("no 1:1 chat with the bot is known for this account");
        lock (gate) delivered.Add(new Delivery(at, notification.To, notification.Message));
        return NotificationResult.Delivered;
    }
}
