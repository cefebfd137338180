using System.Collections.Concurrent;
using MeetingBot.Core.Messaging;

namespace MeetingBot.Channels.Tests.Infrastructure;

// The channel's own tests watch what it stores; the storage engines have their own conformance suite, and the
// host's tests run the channel over the real embedded store.
public sealed class InMemoryConversationStore : IConversationStore
{
    private readonly ConcurrentDictionary<(string, string), StoredConversation> _rows = new();

    private readonly ConcurrentDictionary<(string, string), string> _lookups = new();

    public int Saves;

    public Task SaveAsync(StoredConversation conversation, CancellationToken cancellationToken = default) =>
        SaveAsync(conversation, [], cancellationToken);

    public Task SaveAsync(StoredConversation conversation, IReadOnlyCollection<string> lookups, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref Saves);
        _rows[(conversation.Channel, conversation.ConversationId)] = conversation;
        foreach (var lookup in lookups) _lookups[(conversation.Channel, lookup)] = conversation.ConversationId;
        return Task.CompletedTask;
    }

    public Task<StoredConversation?> FindByLookupAsync(string channel, string lookup, CancellationToken cancellationToken = default) =>
        _lookups.TryGetValue((channel, lookup), out var id) ? FindAsync(channel, id, cancellationToken) : Task.FromResult<StoredConversation?>(null);

    // The storage engines' backfill is covered by their conformance suite; here it points what is missing, as they do.
    public Task<int> BackfillLookupsAsync(string scope, Func<StoredConversation, IReadOnlyCollection<string>> lookupsOf, CancellationToken cancellationToken = default)
    {
        var written = 0;
        foreach (var row in _rows.Values.OrderBy(r => r.LastSeen))
            foreach (var lookup in lookupsOf(row))
                if (_lookups.TryAdd((row.Channel, lookup), row.ConversationId)) written++;
        return Task.FromResult(written);
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
