using MeetingBot.Storage.AzureTables;
using MeetingBot.Storage.Entities;
using MeetingBot.Storage.Tests.Infrastructure;

namespace MeetingBot.Storage.Tests.JointMeetings;

/// <summary>The working copy's conformance suite on Azure Table Storage (Azurite), each test in a table of its own.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureWorkingCopyTests(AzuriteFixture azurite) : WorkingCopyConformanceTests
{
    protected override async Task<IEntityTable> CreateTableAsync() => await azurite.CreateTableAsync();

    protected override Task<IEntityTable> ReopenAsync(IEntityTable table) =>
        Task.FromResult<IEntityTable>(azurite.NewClient(((AzureEntityTable)table).TableName));
}
