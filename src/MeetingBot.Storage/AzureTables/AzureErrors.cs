using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Telemetry;
using System.Net.Sockets;
using Azure;
using Azure.Data.Tables;
using MeetingBot.Storage.Entities;

namespace MeetingBot.Storage.AzureTables;

/// <summary>Turns what Azure.Data.Tables throws into the contract's store exceptions.</summary>
internal static class AzureErrors
{
    /// <summary>
    /// Runs one call; network failures, timeouts, throttling and server errors (after Azure.Core's own retries)
    /// become <see cref="StoreUnavailableException"/>. The caller's own cancellation stays a cancellation.
    /// </summary>
    public static async Task<T> Guard<T>(string what, Func<Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call();
        }
        catch (Exception e) when (IsUnavailable(e, cancellationToken))
        {
            MeetingBotTelemetry.StoreError("azure_tables", "outage");
            throw new StoreUnavailableException($"Azure Table Storage could not {what}: {Describe(e)}", e);
        }
    }

    /// <summary>A failed transaction whose condition did not hold, as a conflict naming the failing write when Azure says which.</summary>
    public static StoreConflictException? AsConflict(RequestFailedException e, string partitionKey)
    {
        // 404 TableNotFound means InitializeAsync was never called: a bug to surface, not a lost race.
        if (e.Status is not (404 or 409 or 412) || e.ErrorCode == "TableNotFound")
            return null;
        MeetingBotTelemetry.StoreError("azure_tables", "conflict");
        var index = (e as TableTransactionFailedException)?.FailedTransactionActionIndex;
        var which = index is { } i ? $"write {i}" : "a write";
        return new StoreConflictException($"A batch for partition '{partitionKey}' was refused: {which} found its row changed, present or missing ({e.Status} {e.ErrorCode}).", index, e);
    }

    /// <summary>What Azure refuses as too big although <see cref="EntityLimits"/> let it through.</summary>
    public static StoreLimitException? AsLimit(RequestFailedException e) =>
        e.Status == 413 || e.ErrorCode is "EntityTooLarge" or "PropertyValueTooLarge" or "KeyValueTooLarge" or "RequestBodyTooLarge"
            ? new StoreLimitException($"Azure Table Storage refused the batch as too large ({e.Status} {e.ErrorCode}).")
            : null;

    private static bool IsUnavailable(Exception e, CancellationToken cancellationToken) => e switch
    {
        RequestFailedException failed => failed.Status is 0 or 408 or 429 or >= 500,
        HttpRequestException or IOException or SocketException or TimeoutException => true,
        // Azure.Core reports its network timeout as a cancellation the caller never asked for.
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        AggregateException all => all.InnerExceptions.Count > 0 && all.InnerExceptions.All(inner => IsUnavailable(inner, cancellationToken)),
        _ => false,
    };

    // One line per distinct failure: the SDK's messages run on with headers after the first line.
    private static string Describe(Exception e) => e switch
    {
        AggregateException all => string.Join("; ", all.InnerExceptions.Select(Describe).Distinct()),
        RequestFailedException { Status: > 0 } failed => $"{failed.Status} {failed.ErrorCode}: {failed.Message.Split('\n')[0]}",
        _ => e.Message.Split('\n')[0],
    };
}
