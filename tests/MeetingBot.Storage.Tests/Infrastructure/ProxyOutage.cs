using MeetingBot.Storage.AzureTables;
using MeetingBot.Storage.Entities;
using MeetingBot.Storage.Tests.Entities;

namespace MeetingBot.Storage.Tests.Infrastructure;

/// <summary>The engine talks to Azurite through a relay; stopping the relay is the outage.</summary>
public sealed class ProxyOutage(AzureEntityTable table, LoopbackProxy proxy) : IStoreOutage
{
    public static async Task<ProxyOutage> CreateAsync(AzuriteFixture azurite)
    {
        var proxy = new LoopbackProxy(azurite.Port);
        return new ProxyOutage(await azurite.CreateTableAsync(port: proxy.Port), proxy);
    }

    public IEntityTable Table => table;

    public Task BeginAsync()
    {
        proxy.Stop();
        return Task.CompletedTask;
    }

    public Task EndAsync()
    {
        proxy.Start();
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync() => proxy.DisposeAsync();
}
