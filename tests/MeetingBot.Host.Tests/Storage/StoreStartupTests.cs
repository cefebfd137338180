using MeetingBot.Core.Domain.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MeetingBot.Host.Tests.Storage;

public class StoreStartupTests
{
    [Fact]
    public async Task Start_WithAnEmptyEmbeddedStore_CreatesADemoJointMeetingPerSeed()
    {
        await using var app = new MeetingBotApplication();
        _ = app.Server; // starts the host

        var store = app.Services.GetRequiredService<IJointMeetingStore>();
        var all = await store.ListAsync();

        all.Select(j => j.Value.Id).Should().Equal("demo-000", "demo-001", "demo-002", "demo-003", "demo-004");
        var yongnian = all.Single(j => j.Value.Id == "demo-002").Value;
        yongnian.Units.Should().HaveCount(7);
        yongnian.Name.Should().Contain("永年区职业教育改革发展实施方案");
        File.Exists(Path.Combine(app.DataPath, "meetingbot.db")).Should().BeTrue();
    }

    [Fact]
    public async Task Start_Again_KeepsWhatIsThereAndAddsNoDemos()
    {
        using var data = new TempFolder();
        var settings = new Dictionary<string, string?> { ["Storage:DataPath"] = data.Path };
        var first = new MeetingBotApplication { Settings = settings };
        _ = first.Server;
        var store = first.Services.GetRequiredService<IJointMeetingStore>();
        var demo = (await store.LoadAsync("demo-004"))!;
        demo.JointMeeting.Value.AddUnit(Core.Domain.Accounts.ChatAccount.System, "区审计局", [], first.Services.GetRequiredService<TimeProvider>().GetUtcNow());
        await store.SaveAsync(new ChangeSet("demo-004").Update(demo.JointMeeting));
        await first.DisposeAsync();

        await using var second = new MeetingBotApplication { Settings = settings };
        _ = second.Server;

        var reloaded = await second.Services.GetRequiredService<IJointMeetingStore>().ListAsync();
        reloaded.Should().HaveCount(5);
        reloaded.Single(j => j.Value.Id == "demo-004").Value.Units.Select(u => u.Name).Should().Contain("区审计局");
    }

    [Fact]
    public async Task Start_WithSeedDemoOff_StartsEmpty()
    {
        await using var app = new MeetingBotApplication { Settings = new Dictionary<string, string?> { ["Storage:SeedDemo"] = "false" } };
        _ = app.Server;

        (await app.Services.GetRequiredService<IJointMeetingStore>().ListAsync()).Should().BeEmpty();
    }

    [Theory]
    [InlineData("Storage:Provider", "Cosmos", "Storage:Provider is 'Cosmos'; valid values are Embedded, AzureTables.")]
    [InlineData("Storage:Provider", "AzureTables", "Storage:ConnectionString or Storage:TableEndpoint is required")]
    public async Task Start_WithABadStorageSetting_StopsNamingTheKey(string key, string value, string message)
    {
        var start = () => HostStart.StartAndStopAsync(new Dictionary<string, string?> { [key] = value });

        (await start.Should().ThrowAsync<OptionsValidationException>()).Which.Message.Should().Contain(message);
    }

    [Fact]
    public async Task Start_WithAzureAndABadTableName_StopsNamingTheKey()
    {
        var start = () => HostStart.StartAndStopAsync(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "AzureTables",
            ["Storage:ConnectionString"] = "UseDevelopmentStorage=true",
            ["Storage:TableName"] = "meeting-bot",
        });

        (await start.Should().ThrowAsync<OptionsValidationException>()).Which.Message.Should().Contain("Storage:TableName is 'meeting-bot'");
    }

    [Theory]
    [InlineData("UseDevelopmentStorage=true", "https://account.table.core.windows.net/", "are both set; set one")]
    [InlineData(null, "http://account.table.core.windows.net/", "Storage:TableEndpoint is 'http://account.table.core.windows.net/'; it must be an absolute https URL")]
    [InlineData(null, "account.table.core.windows.net", "it must be an absolute https URL")]
    public async Task Start_WithAzureAndABadTableEndpoint_StopsNamingTheKey(string? connectionString, string endpoint, string message)
    {
        var start = () => HostStart.StartAndStopAsync(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "AzureTables",
            ["Storage:ConnectionString"] = connectionString,
            ["Storage:TableEndpoint"] = endpoint,
        });

        (await start.Should().ThrowAsync<OptionsValidationException>()).Which.Message.Should().Contain(message);
    }
}
