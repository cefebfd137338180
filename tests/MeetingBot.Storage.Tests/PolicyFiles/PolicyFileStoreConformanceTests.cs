using MeetingBot.Core.Policy.Files;
using MeetingBot.Storage.Entities;
using MeetingBot.Storage.PolicyFiles;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Storage.Tests.PolicyFiles;

/// <summary>
/// The policy files sent in chat, run against each engine by the subclasses: a preview one instance showed is
/// confirmed on another, once; files larger than a row and a batch come back byte for byte; unconfirmed ones expire
/// and are swept; kept originals keep every version and every instance lists the latest.
/// </summary>
public abstract class PolicyFileStoreConformanceTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));

    /// <summary>A fresh, initialised, empty table.</summary>
    protected abstract Task<IEntityTable> CreateTableAsync();

    /// <summary>Another engine instance over the same stored data (another host of the bot).</summary>
    protected abstract Task<IEntityTable> ReopenAsync(IEntityTable table);

    private const string Sender = "msteams:aad-convenor|msteams|personal-1";

    [Fact]
    public async Task TheSameFile_SentByTwoPeople_IsAPreviewEach_AndOneTakenLeavesTheOther()
    {
        var table = await CreateTableAsync();
        var files = new EntityPolicyFileStore(table, time);
        var content = File(250_000, seed: 7);

        var convenors = await files.HoldAsync("plan.docx", content, Sender, CancellationToken.None);
        var secretarys = await new EntityPolicyFileStore(await ReopenAsync(table), time).HoldAsync("方案.docx", content, "msteams:aad-secretary|msteams|personal-2", CancellationToken.None);
        var again = await files.HoldAsync("plan.docx", content, Sender, CancellationToken.None);

        secretarys.Key.Should().NotBe(convenors.Key);
        again.Key.Should().Be(convenors.Key, "the same person sending it again in the same conversation has the same preview");
        (await files.TakeAsync(convenors.Key, CancellationToken.None))!.Content.Should().Equal(content);
        var theirs = await files.TakeAsync(secretarys.Key, CancellationToken.None);
        theirs!.FileName.Should().Be("方案.docx", "the other sender's preview is still there, under their own name for it");
        theirs.Content.Should().Equal(content);
        theirs.ContentHash.Should().Be(PolicyFileHash.Of(content));
    }

    [Fact]
    public async Task Restored_AfterATakeWhoseChangeFailed_IsConfirmableAgain_Once()
    {
        var table = await CreateTableAsync();
        var files = new EntityPolicyFileStore(table, time);
        var held = await files.HoldAsync("plan.pdf", File(700_000, seed: 8), Sender, CancellationToken.None);
        var taken = await files.TakeAsync(held.Key, CancellationToken.None);

        await files.RestoreAsync(taken!, CancellationToken.None);

        var other = new EntityPolicyFileStore(await ReopenAsync(table), time);
        (await other.PeekAsync(held.Key, CancellationToken.None))!.Content.Should().Equal(held.Content);
        (await other.TakeAsync(held.Key, CancellationToken.None))!.FileName.Should().Be("plan.pdf");
        (await files.TakeAsync(held.Key, CancellationToken.None)).Should().BeNull();
    }

    [Fact]
    public async Task Held_OnOneInstance_IsTakenOnAnotherOnce_AndThenByNobody()
    {
        var table = await CreateTableAsync();
        var shown = new EntityPolicyFileStore(table, time);
        var confirming = new EntityPolicyFileStore(await ReopenAsync(table), time);
        var content = File(3_000_000, seed: 1); // 16 rows, two batches

        var held = await shown.HoldAsync("永安区行动计划.docx", content, Sender, CancellationToken.None);
        var peeked = await confirming.PeekAsync(held.Key, CancellationToken.None);
        var taken = await confirming.TakeAsync(held.Key, CancellationToken.None);

        peeked!.Content.Should().Equal(content);
        taken!.FileName.Should().Be("永安区行动计划.docx");
        taken.Content.Should().Equal(content, "every byte across rows and batches");
        (await confirming.TakeAsync(held.Key, CancellationToken.None)).Should().BeNull("a preview is confirmed once");
        (await shown.TakeAsync(held.Key, CancellationToken.None)).Should().BeNull("also on the instance that showed it");
        (await table.QueryAsync(PolicyFileRows.HeldPartition(held.Key), [""])).Should().BeEmpty("a taken file's rows are removed");
    }

    [Fact]
    public async Task Take_OnTwoInstancesAtOnce_GivesTheFileToOne()
    {
        var table = await CreateTableAsync();
        var a = new EntityPolicyFileStore(table, time);
        var b = new EntityPolicyFileStore(await ReopenAsync(table), time);
        var held = await a.HoldAsync("plan.pdf", File(500_000, seed: 2), Sender, CancellationToken.None);

        var both = await Task.WhenAll(a.TakeAsync(held.Key, CancellationToken.None), b.TakeAsync(held.Key, CancellationToken.None));

        both.Count(f => f is not null).Should().Be(1);
    }

    [Fact]
    public async Task Held_UnconfirmedForADay_ExpiresAndTheNextHoldSweepsIt()
    {
        var table = await CreateTableAsync();
        var files = new EntityPolicyFileStore(table, time);
        var old = await files.HoldAsync("old.docx", File(400_000, seed: 3), Sender, CancellationToken.None);
        time.Advance(TimeSpan.FromHours(23));
        (await files.PeekAsync(old.Key, CancellationToken.None)).Should().NotBeNull("a preview waits a day");

        time.Advance(TimeSpan.FromHours(2));
        var expired = await new EntityPolicyFileStore(await ReopenAsync(table), time).TakeAsync(old.Key, CancellationToken.None);
        var fresh = await files.HoldAsync("new.docx", File(1_000, seed: 4), Sender, CancellationToken.None);

        expired.Should().BeNull("a day-old preview cannot be confirmed");
        (await table.QueryAsync(PolicyFileRows.HeldPartition(old.Key), [""])).Should().BeEmpty("holding another file swept the expired one");
        (await table.QueryAsync(PolicyFileRows.IndexPartition, [PolicyFileRows.HeldIndexPrefix])).Select(r => r.RowKey)
            .Should().Equal(PolicyFileRows.HeldIndex(fresh.Key));
        (await files.PeekAsync(fresh.Key, CancellationToken.None)).Should().NotBeNull();
    }

    [Fact]
    public async Task Keep_ANewVersion_IsWhatEveryInstanceReads_AndTheEarlierOneStays()
    {
        var table = await CreateTableAsync();
        var files = new EntityPolicyFileStore(table, time);
        var first = File(250_000, seed: 5);
        var second = File(2_100_000, seed: 6);

        await files.KeepAsync("002_计划.docx", first, CancellationToken.None);
        await files.KeepAsync("002_计划.docx", first, CancellationToken.None);
        await files.KeepAsync("002_计划.docx", second, CancellationToken.None);
        var other = new EntityPolicyFileStore(await ReopenAsync(table), time);

        (await other.ListKeptAsync(CancellationToken.None)).Should().Equal(new KeptPolicyFile("002_计划.docx", PolicyFileHash.Of(second), 2));
        (await other.ReadKeptAsync("002_计划.docx", CancellationToken.None)).Should().Equal(second);
        (await other.VersionsAsync("002_计划.docx", CancellationToken.None)).Select(v => (v.ContentHash, v.Version))
            .Should().Equal((PolicyFileHash.Of(first), 1), (PolicyFileHash.Of(second), 2));
        (await other.ClashesAsync("002_计划.docx", first, CancellationToken.None)).Should().BeTrue();
        (await other.ClashesAsync("002_计划.docx", second, CancellationToken.None)).Should().BeFalse();
        (await other.ReadKeptAsync("003.txt", CancellationToken.None)).Should().BeNull();
    }

    [Fact]
    public async Task Keep_OnTwoInstancesAtOnce_KeepsBothVersions()
    {
        var table = await CreateTableAsync();
        var a = new EntityPolicyFileStore(table, time);
        var b = new EntityPolicyFileStore(await ReopenAsync(table), time);
        var one = File(300_000, seed: 7);
        var two = File(300_000, seed: 8);

        await Task.WhenAll(a.KeepAsync("plan.docx", one, CancellationToken.None), b.KeepAsync("plan.docx", two, CancellationToken.None));

        var versions = await a.VersionsAsync("plan.docx", CancellationToken.None);
        versions.Select(v => v.Version).Should().Equal(1, 2);
        versions.Select(v => v.ContentHash).Should().BeEquivalentTo([PolicyFileHash.Of(one), PolicyFileHash.Of(two)]);
        var latest = await b.ReadKeptAsync("plan.docx", CancellationToken.None);
        PolicyFileHash.Of(latest!).Should().Be(versions[1].ContentHash, "the latest version reads whole, never a mix of the two");
        (await a.ListKeptAsync(CancellationToken.None)).Single().ContentHash.Should().Be(versions[1].ContentHash);
    }

    private static byte[] File(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }
}
