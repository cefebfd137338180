using MeetingBot.Storage.Entities;

namespace MeetingBot.Storage.Tests.Messaging;

/// <summary>An engine that counts the calls made to it, to check how many reads a store needs.</summary>
public sealed class CountingEntityTable(IEntityTable inner) : DelegatingEntityTable(inner)
{
    private int reads;

    /// <summary>Gets, queries and row-key searches since the last <see cref="Reset"/>.</summary>
    public int Reads => Volatile.Read(ref reads);

    public void Reset() => Interlocked.Exchange(ref reads, 0);

    public override Task<EntityRow?> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref reads);
        return Inner.GetAsync(partitionKey, rowKey, cancellationToken);
    }

    public override Task<IReadOnlyList<EntityRow>> QueryAsync(string partitionKey, IReadOnlyList<string> rowKeyPrefixes, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref reads);
        return Inner.QueryAsync(partitionKey, rowKeyPrefixes, cancellationToken);
    }

    public override Task<IReadOnlyList<EntityRow>> FindByRowKeyAsync(string rowKey, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref reads);
        return Inner.FindByRowKeyAsync(rowKey, cancellationToken);
    }

    public override Task<IReadOnlyList<EntityRow>> FindInRowKeyRangeAsync(string fromInclusive, string toExclusive, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref reads);
        return Inner.FindInRowKeyRangeAsync(fromInclusive, toExclusive, cancellationToken);
    }

    public override Task<IReadOnlyList<EntityRow>> QueryRangeAsync(string partitionKey, string fromInclusive, string toExclusive, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref reads);
        return Inner.QueryRangeAsync(partitionKey, fromInclusive, toExclusive, cancellationToken);
    }
}
