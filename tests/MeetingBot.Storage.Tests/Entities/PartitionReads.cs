using MeetingBot.Storage.Entities;

namespace MeetingBot.Storage.Tests.Entities;

/// <summary>The engine, recording which partitions are queried and counting searches across partitions.</summary>
public sealed class PartitionReads(IEntityTable inner) : DelegatingEntityTable(inner)
{
    private int crossPartition;
    private int pointReads;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> queries = new();

    /// <summary>Row-key searches and row-key range searches: on Azure Tables each scans the whole table.</summary>
    public int CrossPartition => Volatile.Read(ref crossPartition);
    public int PointReads => Volatile.Read(ref pointReads);
    public IReadOnlyList<string> Queries => [.. queries];

    public void Reset()
    {
        Interlocked.Exchange(ref crossPartition, 0);
        Interlocked.Exchange(ref pointReads, 0);
        queries.Clear();
    }

    public override Task<EntityRow?> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref pointReads);
        return Inner.GetAsync(partitionKey, rowKey, cancellationToken);
    }

    public override Task<IReadOnlyList<EntityRow>> QueryAsync(string partitionKey, IReadOnlyList<string> rowKeyPrefixes, CancellationToken cancellationToken = default)
    {
        queries.Enqueue(partitionKey);
        return Inner.QueryAsync(partitionKey, rowKeyPrefixes, cancellationToken);
    }

    public override Task<IReadOnlyList<EntityRow>> QueryRangeAsync(string partitionKey, string fromInclusive, string toExclusive, CancellationToken cancellationToken = default)
    {
        queries.Enqueue(partitionKey);
        return Inner.QueryRangeAsync(partitionKey, fromInclusive, toExclusive, cancellationToken);
    }

    public override Task<IReadOnlyList<EntityRow>> FindByRowKeyAsync(string rowKey, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref crossPartition);
        return Inner.FindByRowKeyAsync(rowKey, cancellationToken);
    }

    public override Task<IReadOnlyList<EntityRow>> FindInRowKeyRangeAsync(string fromInclusive, string toExclusive, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref crossPartition);
        return Inner.FindInRowKeyRangeAsync(fromInclusive, toExclusive, cancellationToken);
    }
}
