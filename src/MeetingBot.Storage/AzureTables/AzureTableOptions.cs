namespace MeetingBot.Storage.AzureTables;

/// <summary>
/// How hard the Azure engine tries before it reports the store unavailable. The defaults keep an outage's
/// worst case (3 tries × 3 s + back-off) under 10 s, so a chat turn fails with a reply instead of hanging.
/// </summary>
public sealed record AzureTableOptions
{
    public const string DefaultTableName = "meetingbot";

    public string TableName { get; init; } = DefaultTableName;

    /// <summary>Retries after the first try (Azure.Core retries 408, 429, 5xx and network failures).</summary>
    public int MaxRetries { get; init; } = 2;

    /// <summary>How long one try may wait on the network before it counts as failed.</summary>
    public TimeSpan NetworkTimeout { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>The first back-off; later ones double (exponential, with jitter).</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(200);
}
