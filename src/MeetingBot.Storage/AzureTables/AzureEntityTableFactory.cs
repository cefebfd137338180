using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;

namespace MeetingBot.Storage.AzureTables;

/// <summary>
/// Builds the Azure engine, with short, bounded retries, from a connection string (Azure or Azurite) or from the
/// table endpoint and a token credential (a managed identity: no key anywhere).
/// </summary>
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

    /// <param name="tableEndpoint">The account's table endpoint, e.g. https://account.table.core.windows.net (Azure China: .chinacloudapi.cn).</param>
    /// <param name="credential">Where bearer tokens come from (Azure.Identity's DefaultAzureCredential in the host).</param>
    /// <param name="transport">The HTTP transport; null for the default (tests pass one that trusts their emulator's certificate).</param>
    public static AzureEntityTable Create(Uri tableEndpoint, TokenCredential credential, AzureTableOptions? options = null, HttpPipelineTransport? transport = null)
    {
        ArgumentNullException.ThrowIfNull(tableEndpoint);
        ArgumentNullException.ThrowIfNull(credential);
        options ??= new AzureTableOptions();
        var client = ClientOptions(options);
        if (transport is not null) client.Transport = transport;
        return new AzureEntityTable(new TableClient(tableEndpoint, options.TableName, credential, client));
    }

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
