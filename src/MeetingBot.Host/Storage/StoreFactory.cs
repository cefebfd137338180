using Azure.Identity;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Storage.AzureTables;
using MeetingBot.Storage.Embedded;
using MeetingBot.Storage.Entities;
using MeetingBot.Storage.JointMeetings;
using MeetingBot.Storage.Priority;

namespace MeetingBot.Host.Storage;

/// <summary>Builds the configured engine; the web host and the command line share it so they see the same data.</summary>
public static class StoreFactory
{
    public static IEntityTable CreateTable(StorageOptions options, string contentRoot) => options.ParsedProvider switch
    {
        StorageProvider.AzureTables when !string.IsNullOrWhiteSpace(options.TableEndpoint) =>
            // In Azure, DefaultAzureCredential finds the managed identity (AZURE_CLIENT_ID names a user-assigned one);
            // on a developer's machine, their Azure CLI or Visual Studio sign-in.
            AzureEntityTableFactory.Create(new Uri(options.TableEndpoint), new DefaultAzureCredential(), new AzureTableOptions { TableName = options.TableName }),
        StorageProvider.AzureTables => AzureEntityTableFactory.Create(options.ConnectionString!, options.TableName),
        _ => SqliteEntityTableFactory.Create(DataFolder(options, contentRoot)),
    };

    /// <summary>The configured engine behind the gate that puts people's store calls ahead of background work's.</summary>
    public static IEntityTable CreatePrioritizedTable(StorageOptions options, string contentRoot) =>
        new PriorityEntityTable(CreateTable(options, contentRoot),
            new StorePriorityGate(options.BackgroundConcurrency, TimeSpan.FromMilliseconds(options.BackgroundHoldOffMilliseconds)));

    public static IJointMeetingStore CreateStore(StorageOptions options, string contentRoot, TimeProvider clock) =>
        new EntityJointMeetingStore(CreateTable(options, contentRoot), clock);

    public static string DataFolder(StorageOptions options, string contentRoot) =>
        Path.GetFullPath(Path.Combine(contentRoot, options.DataPath));

    /// <summary>Where the engine keeps its data, for messages (never the connection string: it holds a key).</summary>
    public static string Describe(StorageOptions options, string contentRoot) => options.ParsedProvider switch
    {
        StorageProvider.AzureTables when !string.IsNullOrWhiteSpace(options.TableEndpoint) =>
            $"Azure table '{options.TableName}' at {options.TableEndpoint} (Azure.Identity's DefaultAzureCredential)",
        StorageProvider.AzureTables => $"Azure table '{options.TableName}'",
        _ => $"embedded store in {DataFolder(options, contentRoot)}",
    };
}
