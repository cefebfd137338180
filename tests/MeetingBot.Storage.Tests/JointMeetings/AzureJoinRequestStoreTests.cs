using MeetingBot.Storage.Entities;
using MeetingBot.Storage.Tests.Infrastructure;

namespace MeetingBot.Storage.Tests.JointMeetings;

/// <summary>The join-request and row-size suite on Azure Table Storage (Azurite).</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureJoinRequestStoreTests(AzuriteFixture azurite) : JoinRequestStoreConformanceTests
{
    protected override async Task<IEntityTable> CreateTableAsync() => await azurite.CreateTableAsync();
}
