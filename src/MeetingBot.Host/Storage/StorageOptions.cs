namespace MeetingBot.Host.Storage;

public enum StorageProvider { Embedded, AzureTables }

/// <summary>The <c>Storage</c> section: which engine, and where its data is.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary><c>Embedded</c> (default: SQLite in <see cref="DataPath"/>) or <c>AzureTables</c>.</summary>
    public string Provider { get; set; } = nameof(StorageProvider.Embedded);

    /// <summary>Azure Table Storage connection string (Azurite's development string works).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// The account's table endpoint (https://account.table.core.windows.net/), reached with Azure.Identity's
    /// DefaultAzureCredential (in Azure: the managed identity named by AZURE_CLIENT_ID) instead of a connection string.
    /// </summary>
    public string? TableEndpoint { get; set; }

    /// <summary>Azure table name.</summary>
    public string TableName { get; set; } = "meetingbot";

    /// <summary>Embedded data folder; relative paths are taken from the host's content root. Default <c>data</c>.</summary>
    public string DataPath { get; set; } = "data";

    /// <summary>On first start with an empty embedded store, create the seed documents' demo joint meetings.</summary>
    public bool SeedDemo { get; set; } = true;

    /// <summary>
    /// Background store calls (reminder sweep, backfills, syncs) in flight at once while no person's call is; while
    /// people's are, one. Default 4. See <see cref="MeetingBot.Storage.Priority.StorePriorityGate"/>.
    /// </summary>
    public int BackgroundConcurrency { get; set; } = 4;

    /// <summary>How long after a person's store call background work stays at one call at a time. Default 100 ms.</summary>
    public int BackgroundHoldOffMilliseconds { get; set; } = 100;

    public StorageProvider ParsedProvider => Enum.Parse<StorageProvider>(Provider, ignoreCase: true);
}
