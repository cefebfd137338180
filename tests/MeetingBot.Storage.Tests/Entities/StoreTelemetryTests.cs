using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Storage.Entities;
using MeetingBot.Storage.Tests.Infrastructure;
using MeetingBot.TestPeers.Telemetry;

namespace MeetingBot.Storage.Tests.Entities;

[CollectionDefinition(TelemetryCollection.Name, DisableParallelization = true)]
public sealed class TelemetryCollectionDefinition;

/// <summary>Store conflicts are counted for whoever watches the metrics, by engine.</summary>
[Collection(TelemetryCollection.Name)]
public sealed class StoreTelemetryTests : IDisposable
{
    private readonly TelemetryCapture telemetry = new();
    private readonly SqliteTestFolders folders = new();

    [Fact]
    public async Task SubmitAsync_InsertOfARowThatExists_IsCountedAsAConflictOfTheEmbeddedStore()
    {
        var table = await folders.OpenAsync(folders.NewFolder());
        await table.SubmitAsync("p", [EntityWrite.Insert("r", "{}")]);

        var again = () => table.SubmitAsync("p", [EntityWrite.Insert("r", "{}")]);

        await again.Should().ThrowAsync<StoreConflictException>();
        telemetry.Sum("meetingbot.store.errors", ("meetingbot.store.engine", "embedded"), ("meetingbot.store.error", "conflict")).Should().Be(1);
    }

    public void Dispose()
    {
        telemetry.Dispose();
        folders.Dispose();
    }
}
