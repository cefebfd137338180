using MeetingBot.Core.Domain.Persistence;
using System.Diagnostics;
using Azure.Data.Tables;
using MeetingBot.Storage.AzureTables;
using MeetingBot.Storage.Entities;
using MeetingBot.Storage.Tests.Infrastructure;
using MeetingBot.TestPeers.Azurite;

namespace MeetingBot.Storage.Tests.Entities;

/// <summary>The conformance suite against the Azure engine on Azurite, each test in a table of its own.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureEntityTableTests(AzuriteFixture azurite) : EntityTableConformanceTests
{
    protected override async Task<IEntityTable> CreateTableAsync() => await azurite.CreateTableAsync();

    protected override Task<IEntityTable> ReopenAsync(IEntityTable table) =>
        Task.FromResult<IEntityTable>(azurite.NewClient(((AzureEntityTable)table).TableName));

    protected override async Task<IStoreOutage> CreateOutageAsync() => await ProxyOutage.CreateAsync(azurite);

    [Fact]
    public async Task SubmitAsync_StoreOnAClosedPort_ThrowsUnavailableWithinTenSeconds()
    {
        var table = azurite.NewClient(AzuriteFixture.UniqueTableName(), port: LoopbackPorts.Closed());
        var clock = Stopwatch.StartNew();

        var submit = () => table.SubmitAsync("p", [EntityWrite.Insert("r", "{}")]);

        await submit.Should().ThrowAsync<StoreUnavailableException>();
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10));
        var read = () => table.GetAsync("p", "r");
        await read.Should().ThrowAsync<StoreUnavailableException>();
    }

    [Fact]
    public async Task SubmitAsync_StoreThatNeverAnswers_ThrowsUnavailableAfterTheNetworkTimeouts()
    {
        await using var proxy = new LoopbackProxy(azurite.Port);
        var options = new AzureTableOptions { NetworkTimeout = TimeSpan.FromMilliseconds(500), MaxRetries = 1, RetryDelay = TimeSpan.FromMilliseconds(50) };
        var table = await azurite.CreateTableAsync(options, proxy.Port);
        proxy.BeginBlackHole();
        var clock = Stopwatch.StartNew();

        var submit = () => table.SubmitAsync("p", [EntityWrite.Insert("r", "{}")]);

        await submit.Should().ThrowAsync<StoreUnavailableException>();
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task SubmitAsync_InsertAppliedButItsAnswerLost_IsReportedAsWrittenNotAsAConflict()
    {
        await using var proxy = new LoopbackProxy(azurite.Port);
        var table = await azurite.CreateTableAsync(new AzureTableOptions { RetryDelay = TimeSpan.FromMilliseconds(20) }, proxy.Port);
        proxy.LoseNextResponse();

        var etags = await table.SubmitAsync("p", [EntityWrite.Insert("a", "{\"n\":1}"), EntityWrite.Insert("b", "{\"n\":2}")]);

        var rows = await table.QueryAsync("p", [""]);
        rows.Select(r => r.Body).Should().Equal("{\"n\":1}", "{\"n\":2}");
        etags.Should().Equal(rows.Select(r => r.ETag));
    }

    [Fact]
    public async Task SubmitAsync_ReplaceAppliedButItsAnswerLost_IsReportedAsWritten()
    {
        await using var proxy = new LoopbackProxy(azurite.Port);
        var table = await azurite.CreateTableAsync(new AzureTableOptions { RetryDelay = TimeSpan.FromMilliseconds(20) }, proxy.Port);
        var etag = (await table.SubmitAsync("p", [EntityWrite.Insert("a", "{\"v\":1}")]))[0]!;
        proxy.LoseNextResponse();

        var replaced = await table.SubmitAsync("p", [EntityWrite.Replace("a", "{\"v\":2}", etag)]);

        (await table.GetAsync("p", "a"))!.Should().Be(new EntityRow("p", "a", "{\"v\":2}", replaced[0]!));
    }

    [Fact]
    public async Task SubmitAsync_InsertOfAnExistingRowWithoutRetry_IsStillAConflict()
    {
        var table = await azurite.CreateTableAsync();
        await table.SubmitAsync("p", [EntityWrite.Insert("claim", "{\"by\":\"same\"}")]);

        var again = () => table.SubmitAsync("p", [EntityWrite.Insert("claim", "{\"by\":\"same\"}")]);

        await again.Should().ThrowAsync<StoreConflictException>("only a retry of our own write may be taken as applied, never another writer's identical row");
    }

    [Theory]
    [InlineData(503)]
    [InlineData(500)]
    [InlineData(429)]
    public async Task SubmitAsync_StoreAnswersWithAServerErrorOrThrottling_ThrowsUnavailable(int status)
    {
        await using var proxy = new LoopbackProxy(azurite.Port);
        var table = await azurite.CreateTableAsync(new AzureTableOptions { RetryDelay = TimeSpan.FromMilliseconds(20) }, proxy.Port);
        proxy.BeginAnswering(status);

        var submit = () => table.SubmitAsync("p", [EntityWrite.Insert("r", "{}")]);
        var read = () => table.QueryAsync("p", [""]);

        (await submit.Should().ThrowAsync<StoreUnavailableException>()).Which.Message.Should().Contain(status.ToString());
        await read.Should().ThrowAsync<StoreUnavailableException>();
    }

    [Fact]
    public async Task SubmitAsync_CallerCancels_ThrowsCancellationNotUnavailable()
    {
        await using var proxy = new LoopbackProxy(azurite.Port);
        var table = await azurite.CreateTableAsync(port: proxy.Port);
        proxy.BeginBlackHole();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        var submit = () => table.SubmitAsync("p", [EntityWrite.Insert("r", "{}")], cancel.Token);

        await submit.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task SubmitAsync_AwkwardKeysAndALongBody_AreStoredEscapedAndInParts()
    {
        var table = await azurite.CreateTableAsync();
        var body = TestText.Chinese(EntityLimits.MaxBodyLength);

        await table.SubmitAsync("会议/1", [EntityWrite.Insert("a#b?c%d\\e\u0001", body)]);

        var raw = new TableClient(azurite.ConnectionString, table.TableName);
        var entity = (await raw.GetEntityAsync<TableEntity>("会议%2F1", "a%23b%3Fc%25d%5Ce%01")).Value;
        entity.GetInt32(AzureBody.PartsProperty).Should().Be(14);
        entity.GetString("Body0").Should().HaveLength(AzureBody.MaxPartLength);
    }

    [Fact]
    public async Task InitializeAsync_TableExists_IsSafeToRepeat()
    {
        var table = await azurite.CreateTableAsync();
        await table.SubmitAsync("p", [EntityWrite.Insert("r", "{}")]);

        await table.InitializeAsync();

        (await table.GetAsync("p", "r")).Should().NotBeNull();
    }
}
