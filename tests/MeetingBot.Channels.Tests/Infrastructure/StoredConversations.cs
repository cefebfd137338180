using MeetingBot.Channels.BotFramework.Schema;
using MeetingBot.Core.Messaging;

namespace MeetingBot.Channels.Tests.Infrastructure;

/// <summary>What the Bot Framework channel stored, read back as its own reference.</summary>
public static class StoredConversations
{
    public static ConversationReference Reference(this StoredConversation stored) =>
        ConversationReference.FromAddress(stored.Address) ?? throw new InvalidOperationException($"not a Bot Framework address: {stored.Address}");
}
