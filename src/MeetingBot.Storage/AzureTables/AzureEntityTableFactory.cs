using Azure.Core;
using Azure.Data.Tables;

namespace MeetingBot.Storage.AzureTables;

/// <summary>Builds the Azure engine from a connection string (Azure or Azurite) with short, bounded retries.</summary>
public static class AzureEntityTableFactory
{
    public static AzureEntityTable Create(string connectionString, AzureTableOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        options ??= new AzureTableOptions();
        return new AzureEntityTable(new TableClient(connectionString, options.TableName, ClientOptions(options)));
    }

    public static AzureEntityTable Create(string connectionString, string tableName) =>
        Create(connectionString, new AzureTableOptions { TableName = tableName });

    internal static TableClientOptions ClientOptions(AzureTableOptions options)
    {
        var client = new TableClientOptions();
        client.Retry.Mode = RetryMode.Exponential;
        client.Retry.MaxRetries = options.MaxRetries;
        client.Retry.Delay = options.RetryDelay;
        client.Retry.MaxDelay = options.RetryDelay * 8;
        client.Retry.NetworkTimeout = options.NetworkTimeout;
        client.AddPolicy(new AttemptCounter(), HttpPipelinePosition.PerRetry);
        return client;
    }
}
