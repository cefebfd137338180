using MeetingBot.Channels.BotFramework.Auth;
using MeetingBot.Channels.BotFramework.Connector;
using MeetingBot.Channels.BotFramework.Http;
using MeetingBot.Channels.BotFramework.Proactive;
using MeetingBot.Channels.BotFramework.Rendering;
using MeetingBot.Channels.BotFramework.Schema;
using MeetingBot.Channels.BotFramework.Turns;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Messaging;
using Microsoft.Extensions.Logging;

namespace MeetingBot.Channels.Teams;

/// <summary>
/// The one way to reach a person's 1:1 chat with the bot, in a turn (a notification to someone else) or outside
/// any turn (a reminder): their stored personal conversation; else, in Teams, a 1:1 opened through the tenant and
/// serviceUrl of the turn's conversation, of the conversation where the bot met them, or of one in the deployment's
/// tenant. A person with no way to be reached, and a 1:1 that cannot be opened, are recorded as undelivered here;
/// a refused send is recorded by <see cref="MessageSender"/>.
/// Outcomes: 403 (not installed, blocked), 404 (conversation gone) and no way at all are Unreachable; 429 past the
/// retries, 5xx and timeouts are Failed, for the caller to try again later.
/// </summary>
public sealed class TeamsNotificationChannel(
    ProactiveMessenger messenger,
    ConversationReferences conversations,
    KnownPeople people,
    OutgoingActivities outgoing,
    BotFrameworkOptions options,
    IUndeliveredMessageLog undelivered,
    TimeProvider time,
    ILogger<TeamsNotificationChannel> log) : INotificationChannel
{
    public const string TeamsChannel = "msteams";

    public string Channel => TeamsChannel;

    /// <summary>Delivers outside any turn, in the proactive lane: it yields to the replies of turns.</summary>
    public async Task<NotificationResult> DeliverAsync(Notification notification, CancellationToken cancellationToken)
    {
        // Set inside this async method, the lane applies to the requests below and is undone on return.
        ConnectorLane.Current = ConnectorLane.Proactive;
        return await DeliverAsync(notification, via: null, cancellationToken);
    }

    /// <summary>Delivers a notification of the turn held in <paramref name="via"/> (null outside a turn).</summary>
    public async Task<NotificationResult> DeliverAsync(Notification notification, ConversationReference? via, CancellationToken cancellationToken)
    {
        var to = notification.To;
        var activity = outgoing.From(notification.Message);
        var channelId = via?.ChannelId ?? TeamsChannel;
        if (!string.Equals(to.Channel, channelId, StringComparison.OrdinalIgnoreCase))
            return await UnreachableAsync(via, to, activity, $"{to.Key} is not on {channelId}", cancellationToken);

        // A person of another tenant is "{objectId}@{tenant}" (see TeamsMessages.Account): found by the object id, in that tenant only.
        var (accountId, tenant) = TeamsMessages.SplitTenant(to.AccountId);
        var target = (await conversations.FindPersonalAsync(channelId, accountId, cancellationToken))?.Reference;
        if (target is not null && !InTenant(target, tenant)) target = null;
        if (target is null)
        {
            // Only Teams lets a bot open a 1:1 (it needs the tenant); elsewhere the person must have written first.
            var met = await people.FindPersonAsync(channelId, accountId, cancellationToken);
            if (met?.MetIn is { } metIn && !InTenant(metIn, tenant)) met = null;
            var opener = channelId != TeamsChannel ? null
                : tenant is not null ? WithTenant(met?.MetIn) ?? (via is not null && InTenant(via, tenant) ? WithTenant(via) : null)
                    ?? (await conversations.FindInTenantAsync(TeamsChannel, tenant, cancellationToken))?.Reference
                : WithTenant(via) ?? WithTenant(met?.MetIn)
                    ?? (await conversations.FindInTenantAsync(TeamsChannel, options.MicrosoftAppTenantId, cancellationToken))?.Reference;
            if (opener is null)
                return await UnreachableAsync(via, to, activity, $"no 1:1 conversation with {to.Key} is known", cancellationToken);
            var member = met?.Party ?? new ChatParty(accountId, to.DisplayName, Guid.TryParse(accountId, out _) ? accountId : null);
            try
            {
                target = await messenger.OpenPersonalConversationAsync(opener, member, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // 403: the app is not installed for that person, or they blocked it; 429/5xx: try again later.
                var reason = $"could not open a 1:1 conversation: {e.Message}";
                var result = await UnreachableAsync(opener, to, activity, reason, cancellationToken,
                    "create-conversation", e is ConnectorException c ? c.Attempts : 1, member);
                return MessageSender.IsPermanent(e) ? result : NotificationResult.Failed(reason);
            }
        }

        var sent = await messenger.SendAsync(target, activity, cancellationToken);
        if (sent.Delivered) return NotificationResult.Delivered;
        return sent.Permanent ? NotificationResult.Unreachable(sent.FailureReason!) : NotificationResult.Failed(sent.FailureReason!);
    }

    private static bool InTenant(ConversationReference reference, string? tenant) =>
        tenant is null || string.Equals(reference.TenantId, tenant, StringComparison.OrdinalIgnoreCase);

    private static ConversationReference? WithTenant(ConversationReference? reference) =>
        reference is { ChannelId: TeamsChannel, TenantId.Length: > 0 } ? reference : null;

    private async Task<NotificationResult> UnreachableAsync(ConversationReference? via, ChatAccount to, Activity activity, string reason,
        CancellationToken cancellationToken, string operation = "notify", int attempts = 0, ChatParty? member = null)
    {
        Log.NotNotified(log, to.Key, reason);
        try
        {
            // No 1:1 conversation exists to name: the person it was meant for is recorded instead.
            await undelivered.RecordAsync(new UndeliveredMessage(Guid.NewGuid().ToString("N"), via?.ChannelId ?? to.Channel, "",
                member?.Id ?? to.AccountId, operation, BotJson.Serialize(activity), reason, attempts, time.GetUtcNow()), CancellationToken.None);
        }
        catch (Exception e)
        {
            Log.NotificationNotRecorded(log, to.Key, e);
        }
        return NotificationResult.Unreachable(reason);
    }
}
