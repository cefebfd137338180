using MeetingBot.Storage.Entities;
using MeetingBot.Storage.Priority;

namespace MeetingBot.ProvinceBench;

/// <summary>
/// Counts the store calls people's turns make (background work is not counted), by kind: on a store that pays for
/// every request (Azure Tables, and far more Azurite, which scans its table for every query) these are a turn's cost.
/// </summary>
internal sealed class StoreCalls(IEntityTable inner) : DelegatingEntityTable(inner)
{
    private int pointReads, partitionQueries, crossPartition, writes;

    public void Reset()
    {
        Interlocked.Exchange(ref pointReads, 0);
        Interlocked.Exchange(ref partitionQueries, 0);
        Interlocked.Exchange(ref crossPartition, 0);
        Interlocked.Exchange(ref writes, 0);
    }

    public override string ToString() =>
        $"{pointReads} point reads, {partitionQueries} partition queries, {crossPartition} queries across partitions, {writes} batches written";

    private T Count<T>(ref int counter, T call)
    {
        if (!BackgroundStoreWork.IsCurrent) Interlocked.Increment(ref counter);
        return call;
    }

    public override Task<EntityRow?> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken = default) =>
        Count(ref pointReads, Inner.GetAsync(partitionKey, rowKey, cancellationToken));

    public override Task<IReadOnlyList<EntityRow>> QueryAsync(string partitionKey, IReadOnlyList<string> rowKeyPrefixes, CancellationToken cancellationToken = default) =>
        Count(ref partitionQueries, Inner.QueryAsync(partitionKey, rowKeyPrefixes, cancellationToken));

    public override Task<IReadOnlyList<EntityRow>> QueryRangeAsync(string partitionKey, string fromInclusive, string toExclusive, CancellationToken cancellationToken = default) =>
        Count(ref partitionQueries, Inner.QueryRangeAsync(partitionKey, fromInclusive, toExclusive, cancellationToken));

    public override Task<IReadOnlyList<EntityRow>> FindByRowKeyAsync(string rowKey, CancellationToken cancellationToken = default) =>
        Count(ref crossPartition, Inner.FindByRowKeyAsync(rowKey, cancellationToken));

    public override Task<IReadOnlyList<EntityRow>> FindInRowKeyRangeAsync(string fromInclusive, string toExclusive, CancellationToken cancellationToken = default) =>
        Count(ref crossPartition, Inner.FindInRowKeyRangeAsync(fromInclusive, toExclusive, cancellationToken));

    public override Task<IReadOnlyList<string?>> SubmitAsync(string partitionKey, IReadOnlyList<EntityWrite> writes, CancellationToken cancellationToken = default) =>
        Count(ref this.writes, Inner.SubmitAsync(partitionKey, writes, cancellationToken));
}
