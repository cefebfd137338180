using MeetingBot.Core.Domain.Persistence;
using System.Diagnostics;
using MeetingBot.Storage.Entities;

namespace MeetingBot.Storage.Tests.Entities;

/// <summary>
/// What every engine must do the same way (the IEntityTable contract), run once per engine by the subclasses.
/// Each test gets a fresh, empty table.
/// </summary>
public abstract class EntityTableConformanceTests
{
    private static readonly TimeSpan OutageBudget = TimeSpan.FromSeconds(10);

    /// <summary>A fresh, initialised, empty table.</summary>
    protected abstract Task<IEntityTable> CreateTableAsync();

    /// <summary>A new engine instance over the same stored data: what the bot opens after a restart.</summary>
    protected abstract Task<IEntityTable> ReopenAsync(IEntityTable table);

    protected abstract Task<IStoreOutage> CreateOutageAsync();

    [Theory]
    [MemberData(nameof(TestText.AwkwardKeys), MemberType = typeof(TestText))]
    public async Task SubmitAsync_AwkwardKeys_ReadBackExactly(string key)
    {
        var table = await CreateTableAsync();
        var body = TestText.Json("联席会议办公室设在区教育局");

        var etags = await table.SubmitAsync(key, [EntityWrite.Insert(key, body), EntityWrite.Insert(key + "/子", body)]);

        var row = await table.GetAsync(key, key);
        row.Should().Be(new EntityRow(key, key, body, etags[0]!));
        (await table.QueryAsync(key, [key])).Select(r => r.RowKey).Should().Equal(key, key + "/子");
        (await table.FindByRowKeyAsync(key)).Should().ContainSingle().Which.PartitionKey.Should().Be(key);
    }

    [Fact]
    public async Task GetAsync_MissingRow_ReturnsNull()
    {
        var table = await CreateTableAsync();
        await table.SubmitAsync("p", [EntityWrite.Insert("present", "{}")]);

        (await table.GetAsync("p", "absent")).Should().BeNull();
        (await table.GetAsync("other", "present")).Should().BeNull();
    }

    [Fact]
    public async Task QueryAsync_SeveralPrefixes_ReturnsExactlyThePrefixedRowsInKeyOrder()
    {
        var table = await CreateTableAsync();
        string[] keys = ["member|b", "meeting|2", "member|a", "meeting|1", "member", "memberX", "meeting", "report|1", "a/1", "a/2", "a0", "a%2F1", "a.", "a"];
        await table.SubmitAsync("jm-1", [.. keys.Select(key => EntityWrite.Insert(key, TestText.Json(key)))]);
        await table.SubmitAsync("jm-2", [EntityWrite.Insert("member|c", "{}"), EntityWrite.Insert("meeting|3", "{}")]);
        await table.SubmitAsync("jm-10", [EntityWrite.Insert("member|d", "{}")]);

        var rows = await table.QueryAsync("jm-1", ["member|", "meeting|", "a/"]);

        rows.Select(row => row.RowKey).Should().Equal("a/1", "a/2", "meeting|1", "meeting|2", "member|a", "member|b");
        rows.Should().OnlyContain(row => row.PartitionKey == "jm-1" && row.Body == TestText.Json(row.RowKey));
    }

    [Fact]
    public async Task QueryAsync_OverlappingAndEmptyPrefixes_ReturnEachRowOnce()
    {
        var table = await CreateTableAsync();
        await table.SubmitAsync("p", [EntityWrite.Insert("ab", "{}"), EntityWrite.Insert("abc", "{}"), EntityWrite.Insert("b", "{}")]);
        await table.SubmitAsync("q", [EntityWrite.Insert("ab", "{}")]);

        (await table.QueryAsync("p", ["a", "ab", "abc"])).Select(row => row.RowKey).Should().Equal("ab", "abc");
        (await table.QueryAsync("p", [""])).Select(row => row.RowKey).Should().Equal("ab", "abc", "b");
        (await table.QueryAsync("p", [])).Should().BeEmpty();
        (await table.QueryAsync("p", ["zz"])).Should().BeEmpty();
    }

    [Fact]
    public async Task QueryAsync_PrefixesBeyondAscii_MatchByCharacter()
    {
        var table = await CreateTableAsync();
        string[] keys = ["会议|1", "会议|2", "会议纪要", "会", "😀|1", "😀😀", "😁", "\uffff|1", "\uffff", "\ud7ff|1", "\ue000"];
        await table.SubmitAsync("p", [.. keys.Select(key => EntityWrite.Insert(key, "{}"))]);

        (await table.QueryAsync("p", ["会议|"])).Select(row => row.RowKey).Should().Equal("会议|1", "会议|2");
        (await table.QueryAsync("p", ["😀"])).Select(row => row.RowKey).Should().Equal("😀|1", "😀😀");
        (await table.QueryAsync("p", ["\uffff"])).Select(row => row.RowKey).Should().Equal("\uffff", "\uffff|1");
        (await table.QueryAsync("p", ["\ud7ff"])).Select(row => row.RowKey).Should().Equal("\ud7ff|1");
    }

    [Fact]
    public async Task FindByRowKeyAsync_RowInSeveralPartitions_ReturnsExactlyThoseRows()
    {
        var table = await CreateTableAsync();
        foreach (var partition in new[] { "jm-2", "jm-1", "联席/3" })
            await table.SubmitAsync(partition, [EntityWrite.Insert("head", TestText.Json(partition)), EntityWrite.Insert("head2", "{}"), EntityWrite.Insert("hea", "{}")]);
        await table.SubmitAsync("jm-4", [EntityWrite.Insert("member|head", "{}")]);

        var rows = await table.FindByRowKeyAsync("head");

        rows.Select(row => row.PartitionKey).Should().Equal("jm-1", "jm-2", "联席/3");
        rows.Should().OnlyContain(row => row.RowKey == "head" && row.Body == TestText.Json(row.PartitionKey));
        (await table.FindByRowKeyAsync("nobody")).Should().BeEmpty();
    }

    [Fact]
    public async Task QueryRangeAsync_KeysOfOnePartitionInRange_InOrder_EvenWithCharactersAzureEscapes()
    {
        var table = await CreateTableAsync();
        // Keys with characters Azure escapes ('/', '#', '%', '?', '\\', controls) sort elsewhere once escaped.
        string[] keys = ["0001|a", "0002|b/c", "0002|b#", "0002|%", "0003|?", "0003|\\x", "0003|\u0001", "0004", "&", "#1", "0002\u007f", "a/b", "\u0001"];
        await table.SubmitAsync("p", [.. keys.Select(k => EntityWrite.Insert(k, "{}"))]);
        await table.SubmitAsync("other", [EntityWrite.Insert("0002|other", "{}")]);

        (await table.QueryRangeAsync("p", "0002", "0004")).Select(r => r.RowKey).Should()
            .Equal(keys.Where(k => string.CompareOrdinal(k, "0002") >= 0 && string.CompareOrdinal(k, "0004") < 0).Order(StringComparer.Ordinal));
        (await table.QueryRangeAsync("p", "", "0002")).Select(r => r.RowKey).Should()
            .Equal(keys.Where(k => string.CompareOrdinal(k, "0002") < 0).Order(StringComparer.Ordinal));
        (await table.QueryRangeAsync("p", "#", "a/c")).Select(r => r.RowKey).Should()
            .Equal(keys.Where(k => string.CompareOrdinal(k, "#") >= 0 && string.CompareOrdinal(k, "a/c") < 0).Order(StringComparer.Ordinal));
        (await table.QueryRangeAsync("p", "0005", "0009")).Should().BeEmpty();
        (await table.QueryRangeAsync("nobody", "", "9")).Should().BeEmpty();
    }

    [Fact]
    public async Task SubmitAsync_EveryKindOfWrite_ReturnsFreshETagsInOrder()
    {
        var table = await CreateTableAsync();
        var first = await table.SubmitAsync("p", [EntityWrite.Insert("a", "1"), EntityWrite.Upsert("b", "1"), EntityWrite.Insert("c", "1")]);

        var second = await table.SubmitAsync("p", [EntityWrite.Replace("a", "2", first[0]!), EntityWrite.Upsert("b", "2"), EntityWrite.Delete("c", first[2])]);

        first.Should().OnlyContain(etag => !string.IsNullOrEmpty(etag));
        second[0].Should().NotBeNullOrEmpty().And.NotBe(first[0]);
        second[1].Should().NotBeNullOrEmpty().And.NotBe(first[1]);
        second[2].Should().BeNull();
        (await table.GetAsync("p", "a")).Should().Be(new EntityRow("p", "a", "2", second[0]!));
        (await table.GetAsync("p", "b")).Should().Be(new EntityRow("p", "b", "2", second[1]!));
        (await table.GetAsync("p", "c")).Should().BeNull();
    }

    [Fact]
    public async Task SubmitAsync_DeleteWithoutETag_DeletesWhateverIsThere()
    {
        var table = await CreateTableAsync();
        await table.SubmitAsync("p", [EntityWrite.Insert("a", "1")]);
        await table.SubmitAsync("p", [EntityWrite.Upsert("a", "2")]);

        await table.SubmitAsync("p", [EntityWrite.Delete("a")]);

        (await table.GetAsync("p", "a")).Should().BeNull();
    }

    [Fact]
    public async Task SubmitAsync_InsertOfExistingRow_ConflictsAndWritesNothing()
    {
        var table = await CreateTableAsync();
        var etags = await table.SubmitAsync("p", [EntityWrite.Insert("a", "original")]);

        var submit = () => table.SubmitAsync("p", [EntityWrite.Insert("b", "new"), EntityWrite.Insert("a", "again")]);

        (await submit.Should().ThrowAsync<StoreConflictException>()).Which.WriteIndex.Should().Be(1);
        (await table.GetAsync("p", "a")).Should().Be(new EntityRow("p", "a", "original", etags[0]!));
        (await table.GetAsync("p", "b")).Should().BeNull();
    }

    [Fact]
    public async Task SubmitAsync_ReplaceWithStaleETag_ConflictsAndWritesNothing()
    {
        var table = await CreateTableAsync();
        var stale = (await table.SubmitAsync("p", [EntityWrite.Insert("a", "1")]))[0]!;
        var current = (await table.SubmitAsync("p", [EntityWrite.Replace("a", "2", stale)]))[0]!;

        var submit = () => table.SubmitAsync("p", [EntityWrite.Upsert("b", "new"), EntityWrite.Replace("a", "3", stale)]);

        (await submit.Should().ThrowAsync<StoreConflictException>()).Which.WriteIndex.Should().Be(1);
        (await table.GetAsync("p", "a")).Should().Be(new EntityRow("p", "a", "2", current));
        (await table.GetAsync("p", "b")).Should().BeNull();
    }

    [Fact]
    public async Task SubmitAsync_ReplaceOfMissingRow_Conflicts()
    {
        var table = await CreateTableAsync();
        var etag = (await table.SubmitAsync("p", [EntityWrite.Insert("a", "1")]))[0]!;
        await table.SubmitAsync("p", [EntityWrite.Delete("a", etag)]);

        var submit = () => table.SubmitAsync("p", [EntityWrite.Replace("a", "2", etag)]);

        await submit.Should().ThrowAsync<StoreConflictException>();
        (await table.GetAsync("p", "a")).Should().BeNull();
    }

    [Fact]
    public async Task SubmitAsync_DeleteWithStaleETag_ConflictsAndKeepsTheRow()
    {
        var table = await CreateTableAsync();
        var stale = (await table.SubmitAsync("p", [EntityWrite.Insert("a", "1")]))[0]!;
        var current = (await table.SubmitAsync("p", [EntityWrite.Upsert("a", "2")]))[0]!;

        var submit = () => table.SubmitAsync("p", [EntityWrite.Delete("a", stale)]);

        await submit.Should().ThrowAsync<StoreConflictException>();
        (await table.GetAsync("p", "a")).Should().Be(new EntityRow("p", "a", "2", current));
    }

    [Fact]
    public async Task SubmitAsync_DeleteOfMissingRow_Conflicts()
    {
        var table = await CreateTableAsync();

        var submit = () => table.SubmitAsync("p", [EntityWrite.Delete("never")]);

        await submit.Should().ThrowAsync<StoreConflictException>();
    }

    [Fact]
    public async Task SubmitAsync_OneFailingWriteOfFive_AppliesNone()
    {
        var table = await CreateTableAsync();
        var etags = await table.SubmitAsync("p", [EntityWrite.Insert("keep", "1"), EntityWrite.Insert("gone", "1"), EntityWrite.Insert("taken", "1")]);
        var before = await table.QueryAsync("p", [""]);

        var submit = () => table.SubmitAsync("p",
        [
            EntityWrite.Insert("new", "2"),
            EntityWrite.Upsert("upserted", "2"),
            EntityWrite.Replace("keep", "2", etags[0]!),
            EntityWrite.Delete("gone", etags[1]),
            EntityWrite.Insert("taken", "2"),
        ]);

        (await submit.Should().ThrowAsync<StoreConflictException>()).Which.WriteIndex.Should().Be(4);
        (await table.QueryAsync("p", [""])).Should().Equal(before);
    }

    [Fact]
    public async Task SubmitAsync_TwoWritersReplaceWithTheSameETag_ExactlyOneWins()
    {
        var table = await CreateTableAsync();
        var etag = (await table.SubmitAsync("p", [EntityWrite.Insert("counter", "0")]))[0]!;

        for (var round = 1; round <= 25; round++)
        {
            var attempts = await Task.WhenAll(
                TryReplaceAsync(table, "counter", $"A{round}", etag),
                TryReplaceAsync(table, "counter", $"B{round}", etag));

            attempts.Count(attempt => attempt.ETag is not null).Should().Be(1, $"round {round} must have one winner");
            attempts.Count(attempt => attempt.Conflict is not null).Should().Be(1, $"round {round} must have one loser");
            var winner = attempts.Single(attempt => attempt.ETag is not null);
            (await table.GetAsync("p", "counter")).Should().Be(new EntityRow("p", "counter", winner.Body, winner.ETag!));
            etag = winner.ETag!;
        }
    }

    [Fact]
    public async Task SubmitAsync_ManyParallelWriters_KeepEveryRow()
    {
        var table = await CreateTableAsync();

        // 60 writers: 40 into three shared partitions, 20 into partitions of their own.
        await Task.WhenAll(Enumerable.Range(0, 60).Select(i => Task.Run(() =>
            table.SubmitAsync(i < 40 ? $"shared-{i % 3}" : $"own-{i}", [EntityWrite.Insert($"row-{i:D2}", TestText.Json($"第{i}行"))]))));

        var shared = new List<EntityRow>();
        for (var p = 0; p < 3; p++)
            shared.AddRange(await table.QueryAsync($"shared-{p}", ["row-"]));
        shared.Select(row => row.RowKey).Order(StringComparer.Ordinal).Should().Equal(Enumerable.Range(0, 40).Select(i => $"row-{i:D2}"));
        for (var i = 40; i < 60; i++)
            (await table.GetAsync($"own-{i}", $"row-{i:D2}"))!.Body.Should().Be(TestText.Json($"第{i}行"));
    }

    [Fact]
    public async Task ReopenAsync_NewInstance_SeesEverythingAcknowledged()
    {
        var table = await CreateTableAsync();
        var written = new List<EntityRow>();
        for (var i = 0; i < 20; i++)
        {
            var body = TestText.Json(TestText.Chinese(100 + i));
            var etag = (await table.SubmitAsync("jm/1", [EntityWrite.Upsert($"r{i:D2}", body)]))[0]!;
            written.Add(new EntityRow("jm/1", $"r{i:D2}", body, etag));
        }

        var reopened = await ReopenAsync(table);

        (await reopened.QueryAsync("jm/1", ["r"])).Should().Equal(written);
        await reopened.SubmitAsync("jm/1", [EntityWrite.Replace("r00", "{}", written[0].ETag)]);
    }

    [Fact]
    public async Task SubmitAsync_BodyOfMaxLength_RoundTrips()
    {
        var table = await CreateTableAsync();
        var body = TestText.Chinese(EntityLimits.MaxBodyLength);

        var etag = (await table.SubmitAsync("p", [EntityWrite.Insert("big", body)]))[0]!;

        (await table.GetAsync("p", "big")).Should().Be(new EntityRow("p", "big", body, etag));
    }

    [Fact]
    public async Task SubmitAsync_BodyOneCharacterTooLong_ThrowsLimitAndWritesNothing()
    {
        var table = await CreateTableAsync();

        var submit = () => table.SubmitAsync("p", [EntityWrite.Insert("small", "{}"), EntityWrite.Insert("big", TestText.Chinese(EntityLimits.MaxBodyLength + 1))]);

        (await submit.Should().ThrowAsync<StoreLimitException>()).Which.IsRetryable.Should().BeFalse();
        (await table.QueryAsync("p", [""])).Should().BeEmpty();
    }

    [Fact]
    public async Task SubmitAsync_KeysOfMaxLengthOfAwkwardCharacters_RoundTrip()
    {
        var table = await CreateTableAsync();
        var key = string.Concat(Enumerable.Repeat("/#?%\\\u0001\u0085中", 20))[..EntityLimits.MaxKeyLength];

        var etag = (await table.SubmitAsync(key, [EntityWrite.Insert(key, "{}")]))[0]!;

        (await table.GetAsync(key, key)).Should().Be(new EntityRow(key, key, "{}", etag));
        (await table.QueryAsync(key, [key[..100]])).Should().ContainSingle();
        var tooLong = () => table.SubmitAsync(key, [EntityWrite.Insert(key + "x", "{}")]);
        await tooLong.Should().ThrowAsync<StoreLimitException>();
    }

    [Fact]
    public async Task SubmitAsync_MaxWritesInOneBatch_AppliesAll()
    {
        var table = await CreateTableAsync();

        var etags = await table.SubmitAsync("p", [.. Enumerable.Range(0, EntityLimits.MaxWritesPerBatch).Select(i => EntityWrite.Insert($"r{i:D3}", "{}"))]);

        etags.Should().HaveCount(EntityLimits.MaxWritesPerBatch);
        (await table.QueryAsync("p", ["r"])).Should().HaveCount(EntityLimits.MaxWritesPerBatch);
    }

    [Fact]
    public async Task SubmitAsync_OneWriteMoreThanABatchHolds_ThrowsLimitAndWritesNothing()
    {
        var table = await CreateTableAsync();

        var submit = () => table.SubmitAsync("p", [.. Enumerable.Range(0, EntityLimits.MaxWritesPerBatch + 1).Select(i => EntityWrite.Insert($"r{i:D3}", "{}"))]);

        await submit.Should().ThrowAsync<StoreLimitException>();
        (await table.QueryAsync("p", [""])).Should().BeEmpty();
    }

    [Fact]
    public async Task SubmitAsync_ChineseBodiesFillingABatch_AppliesAll()
    {
        var table = await CreateTableAsync();
        var writes = ChineseBatch(EntityLimits.MaxBatchBodyBytes / 6);

        await table.SubmitAsync("p", writes);

        (await table.QueryAsync("p", [""])).Select(row => row.Body).Should().Equal(writes.Select(write => write.Body));
    }

    [Fact]
    public async Task SubmitAsync_ChineseBodiesOverflowingABatch_ThrowsLimitAndWritesNothing()
    {
        var table = await CreateTableAsync();

        // Each Chinese character travels to Azure as a six-byte \uXXXX escape.
        var submit = () => table.SubmitAsync("p", ChineseBatch(EntityLimits.MaxBatchBodyBytes / 6 + 1));

        await submit.Should().ThrowAsync<StoreLimitException>();
        (await table.QueryAsync("p", [""])).Should().BeEmpty();
    }

    [Fact]
    public async Task SubmitAsync_LoneSurrogateInKey_ThrowsLimit()
    {
        var table = await CreateTableAsync();

        var submit = () => table.SubmitAsync("p", [EntityWrite.Insert("bad\ud800", "{}")]);

        await submit.Should().ThrowAsync<StoreLimitException>();
    }

    [Fact]
    public async Task SubmitAsync_DuringOutage_ThrowsUnavailableQuicklyAndSucceedsAfterIt()
    {
        await using var outage = await CreateOutageAsync();
        var table = outage.Table;
        await table.SubmitAsync("p", [EntityWrite.Insert("before", "{}")]);
        var write = () => table.SubmitAsync("p", [EntityWrite.Insert("during", "{}")]);

        await outage.BeginAsync();
        var clock = Stopwatch.StartNew();
        var failure = await write.Should().ThrowAsync<StoreUnavailableException>();
        clock.Stop();
        await outage.EndAsync();

        failure.Which.IsRetryable.Should().BeTrue();
        clock.Elapsed.Should().BeLessThan(OutageBudget);
        await write();
        (await table.QueryAsync("p", [""])).Select(row => row.RowKey).Should().Equal("before", "during");
    }

    // Eight rows sharing `characters` characters of Chinese between them.
    private static EntityWrite[] ChineseBatch(int characters) =>
        [.. Enumerable.Range(0, 8).Select(i => EntityWrite.Insert($"r{i}", TestText.Chinese(characters / 8 + (i == 0 ? characters % 8 : 0))))];

    private static async Task<(string Body, string? ETag, StoreConflictException? Conflict)> TryReplaceAsync(IEntityTable table, string rowKey, string body, string etag)
    {
        await Task.Yield();
        try
        {
            return (body, (await table.SubmitAsync("p", [EntityWrite.Replace(rowKey, body, etag)]))[0], null);
        }
        catch (StoreConflictException conflict)
        {
            return (body, null, conflict);
        }
    }
}
