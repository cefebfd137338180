using MeetingBot.Storage.AzureTables;
using MeetingBot.Storage.Entities;
using MeetingBot.Storage.Tests.Infrastructure;

namespace MeetingBot.Storage.Tests.Reminders;

/// <summary>Whole sweeps on the due index on Azure Table Storage (Azurite), each test in a table of its own.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureDueSweepTests(AzuriteFixture azurite) : DueSweepConformanceTests
{
    protected override async Task<IEntityTable> CreateTableAsync() => await azurite.CreateTableAsync();

    protected override Task<IEntityTable> ReopenAsync(IEntityTable table) =>
        Task.FromResult<IEntityTable>(azurite.NewClient(((AzureEntityTable)table).TableName));
}
