using MeetingBot.Core.Messaging;
using MeetingBot.Storage.Entities;
using MeetingBot.Storage.JointMeetings;

namespace MeetingBot.Storage.Messaging;

/// <summary>
/// Conversation references on any <see cref="IEntityTable"/> engine: one row each in one partition (see
/// <see cref="MessagingKeys"/>), so that finding one is one read and listing all of them one query.
/// </summary>
public sealed class EntityConversationStore(IEntityTable table) : IConversationStore
{
    public async Task SaveAsync(StoredConversation conversation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var key = KeyOf(conversation.Channel, conversation.ConversationId);
        await table.SubmitAsync(MessagingKeys.ConversationPartition,
            [EntityWrite.Upsert(key, StateJson.Write(ConversationRow.From(conversation)))], cancellationToken);
    }

    public async Task<StoredConversation?> FindAsync(string channelId, string conversationId, CancellationToken cancellationToken = default)
    {
        var row = await table.GetAsync(MessagingKeys.ConversationPartition, KeyOf(channelId, conversationId), cancellationToken);
        if (row is null)
            return null;
        var found = Read(row);
        // A digest key does not name its ids: make sure the row is the conversation asked for.
        return found.Channel == channelId && found.ConversationId == conversationId ? found : null;
    }

    public async Task<IReadOnlyList<StoredConversation>> ListAsync(CancellationToken cancellationToken = default)
    {
        var rows = await table.QueryAsync(MessagingKeys.ConversationPartition, MessagingKeys.Conversations, cancellationToken);
        return [.. rows.Select(Read)];
    }

    private static string KeyOf(string channelId, string conversationId)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        return MessagingKeys.Conversation(channelId, conversationId);
    }

    private static StoredConversation Read(EntityRow row) =>
        StateJson.Read<ConversationRow>(row.PartitionKey, row.RowKey, row.Body).ToConversation(row.PartitionKey, row.RowKey);
}
