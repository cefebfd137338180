using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Storage.Entities;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Host.Tests.Storage;

/// <summary>A store saved before the lookup hints existed gets them once, in the background of a start.</summary>
public class LookupHintsBackfillTests
{
    [Fact]
    public async Task Start_OnAStoreWithoutTheHints_WritesThemInTheBackground_ThenTheListIsOnePartition()
    {
        using var data = new TempFolder();
        var settings = new Dictionary<string, string?> { ["Storage:DataPath"] = data.Path };
        var first = new MeetingBotApplication { Settings = settings };
        _ = first.Server; // creates the demo joint meetings, with their hints
        await WaitForAsync(first, "hints");
        var table = first.Services.GetRequiredService<IEntityTable>();
        // As a store of the layout before: no list, no "hinted" rows, no mark.
        var listed = await table.QueryAsync("|list", [""]);
        listed.Should().HaveCount(5);
        await table.SubmitAsync("|list", [.. listed.Select(r => EntityWrite.Delete(r.RowKey))]);
        foreach (var id in listed.Select(r => r.RowKey["j|".Length..])) await table.SubmitAsync(id, [EntityWrite.Delete("hints")]);
        await table.SubmitAsync("|index", [EntityWrite.Delete("hints")]);
        await first.DisposeAsync();

        await using var second = new MeetingBotApplication { Settings = settings };
        _ = second.Server;
        await WaitForAsync(second, "hints");

        var secondTable = second.Services.GetRequiredService<IEntityTable>();
        (await secondTable.QueryAsync("|list", [""])).Should().HaveCount(5, "each joint meeting listed again");
        (await second.Services.GetRequiredService<IJointMeetingLookup>().ListEntriesAsync()).Select(e => e.Id)
            .Should().Equal("demo-000", "demo-001", "demo-002", "demo-003", "demo-004");
    }

    // The backfill runs behind the start: bounded polling (300 × 50 ms) for its mark.
    private static async Task WaitForAsync(MeetingBotApplication app, string mark)
    {
        var table = app.Services.GetRequiredService<IEntityTable>();
        for (var i = 0; i < 300 && await table.GetAsync("|index", mark) is null; i++) await Task.Delay(50);
        (await table.GetAsync("|index", mark)).Should().NotBeNull("the backfill marks the store when done");
    }
}
