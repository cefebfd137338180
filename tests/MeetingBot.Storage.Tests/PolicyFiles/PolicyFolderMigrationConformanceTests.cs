using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Policy.Files;
using MeetingBot.Storage.AzureTables;
using MeetingBot.Storage.Embedded;
using MeetingBot.Storage.Entities;
using MeetingBot.Storage.PolicyFiles;
using MeetingBot.Storage.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Storage.Tests.PolicyFiles;

/// <summary>
/// The policy folder an earlier version of the bot kept on the host's disk (kept originals at its top, earlier
/// versions in earlier/, previews in held/) taken into the store once, on each engine: every version in the order it
/// was kept, a preview still confirmable, nothing twice when run again or on several instances at once, a newer
/// version in the store left current, files moved aside (never deleted), a failure leaving the file where it was.
/// </summary>
public abstract class PolicyFolderMigrationConformanceTests : IDisposable
{
    private const string Plan = "永安区行动计划.docx";
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider time = new(Now);
    private readonly string root = Path.Combine(Path.GetTempPath(), "meetingbot-migration-" + Guid.NewGuid().ToString("N"));
    private readonly byte[] first = Bytes(300_000, 1), second = Bytes(50_000, 2), preview = Bytes(10_000, 3), stale = Bytes(10_000, 4);

    protected abstract Task<IEntityTable> CreateTableAsync();
    protected abstract Task<IEntityTable> ReopenAsync(IEntityTable table);

    private string Folder => Path.Combine(root, "policies");
    private string MovedTo => Path.Combine(root, "policies-moved-to-store");

    // What the earlier version left: the plan kept twice (the first version in earlier/), a preview of an hour ago and one of two days ago.
    private void OldFolder(string folder)
    {
        Write(Path.Combine(folder, "earlier", $"{PolicyFileHash.Of(first)[..12]}-{Plan}"), first, Now.AddDays(-10));
        Write(Path.Combine(folder, Plan), second, Now.AddDays(-3));
        Write(Path.Combine(folder, "held", PolicyFileHash.Of(preview)), preview, Now.AddHours(-1));
        Write(Path.Combine(folder, "held", PolicyFileHash.Of(preview) + ".name"), "区人社局修订稿.pdf"u8.ToArray(), Now.AddHours(-1));
        Write(Path.Combine(folder, "held", PolicyFileHash.Of(stale)), stale, Now.AddDays(-2));
    }

    private PolicyFolderMigration Migration(EntityPolicyFileStore store, string? folder = null) => new(store, folder ?? Folder, MovedTo);

    [Fact]
    public async Task TheOldFolder_IsTakenIn_VersionsInTheOrderKept_PreviewStillConfirmable_AndEveryFileMovedAside()
    {
        var store = new EntityPolicyFileStore(await CreateTableAsync(), time);
        OldFolder(Folder);

        var done = await Migration(store).RunAsync(CancellationToken.None);

        done.Failed.Should().BeEmpty();
        done.Kept.Should().Equal((Plan, 2));
        (await store.VersionsAsync(Plan, CancellationToken.None)).Select(v => (v.ContentHash, v.Version)).Should().Equal((PolicyFileHash.Of(first), 1), (PolicyFileHash.Of(second), 2));
        (await store.ReadKeptAsync(Plan, CancellationToken.None)).Should().Equal(second, "the file at the folder's top was the current one");
        (await store.ListKeptAsync(CancellationToken.None)).Should().ContainSingle(k => k.SourceName == Plan && k.Version == 2);
        var held = await store.TakeAsync(PolicyFileHash.Of(preview), CancellationToken.None);
        held!.FileName.Should().Be("区人社局修订稿.pdf");
        held.Content.Should().Equal(preview, "the convenor can still confirm the preview shown before the upgrade");
        (await store.PeekAsync(PolicyFileHash.Of(stale), CancellationToken.None)).Should().BeNull("a preview older than a day had expired");
        Directory.GetFiles(Folder, "*", SearchOption.AllDirectories).Should().BeEmpty("everything taken in was moved aside");
        Directory.GetFiles(MovedTo, "*", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(MovedTo, p)).Should().BeEquivalentTo(
            [Plan, Path.Combine("earlier", $"{PolicyFileHash.Of(first)[..12]}-{Plan}"), Path.Combine("held", PolicyFileHash.Of(preview)),
             Path.Combine("held", PolicyFileHash.Of(preview) + ".name"), Path.Combine("held", PolicyFileHash.Of(stale))]);
        System.IO.File.ReadAllBytes(Path.Combine(MovedTo, Plan)).Should().Equal(second, "moved, not rewritten");
    }

    [Fact]
    public async Task SeveralInstancesAtOnce_AndAgainLater_AddNothingTwice()
    {
        var table = await CreateTableAsync();
        var instances = new[] { new EntityPolicyFileStore(table, time), new EntityPolicyFileStore(await ReopenAsync(table), time), new EntityPolicyFileStore(await ReopenAsync(table), time) };
        // Each instance on a host of its own with its own copy of the folder, and one more on the first host.
        var folders = instances.Select((_, i) => Path.Combine(root, $"host{i}", "policies")).ToList();
        folders.ForEach(OldFolder);

        var runs = await Task.WhenAll(instances.Select((s, i) => Migration(s, folders[i]).RunAsync(CancellationToken.None))
            .Append(Migration(instances[0], folders[0]).RunAsync(CancellationToken.None)));

        runs.SelectMany(r => r.Failed).Should().BeEmpty();
        runs.SelectMany(r => r.Kept).Sum(k => k.VersionsAdded).Should().Be(2, "one instance adopts, the others find the versions there");
        (await instances[1].VersionsAsync(Plan, CancellationToken.None)).Should().HaveCount(2);
        (await instances[2].ReadKeptAsync(Plan, CancellationToken.None)).Should().Equal(second);

        OldFolder(Folder); // the same files found again (restored from a backup, say)
        var again = await Migration(instances[0]).RunAsync(CancellationToken.None);
        again.Kept.Should().Equal((Plan, 0));
        again.HeldAgain.Should().Be(0, "the preview is in the store already");
        (await instances[0].VersionsAsync(Plan, CancellationToken.None)).Should().HaveCount(2);
    }

    [Fact]
    public async Task AVersionConfirmedInTheStoreSinceTheUpgrade_StaysCurrent_AndTheSameContentIsNotRewritten()
    {
        var table = await CreateTableAsync();
        var store = new EntityPolicyFileStore(table, time);
        var confirmed = Bytes(20_000, 5);
        await store.KeepAsync(Plan, second, CancellationToken.None); // the same bytes as the disk's current file
        await store.KeepAsync(Plan, confirmed, CancellationToken.None); // then a newer version, confirmed in chat after the upgrade
        var rowsBefore = (await table.QueryAsync(PolicyFileRows.KeptPartition(Plan), [""])).ToDictionary(r => r.RowKey, r => r.ETag);
        OldFolder(Folder);

        var done = await Migration(store).RunAsync(CancellationToken.None);

        done.Kept.Should().Equal([(Plan, 1)], "only the version the store did not have is added");
        (await store.ReadKeptAsync(Plan, CancellationToken.None)).Should().Equal(confirmed, "it was kept after every file on the disk");
        (await store.VersionsAsync(Plan, CancellationToken.None)).Select(v => v.ContentHash).Should().Equal([PolicyFileHash.Of(second), PolicyFileHash.Of(confirmed), PolicyFileHash.Of(first)]);
        var rowsAfter = (await table.QueryAsync(PolicyFileRows.KeptPartition(Plan), [""])).ToDictionary(r => r.RowKey, r => r.ETag);
        rowsBefore.Where(r => r.Key != PolicyFileRows.KeptHead).Should().OnlyContain(r => rowsAfter[r.Key] == r.Value, "rows in the store are not rewritten");
    }

    [Fact]
    public async Task AStoreThatFails_LeavesTheFilesOnTheDisk_ForTheNextStart()
    {
        var table = await CreateTableAsync();
        OldFolder(Folder);

        var failed = await Migration(new EntityPolicyFileStore(new RefusingWrites(table), time)).RunAsync(CancellationToken.None);

        failed.Failed.Select(f => Path.GetFileName(f.Path)).Should().Contain([Plan, PolicyFileHash.Of(preview)]);
        System.IO.File.ReadAllBytes(Path.Combine(Folder, Plan)).Should().Equal(second);
        System.IO.File.Exists(Path.Combine(Folder, "held", PolicyFileHash.Of(preview))).Should().BeTrue();
        var next = await Migration(new EntityPolicyFileStore(table, time)).RunAsync(CancellationToken.None);
        next.Failed.Should().BeEmpty();
        next.Kept.Should().Equal((Plan, 2));
    }

    private sealed class RefusingWrites(IEntityTable inner) : DelegatingEntityTable(inner)
    {
        public override Task<IReadOnlyList<string?>> SubmitAsync(string partitionKey, IReadOnlyList<EntityWrite> writes, CancellationToken cancellationToken = default) =>
            throw new StoreUnavailableException("The store is down.", new IOException("down"));
    }

    private static void Write(string path, byte[] content, DateTimeOffset at)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllBytes(path, content);
        System.IO.File.SetLastWriteTimeUtc(path, at.UtcDateTime);
    }

    private static byte[] Bytes(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    public virtual void Dispose()
    {
        try { Directory.Delete(root, recursive: true); } catch (IOException) { }
    }
}

/// <summary>The policy folder's migration on the embedded engine.</summary>
public sealed class SqlitePolicyFolderMigrationTests : PolicyFolderMigrationConformanceTests
{
    private readonly SqliteTestFolders folders = new();

    protected override async Task<IEntityTable> CreateTableAsync() => await folders.OpenAsync(folders.NewFolder());

    protected override async Task<IEntityTable> ReopenAsync(IEntityTable table) =>
        await folders.OpenAsync(Path.GetDirectoryName(((SqliteEntityTable)table).DatabasePath)!);

    public override void Dispose()
    {
        base.Dispose();
        folders.Dispose();
    }
}

/// <summary>The policy folder's migration on Azure Table Storage (Azurite).</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzurePolicyFolderMigrationTests(AzuriteFixture azurite) : PolicyFolderMigrationConformanceTests
{
    protected override async Task<IEntityTable> CreateTableAsync() => await azurite.CreateTableAsync();

    protected override Task<IEntityTable> ReopenAsync(IEntityTable table) =>
        Task.FromResult<IEntityTable>(azurite.NewClient(((AzureEntityTable)table).TableName));
}
