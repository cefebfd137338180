using MeetingBot.Storage.Entities;

namespace MeetingBot.Storage.Tests.Messaging;

/// <summary>An engine that counts the calls made to it, to check how many reads a store needs.</summary>
public sealed class CountingEntityTable(IEntityTable inner) : IEntityTable
{
    private int reads;

    /// <summary>Gets, queries and row-key searches since the last <see cref="Reset"/>.</summary>
    public int Reads => Volatile.Read(ref reads);

    public void Reset() => Interlocked.Exchange(ref reads, 0);

    public Task InitializeAsync(CancellationToken cancellationToken = default) => inner.InitializeAsync(cancellationToken);

    public Task<EntityRow?> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref reads);
        return inner.GetAsync(partitionKey, rowKey, cancellationToken);
    }

    public Task<IReadOnlyList<EntityRow>> QueryAsync(string partitionKey, IReadOnlyList<string> rowKeyPrefixes, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref reads);
        return inner.QueryAsync(partitionKey, rowKeyPrefixes, cancellationToken);
    }

    public Task<IReadOnlyList<EntityRow>> FindByRowKeyAsync(string rowKey, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref reads);
        return inner.FindByRowKeyAsync(rowKey, cancellationToken);
    }

    public Task<IReadOnlyList<EntityRow>> FindInRowKeyRangeAsync(string fromInclusive, string toExclusive, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref reads);
        return inner.FindInRowKeyRangeAsync(fromInclusive, toExclusive, cancellationToken);
    }

    public Task<IReadOnlyList<EntityRow>> QueryRangeAsync(string partitionKey, string fromInclusive, string toExclusive, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref reads);
        return inner.QueryRangeAsync(partitionKey, fromInclusive, toExclusive, cancellationToken);
    }

    public Task<IReadOnlyList<string?>> SubmitAsync(string partitionKey, IReadOnlyList<EntityWrite> writes, CancellationToken cancellationToken = default) =>
        inner.SubmitAsync(partitionKey, writes, cancellationToken);
}
