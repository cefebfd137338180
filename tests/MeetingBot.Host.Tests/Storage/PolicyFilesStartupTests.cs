using MeetingBot.Core.Conversation;
using MeetingBot.Core.Policy.Files;
using MeetingBot.Host.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MeetingBot.Host.Tests.Storage;

/// <summary>What the host does with policy files as it starts: the earlier version's files on its disk go into the store, and document reading is warmed up.</summary>
public sealed class PolicyFilesStartupTests
{
    [Fact]
    public async Task APolicyFolderLeftByAnEarlierVersion_IsInTheStoreAndAnsweredFrom_AfterStart_AndMovedAside()
    {
        await using var app = new MeetingBotApplication();
        var folder = Path.Combine(app.DataPath, "policies");
        Directory.CreateDirectory(Path.Combine(folder, "earlier"));
        var seed = await File.ReadAllBytesAsync(Path.Combine(RepoPaths.Seeds, "002_3db67e52c630979e.txt"));
        var earlier = System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(seed).Replace("2022年", "2021年"));
        await File.WriteAllBytesAsync(Path.Combine(folder, "永年区方案.txt"), seed);
        await File.WriteAllBytesAsync(Path.Combine(folder, "earlier", $"{PolicyFileHash.Of(earlier)[..12]}-永年区方案.txt"), earlier);
        File.SetLastWriteTimeUtc(Path.Combine(folder, "earlier", $"{PolicyFileHash.Of(earlier)[..12]}-永年区方案.txt"), File.GetLastWriteTimeUtc(Path.Combine(folder, "永年区方案.txt")).AddDays(-30));

        _ = app.Server;

        var files = app.Services.GetRequiredService<IPolicyFileStore>();
        (await files.ReadKeptAsync("永年区方案.txt", CancellationToken.None)).Should().Equal(seed, "the file at the folder's top was the current version");
        (await files.ListKeptAsync(CancellationToken.None)).Should().ContainSingle(k => k.SourceName == "永年区方案.txt" && k.Version == 2);
        app.Services.GetRequiredService<PolicyCatalog>().Documents.Should().Contain(d => d.SourceName == "永年区方案.txt");
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Should().BeEmpty();
        File.Exists(Path.Combine(app.DataPath, "policies-moved-to-store", "永年区方案.txt")).Should().BeTrue("moved aside, not deleted");
    }

    [Fact]
    public async Task DocumentReading_IsWarmedUpInTheBackground_AfterStart()
    {
        await using var app = new MeetingBotApplication { Settings = new Dictionary<string, string?> { ["PolicyFiles:WarmUpRounds"] = "1" } };
        _ = app.Server;

        var warmup = app.Services.GetServices<IHostedService>().OfType<PolicyFormatsWarmup>().Single();

        await warmup.ExecuteTask!.WaitAsync(TimeSpan.FromMinutes(1));
        warmup.Took.Should().NotBeNull("it read its Word and PDF plan as their 19 tasks");
    }
}
