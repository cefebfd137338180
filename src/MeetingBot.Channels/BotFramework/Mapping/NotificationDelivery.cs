using MeetingBot.Channels.BotFramework.Connector;
using MeetingBot.Channels.BotFramework.Http;
using MeetingBot.Channels.BotFramework.Proactive;
using MeetingBot.Channels.BotFramework.Schema;
using MeetingBot.Channels.BotFramework.Turns;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Messaging;
using Microsoft.Extensions.Logging;

namespace MeetingBot.Channels.BotFramework.Mapping;

/// <summary>
/// Takes each notification of a turn to its person's 1:1 chat with the bot: the stored personal conversation
/// with them, or else one opened in Teams through the turn's conversation (same tenant and serviceUrl). A
/// notification that cannot be delivered is recorded as undelivered: by <see cref="MessageSender"/> when the
/// Connector refuses it, here when there is no way to reach the person at all.
/// </summary>
public sealed class NotificationDelivery(
    ProactiveMessenger messenger,
    ConversationReferences conversations,
    KnownPeople people,
    OutgoingActivities outgoing,
    IUndeliveredMessageLog undelivered,
    TimeProvider time,
    ILogger<NotificationDelivery> log)
{
    public const string TeamsChannel = "msteams";

    /// <summary>Delivers the notifications one after the other; returns the people that could not be reached.</summary>
    public async Task<IReadOnlyList<ChatAccount>> DeliverAsync(ConversationReference via, IReadOnlyList<Notification> notifications, CancellationToken cancellationToken)
    {
        var unreached = new List<ChatAccount>();
        foreach (var notification in notifications)
        {
            if (!await DeliverAsync(via, notification, cancellationToken) && !unreached.Any(p => p.SameAs(notification.To)))
                unreached.Add(notification.To);
        }
        return unreached;
    }

    private async Task<bool> DeliverAsync(ConversationReference via, Notification notification, CancellationToken cancellationToken)
    {
        var to = notification.To;
        var activity = outgoing.From(notification.Message);
        if (!string.Equals(to.Channel, via.ChannelId, StringComparison.OrdinalIgnoreCase))
            return await UnreachableAsync(via, to, activity, $"{to.Key} is not on {via.ChannelId}", cancellationToken);

        var target = conversations.FindPersonal(via.ChannelId, to.AccountId)?.Reference;
        if (target is null)
        {
            // Only Teams lets a bot open a 1:1 (it needs the tenant); elsewhere the person must have written first.
            if (via.ChannelId != TeamsChannel || via.TenantId is null)
                return await UnreachableAsync(via, to, activity, $"no 1:1 conversation with {to.Key} is known", cancellationToken);
            var member = people.Find(via.ChannelId, to.AccountId)
                ?? new ChatParty(to.AccountId, to.DisplayName, Guid.TryParse(to.AccountId, out _) ? to.AccountId : null);
            try
            {
                target = await messenger.OpenPersonalConversationAsync(via, member, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // Typically 403: the app is not installed for that person, or they blocked it.
                return await UnreachableAsync(via, to, activity, $"could not open a 1:1 conversation: {e.Message}", cancellationToken,
                    "create-conversation", e is ConnectorException c ? c.Attempts : 1, member);
            }
        }

        var result = await messenger.SendAsync(target, activity, cancellationToken);
        return result.Delivered;
    }

    private async Task<bool> UnreachableAsync(ConversationReference via, ChatAccount to, Activity activity, string reason,
        CancellationToken cancellationToken, string operation = "notify", int attempts = 0, ChatParty? member = null)
    {
        var intended = new ConversationReference(via.ChannelId, "", via.ServiceUrl, via.Bot,
            member ?? new ChatParty(to.AccountId, to.DisplayName), via.TenantId, "personal");
        Log.NotNotified(log, to.Key, reason);
        try
        {
            await undelivered.RecordAsync(new UndeliveredMessage(Guid.NewGuid().ToString("N"), intended, operation,
                BotJson.Serialize(activity), reason, attempts, time.GetUtcNow()), CancellationToken.None);
        }
        catch (Exception e)
        {
            Log.NotificationNotRecorded(log, to.Key, e);
        }
        return false;
    }
}
