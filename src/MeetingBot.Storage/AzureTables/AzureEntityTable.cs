using Azure;
using Azure.Data.Tables;
using MeetingBot.Storage.Entities;

namespace MeetingBot.Storage.AzureTables;

/// <summary>
/// The production engine: one Azure table (or Azurite's). Keys are escaped on the way in and unescaped on the
/// way out (<see cref="AzureKeys"/>), bodies split over string properties (<see cref="AzureBody"/>), and a batch
/// is one entity-group transaction.
/// </summary>
public sealed class AzureEntityTable(TableClient client) : IEntityTable
{
    public string TableName => client.Name;

    public Task InitializeAsync(CancellationToken cancellationToken = default) =>
        AzureErrors.Guard("create the table", async () => (await client.CreateIfNotExistsAsync(cancellationToken)) is not null, cancellationToken);

    public Task<EntityRow?> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(partitionKey);
        ArgumentNullException.ThrowIfNull(rowKey);
        return AzureErrors.Guard("read a row", async () =>
        {
            var found = await client.GetEntityIfExistsAsync<TableEntity>(
                AzureKeys.Escape(partitionKey), AzureKeys.Escape(rowKey), cancellationToken: cancellationToken);
            return found.HasValue ? ToRow(found.Value!) : null;
        }, cancellationToken);
    }

    public Task<IReadOnlyList<EntityRow>> QueryAsync(string partitionKey, IReadOnlyList<string> rowKeyPrefixes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(partitionKey);
        EntityLimits.CheckPrefixes(rowKeyPrefixes);
        if (rowKeyPrefixes.Count == 0)
            return Task.FromResult<IReadOnlyList<EntityRow>>([]);

        var filter = AzureFilters.Prefixes(AzureKeys.Escape(partitionKey), [.. rowKeyPrefixes.Select(AzureKeys.Escape)]);
        return AzureErrors.Guard("query a partition", async () =>
            EntityRows.PrefixedInOrder(await ReadAllAsync(filter, cancellationToken), rowKeyPrefixes), cancellationToken);
    }

    public Task<IReadOnlyList<EntityRow>> FindByRowKeyAsync(string rowKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rowKey);
        var filter = AzureFilters.RowKey(AzureKeys.Escape(rowKey));
        return AzureErrors.Guard<IReadOnlyList<EntityRow>>("find a row key", async () =>
            [.. (await ReadAllAsync(filter, cancellationToken)).OrderBy(row => row.PartitionKey, StringComparer.Ordinal)], cancellationToken);
    }

    public Task<IReadOnlyList<EntityRow>> FindInRowKeyRangeAsync(string fromInclusive, string toExclusive, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fromInclusive);
        ArgumentNullException.ThrowIfNull(toExclusive);
        var filter = AzureFilters.RowKeyRange(AzureKeys.Escape(fromInclusive), AzureKeys.Escape(toExclusive));
        return AzureErrors.Guard("find a row key range", async () =>
            EntityRows.InRangeInOrder(await ReadAllAsync(filter, cancellationToken), fromInclusive, toExclusive), cancellationToken);
    }

    public Task<IReadOnlyList<EntityRow>> QueryRangeAsync(string partitionKey, string fromInclusive, string toExclusive, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(partitionKey);
        ArgumentNullException.ThrowIfNull(fromInclusive);
        ArgumentNullException.ThrowIfNull(toExclusive);
        var filter = AzureFilters.PartitionRange(AzureKeys.Escape(partitionKey), fromInclusive, toExclusive);
        return AzureErrors.Guard("query a partition's key range", async () =>
            EntityRows.InRangeInOrder(await ReadAllAsync(filter, cancellationToken), fromInclusive, toExclusive), cancellationToken);
    }

    public Task<IReadOnlyList<string?>> SubmitAsync(string partitionKey, IReadOnlyList<EntityWrite> writes, CancellationToken cancellationToken = default)
    {
        EntityLimits.CheckBatch(partitionKey, writes);
        var escapedPartition = AzureKeys.Escape(partitionKey);
        var actions = writes.Select(write => ToAction(escapedPartition, write)).ToList();
        return AzureErrors.Guard<IReadOnlyList<string?>>("write a batch", async () =>
        {
            Response<IReadOnlyList<Response>> result;
            var attempts = AttemptCounter.Begin();
            try
            {
                result = await client.SubmitTransactionAsync(actions, cancellationToken);
            }
            catch (RequestFailedException e) when (AzureErrors.AsConflict(e, partitionKey) is { } conflict)
            {
                // Only after a retry: a first try's conflict is someone else's write, whatever the rows hold now.
                if (attempts.Value > 1 && await AppliedAsync(partitionKey, writes, cancellationToken) is { } etags) return etags;
                throw conflict;
            }
            catch (RequestFailedException e) when (AzureErrors.AsLimit(e) is { } limit)
            {
                throw limit;
            }
            // The sub-responses come in the order of the actions.
            return [.. writes.Select((write, i) =>
                write.Kind == EntityWriteKind.Delete ? null : result.Value[i].Headers.ETag?.ToString())];
        }, cancellationToken);
    }

    // The ETags of the batch's writes when every one of them is in place as written (a delete: the row is gone), else null.
    private async Task<IReadOnlyList<string?>?> AppliedAsync(string partitionKey, IReadOnlyList<EntityWrite> writes, CancellationToken cancellationToken)
    {
        var etags = new List<string?>();
        foreach (var write in writes)
        {
            var row = await GetAsync(partitionKey, write.RowKey, cancellationToken);
            var applied = write.Kind == EntityWriteKind.Delete ? row is null : row?.Body == write.Body;
            if (!applied) return null;
            etags.Add(row?.ETag);
        }

        return etags;
    }

    private async Task<List<EntityRow>> ReadAllAsync(string filter, CancellationToken cancellationToken)
    {
        var rows = new List<EntityRow>();
        // The pageable follows Azure's continuation tokens: one request per page of up to 1,000 rows.
        await foreach (var entity in client.QueryAsync<TableEntity>(filter, maxPerPage: 1000, cancellationToken: cancellationToken))
            rows.Add(ToRow(entity));
        return rows;
    }

    private static TableTransactionAction ToAction(string escapedPartition, EntityWrite write)
    {
        var entity = new TableEntity(escapedPartition, AzureKeys.Escape(write.RowKey));
        if (write.Body is not null && write.Kind != EntityWriteKind.Delete)
            AzureBody.Write(entity, write.Body);
        return write.Kind switch
        {
            EntityWriteKind.Insert => new(TableTransactionActionType.Add, entity),
            EntityWriteKind.Replace => new(TableTransactionActionType.UpdateReplace, entity, new ETag(write.IfMatch!)),
            EntityWriteKind.Upsert => new(TableTransactionActionType.UpsertReplace, entity),
            EntityWriteKind.Delete => new(TableTransactionActionType.Delete, entity,
                string.IsNullOrEmpty(write.IfMatch) ? ETag.All : new ETag(write.IfMatch)),
            _ => throw new ArgumentOutOfRangeException(nameof(write), write.Kind, "Unknown write kind."),
        };
    }

    private static EntityRow ToRow(TableEntity entity) => new(
        AzureKeys.Unescape(entity.PartitionKey), AzureKeys.Unescape(entity.RowKey), AzureBody.Read(entity), entity.ETag.ToString());
}
