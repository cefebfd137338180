using MeetingBot.Storage.AzureTables;
using MeetingBot.TestPeers.Azurite;

namespace MeetingBot.Storage.Tests.Infrastructure;

/// <summary>
/// One Azurite (<see cref="AzuriteServer"/>) for the whole "Azurite" collection, and fresh tables in it. Starting
/// it fails the collection's tests loudly when Node.js or the package is missing: storage tests never skip.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteServer? server;

    public int Port => Server.Port;

    public string ConnectionString => Server.ConnectionString;

    /// <summary>A fresh, initialised table of its own (unique name), so tests never see each other's rows.</summary>
    public async Task<AzureEntityTable> CreateTableAsync(AzureTableOptions? options = null, int? port = null)
    {
        var table = NewClient(UniqueTableName(), options, port);
        await table.InitializeAsync();
        return table;
    }

    /// <summary>Another engine instance over an existing table, e.g. through a proxy or after a "restart".</summary>
    public AzureEntityTable NewClient(string tableName, AzureTableOptions? options = null, int? port = null) =>
        AzureEntityTableFactory.Create(AzuriteServer.ConnectionStringFor(port ?? Port), (options ?? new AzureTableOptions()) with { TableName = tableName });

    public static string UniqueTableName() => "t" + Guid.NewGuid().ToString("N");

    public async Task InitializeAsync() => server = await AzuriteServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (server is not null)
            await server.DisposeAsync();
        server = null;
    }

    private AzuriteServer Server => server ?? throw new InvalidOperationException("Azurite is not running: the fixture was not initialised or is disposed.");
}

[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
