using MeetingBot.Storage.Entities;

namespace MeetingBot.Storage.Tests.Reminders;

/// <summary>
/// An engine that records every read as (kind, partition), to check that a caller reads within one partition: on
/// Azure Tables a read that names no partition (FindByRowKey, FindInRowKeyRange) scans the whole table.
/// </summary>
public sealed class PartitionCallRecorder(IEntityTable inner) : DelegatingEntityTable(inner)
{
    public const string AcrossPartitions = "(every partition)";
    private readonly List<(string Kind, string Partition)> reads = [];

    public IReadOnlyList<(string Kind, string Partition)> Reads { get { lock (reads) return [.. reads]; } }

    public void Clear() { lock (reads) reads.Clear(); }

    private void Record(string kind, string partition) { lock (reads) reads.Add((kind, partition)); }

    public override Task<EntityRow?> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken = default)
    {
        Record("get", partitionKey);
        return Inner.GetAsync(partitionKey, rowKey, cancellationToken);
    }

    public override Task<IReadOnlyList<EntityRow>> QueryAsync(string partitionKey, IReadOnlyList<string> rowKeyPrefixes, CancellationToken cancellationToken = default)
    {
        Record("query", partitionKey);
        return Inner.QueryAsync(partitionKey, rowKeyPrefixes, cancellationToken);
    }

    public override Task<IReadOnlyList<EntityRow>> QueryRangeAsync(string partitionKey, string fromInclusive, string toExclusive, CancellationToken cancellationToken = default)
    {
        Record("range", partitionKey);
        return Inner.QueryRangeAsync(partitionKey, fromInclusive, toExclusive, cancellationToken);
    }

    /// <summary>When set, a row-key search across partitions (a table scan on Azure) waits for it: a scan that takes long.</summary>
    public TaskCompletionSource? HoldFindByRowKey { get; set; }

    public override async Task<IReadOnlyList<EntityRow>> FindByRowKeyAsync(string rowKey, CancellationToken cancellationToken = default)
    {
        Record("find", AcrossPartitions);
        if (HoldFindByRowKey is { } hold) await hold.Task.WaitAsync(cancellationToken);
        return await Inner.FindByRowKeyAsync(rowKey, cancellationToken);
    }

    public override Task<IReadOnlyList<EntityRow>> FindInRowKeyRangeAsync(string fromInclusive, string toExclusive, CancellationToken cancellationToken = default)
    {
        Record("find range", AcrossPartitions);
        return Inner.FindInRowKeyRangeAsync(fromInclusive, toExclusive, cancellationToken);
    }
}
