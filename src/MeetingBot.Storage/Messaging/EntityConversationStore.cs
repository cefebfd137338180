using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Messaging;
using MeetingBot.Storage.Entities;
using MeetingBot.Storage.JointMeetings;

namespace MeetingBot.Storage.Messaging;

/// <summary>
/// Conversation references on any <see cref="IEntityTable"/> engine: one row each in one partition (see
/// <see cref="MessagingKeys"/>), so that finding one is one read and listing all of them one query. A channel's
/// lookups (see <see cref="LookupKeys"/>) share the partition, so a conversation and its lookups are one atomic
/// change: no instance can ever find a lookup pointing at a conversation that was not written.
/// </summary>
public sealed class EntityConversationStore(IEntityTable table) : IConversationStore
{
    public Task SaveAsync(StoredConversation conversation, CancellationToken cancellationToken = default) =>
        SaveAsync(conversation, [], cancellationToken);

    public async Task SaveAsync(StoredConversation conversation, IReadOnlyCollection<string> lookups, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(lookups);
        var key = KeyOf(conversation.Channel, conversation.ConversationId);
        List<EntityWrite> writes = [EntityWrite.Upsert(key, StateJson.Write(ConversationRow.From(conversation)))];
        writes.AddRange(lookups.Distinct(StringComparer.Ordinal).Select(lookup => PointAt(conversation, lookup)));
        await table.SubmitAsync(MessagingKeys.ConversationPartition, writes, cancellationToken);
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

    public async Task<StoredConversation?> FindByLookupAsync(string channel, string lookup, CancellationToken cancellationToken = default)
    {
        var row = await table.GetAsync(MessagingKeys.ConversationPartition, LookupKeys.Lookup(channel, lookup), cancellationToken);
        if (row is null)
            return null;
        var pointer = StateJson.Read<LookupRow>(row.PartitionKey, row.RowKey, row.Body);
        if (pointer.Channel != channel || pointer.Lookup != lookup)
            return null;
        return await FindAsync(channel, pointer.ConversationId, cancellationToken);
    }

    public async Task<int> BackfillLookupsAsync(string scope, Func<StoredConversation, IReadOnlyCollection<string>> lookupsOf, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lookupsOf);
        var marker = LookupKeys.Backfilled(scope);
        if (await table.GetAsync(MessagingKeys.ConversationPartition, marker, cancellationToken) is not null)
            return 0;

        // Oldest first, so that of two conversations claiming one lookup (a person's old and new 1:1) the newer wins;
        // a lookup set already (by a save since lookups exist) is never overwritten.
        var taken = (await table.QueryAsync(MessagingKeys.ConversationPartition, LookupKeys.All, cancellationToken))
            .Select(r => r.RowKey).ToHashSet(StringComparer.Ordinal);
        var conversations = (await ListAsync(cancellationToken)).OrderBy(c => c.LastSeen);
        var missing = new Dictionary<string, EntityWrite>(StringComparer.Ordinal);
        foreach (var conversation in conversations)
            foreach (var lookup in lookupsOf(conversation))
            {
                var write = PointAt(conversation, lookup);
                if (!taken.Contains(write.RowKey)) missing[write.RowKey] = write;
            }
        foreach (var batch in missing.Values.Chunk(EntityLimits.MaxWritesPerBatch))
            await table.SubmitAsync(MessagingKeys.ConversationPartition, batch, cancellationToken);
        try
        {
            await table.SubmitAsync(MessagingKeys.ConversationPartition, [EntityWrite.Insert(marker, "{}")], cancellationToken);
        }
        catch (StoreConflictException)
        {
            // Another instance finished the same backfill at the same time: nothing is lost.
        }
        return missing.Count;
    }

    public async Task<IReadOnlyList<StoredConversation>> ListAsync(CancellationToken cancellationToken = default)
    {
        var rows = await table.QueryAsync(MessagingKeys.ConversationPartition, MessagingKeys.Conversations, cancellationToken);
        return [.. rows.Select(Read)];
    }

    private static EntityWrite PointAt(StoredConversation conversation, string lookup) =>
        EntityWrite.Upsert(LookupKeys.Lookup(conversation.Channel, lookup),
            StateJson.Write(new LookupRow(conversation.Channel, lookup, conversation.ConversationId)));

    private static string KeyOf(string channelId, string conversationId)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        return MessagingKeys.Conversation(channelId, conversationId);
    }

    private static StoredConversation Read(EntityRow row) =>
        StateJson.Read<ConversationRow>(row.PartitionKey, row.RowKey, row.Body).ToConversation(row.PartitionKey, row.RowKey);
}
