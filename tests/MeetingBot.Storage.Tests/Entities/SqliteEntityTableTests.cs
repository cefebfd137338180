using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Storage.Embedded;
using MeetingBot.Storage.Entities;
using MeetingBot.Storage.Tests.Infrastructure;

namespace MeetingBot.Storage.Tests.Entities;

/// <summary>The conformance suite against the embedded engine, each test in a temporary data folder of its own.</summary>
public sealed class SqliteEntityTableTests : EntityTableConformanceTests, IDisposable
{
    private readonly SqliteTestFolders _folders = new();

    protected override async Task<IEntityTable> CreateTableAsync() => await OpenAsync(NewFolder());

    protected override async Task<IEntityTable> ReopenAsync(IEntityTable table) =>
        await OpenAsync(Path.GetDirectoryName(((SqliteEntityTable)table).DatabasePath)!);

    protected override async Task<IStoreOutage> CreateOutageAsync() =>
        new ExclusiveLockOutage(await OpenAsync(NewFolder(), TimeSpan.FromMilliseconds(300)));

    [Fact]
    public async Task InitializeAsync_MissingDataFolder_CreatesItAndIsSafeToRepeat()
    {
        var folder = Path.Combine(NewFolder(), "nested", "data");

        var table = await OpenAsync(folder);
        await table.InitializeAsync();

        File.Exists(Path.Combine(folder, SqliteTableOptions.DefaultFileName)).Should().BeTrue();
    }

    [Fact]
    public async Task SubmitAsync_TwoInstancesOverOneFileReplaceWithTheSameETag_ExactlyOneWins()
    {
        // Two instances share no gate and no connection pool state: they meet only in SQLite's file locks,
        // as two bot processes over one data folder do.
        var folder = NewFolder();
        var first = await OpenAsync(folder);
        var second = await OpenAsync(folder);
        var etag = (await first.SubmitAsync("p", [EntityWrite.Insert("row", "0")]))[0]!;

        for (var round = 0; round < 25; round++)
        {
            var results = await Task.WhenAll(
                Task.Run(() => Outcome(first.SubmitAsync("p", [EntityWrite.Replace("row", $"first {round}", etag)]))),
                Task.Run(() => Outcome(second.SubmitAsync("p", [EntityWrite.Replace("row", $"second {round}", etag)]))));

            results.Count(result => result is not null).Should().Be(1, $"round {round} must have exactly one winner");
            etag = results.Single(result => result is not null)!;
        }
    }

    public void Dispose() => _folders.Dispose();

    private static async Task<string?> Outcome(Task<IReadOnlyList<string?>> submit)
    {
        try
        {
            return (await submit)[0];
        }
        catch (StoreConflictException)
        {
            return null;
        }
    }

    private string NewFolder() => _folders.NewFolder();

    private Task<SqliteEntityTable> OpenAsync(string folder, TimeSpan? busyTimeout = null) => _folders.OpenAsync(folder, busyTimeout);
}
