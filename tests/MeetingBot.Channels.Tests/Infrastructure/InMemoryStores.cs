using System.Collections.Concurrent;
using MeetingBot.Core.Messaging;

namespace MeetingBot.Channels.Tests.Infrastructure;

// The channel's own tests watch what it stores; the storage engines have their own conformance suite, and the
// host's tests run the channel over the real embedded store.
public sealed class InMemoryConversationStore : IConversationStore
{
    private readonly ConcurrentDictionary<(string, string), StoredConversation> _rows = new();

    public int Saves;

    public Task SaveAsync(StoredConversation conversation, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref Saves);
        _rows[(conversation.Channel, conversation.ConversationId)] = conversation;
        return Task.CompletedTask;
    }

    public Task<StoredConversation?> FindAsync(string channelId, string conversationId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_rows.TryGetValue((channelId, conversationId), out var row) ? row : null);

    public Task<IReadOnlyList<StoredConversation>> ListAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<StoredConversation>>(_rows.Values.ToList());
}

public sealed class InMemoryUndeliveredLog : IUndeliveredMessageLog
{
    private readonly ConcurrentQueue<UndeliveredMessage> _entries = new();

    public IReadOnlyList<UndeliveredMessage> Entries => _entries.ToArray();

    public Task RecordAsync(UndeliveredMessage message, CancellationToken cancellationToken = default)
    {
        _entries.Enqueue(message);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<UndeliveredMessage>> ListAsync(DateTimeOffset since, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<UndeliveredMessage>>(_entries.Where(e => e.At >= since).ToList());
}
