using MeetingBot.Core.Domain.Persistence;
namespace MeetingBot.Storage.Entities;

/// <summary>
/// The one thing a storage engine provides: rows of JSON in partitions, read by key or key prefix, written in
/// atomic, conditional batches within one partition. Azure Table Storage and embedded SQLite both implement it
/// with the same semantics (and the same limits, see <see cref="EntityLimits"/>), so everything above it is
/// engine-independent and one conformance suite covers both.
/// </summary>
/// <remarks>
/// Keys are plain strings of any characters (Chinese, '/', '#', '?', control characters): escaping what an engine
/// forbids is the engine's job, and reads return the keys as they were written.
/// Failures: <see cref="StoreConflictException"/> when a condition does not hold (nothing of the batch is written),
/// <see cref="StoreUnavailableException"/> when the engine cannot be reached or is busy (retryable),
/// <see cref="StoreLimitException"/> when a key, body or batch is beyond the limits (nothing written).
/// </remarks>
public interface IEntityTable
{
    /// <summary>Creates what the engine needs (table, schema) if it is missing. Safe to call more than once.</summary>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    Task<EntityRow?> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken = default);

    /// <summary>
    /// The rows of one partition whose row key starts with any of <paramref name="rowKeyPrefixes"/>, ordered by
    /// row key; an engine answers this with one query (Azure: one filtered request per page of 1,000 rows).
    /// </summary>
    Task<IReadOnlyList<EntityRow>> QueryAsync(string partitionKey, IReadOnlyList<string> rowKeyPrefixes, CancellationToken cancellationToken = default);

    /// <summary>The rows of every partition that have exactly this row key (e.g. the head row of each joint meeting).</summary>
    Task<IReadOnlyList<EntityRow>> FindByRowKeyAsync(string rowKey, CancellationToken cancellationToken = default);

    /// <summary>
    /// The rows of every partition whose row key lies in [<paramref name="fromInclusive"/>, <paramref name="toExclusive"/>)
    /// (ordinal order), ordered by row key then partition: one query (the embedded engine answers it from its row-key
    /// index; Azure Tables, which indexes partition and row key together, scans the table server-side).
    /// </summary>
    Task<IReadOnlyList<EntityRow>> FindInRowKeyRangeAsync(string fromInclusive, string toExclusive, CancellationToken cancellationToken = default);

    /// <summary>
    /// The rows of one partition whose row key lies in [<paramref name="fromInclusive"/>, <paramref name="toExclusive"/>)
    /// (ordinal order), ordered by row key: one query that both engines answer from their key index (Azure:
    /// PartitionKey eq and RowKey ge and lt, an index seek), so its cost follows the rows in range, not the table.
    /// </summary>
    Task<IReadOnlyList<EntityRow>> QueryRangeAsync(string partitionKey, string fromInclusive, string toExclusive, CancellationToken cancellationToken = default);

    /// <summary>
    /// Applies the writes to one partition atomically: all of them or none. Returns the new ETag of each write,
    /// in order (null for a delete).
    /// </summary>
    Task<IReadOnlyList<string?>> SubmitAsync(string partitionKey, IReadOnlyList<EntityWrite> writes, CancellationToken cancellationToken = default);
}
