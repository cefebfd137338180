using System.Text.Json.Nodes;
using MeetingBot.Channels.BotFramework.Connector;
using MeetingBot.Channels.BotFramework.Schema;
using MeetingBot.Channels.BotFramework.Turns;
using MeetingBot.Core.Messaging;

namespace MeetingBot.Channels.BotFramework.Proactive;

/// <summary>
/// Writes into a conversation without an incoming message (reminders, notices), through the references that
/// <see cref="ConversationReferences"/> keeps. In Teams a 1:1 conversation with a person is created first (it needs
/// the tenant id and the app installed for that person); the new conversation is remembered like any other.
/// </summary>
public sealed class ProactiveMessenger(MessageSender sender, ConnectorClient connector, ConversationReferences conversations)
{
    public Task<DeliveryResult> SendAsync(ConversationReference to, Activity activity, CancellationToken cancellationToken = default) =>
        sender.SendAsync(to, activity, replyToId: null, cancellationToken);

    /// <summary>Sends into a conversation the bot knows; refuses, without a request, one it was removed from.</summary>
    public async Task<DeliveryResult> SendToKnownAsync(string channelId, string conversationId, Activity activity, CancellationToken cancellationToken = default)
    {
        var stored = await conversations.FindAsync(channelId, conversationId, cancellationToken);
        if (stored is null) return DeliveryResult.Failure($"no conversation {conversationId} is known on {channelId}");
        if (!stored.Installed) return DeliveryResult.Failure($"the bot was removed from conversation {conversationId}");
        return await SendAsync(stored.Reference, activity, cancellationToken);
    }

    /// <summary>
    /// Opens (or reopens: Teams answers with the same id) the 1:1 conversation with <paramref name="user"/> in the
    /// tenant of <paramref name="via"/>, a conversation where the bot met that person.
    /// </summary>
    public async Task<ConversationReference> OpenPersonalConversationAsync(ConversationReference via, ChatParty user, CancellationToken cancellationToken = default)
    {
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount { Id = via.Bot.Id, Name = via.Bot.Name },
            Members = [new ChannelAccount { Id = user.Id, Name = user.Name, AadObjectId = user.AadObjectId }],
            TenantId = via.TenantId,
            ChannelData = via.TenantId is null ? null : new JsonObject { ["tenant"] = new JsonObject { ["id"] = via.TenantId } },
        };
        ConnectorTenant.Current = via.TenantId;
        var created = await connector.CreateConversationAsync(via.ServiceUrl, parameters, cancellationToken);
        var reference = new ConversationReference(
            via.ChannelId, created.Id!, created.ServiceUrl ?? via.ServiceUrl, via.Bot, user, via.TenantId, "personal");
        await conversations.RememberAsync(reference, cancellationToken);
        return reference;
    }
}
