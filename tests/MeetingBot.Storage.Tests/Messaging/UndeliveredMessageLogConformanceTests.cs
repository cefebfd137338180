using System.Text.Json;
using MeetingBot.Core.Messaging;
using MeetingBot.Storage.Entities;
using MeetingBot.Storage.Messaging;
using MeetingBot.Storage.Tests.Entities;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Storage.Tests.Messaging;

/// <summary>
/// The undelivered-message log's behaviour, run against each engine by the subclasses: every entry is kept, in
/// the order recorded, never overwritten, and a failure is recorded even when its activity is too big to store.
/// </summary>
public abstract class UndeliveredMessageLogConformanceTests
{
    /// <summary>A fresh, initialised, empty table.</summary>
    protected abstract Task<IEntityTable> CreateTableAsync();

    /// <summary>Another engine instance over the same stored data (another host of the bot).</summary>
    protected abstract Task<IEntityTable> ReopenAsync(IEntityTable table);

    private readonly FakeTimeProvider clock = new(Conversations.Now);

    private async Task<EntityUndeliveredMessageLog> NewLogAsync() => new(await CreateTableAsync(), clock);

    [Fact]
    public async Task ListAsync_AfterRecord_ReturnsTheMessageWhole()
    {
        var log = await NewLogAsync();
        var message = Undelivered.Message("u-1", Conversations.TeamsChannelThread);

        await log.RecordAsync(message);

        (await log.ListAsync(Conversations.Now)).Should().Equal(message);
    }

    /// <summary>An entry as the log wrote it before addresses were channel-neutral: its conversation a Bot Framework reference.</summary>
    [Fact]
    public async Task ListAsync_EntryWrittenByTheEarlierLayout_NamesItsChannelConversationAndPerson()
    {
        var table = await CreateTableAsync();
        const string body = """{"id":"u-old","conversation":{"channelId":"msteams","conversationId":"a:1pL6mSQk","serviceUrl":"https://smba.trafficmanager.net/apac/","bot":{"id":"28:bot"},"user":{"id":"29:1user-id","name":"李秘书"},"conversationType":"personal"},"operation":"send","activityJson":"{\"type\":\"message\"}","reason":"HTTP 403","attempts":4,"at":"2026-03-02T09:00:00+08:00","recordedAt":"2026-03-02T09:00:00+08:00"}""";
        await table.SubmitAsync(MessagingKeys.UndeliveredPartition, [EntityWrite.Insert(MessagingKeys.Undelivered(Conversations.Now), body)]);
        var log = new EntityUndeliveredMessageLog(await ReopenAsync(table), clock);

        (await log.ListAsync(Conversations.Now)).Should().Equal(
            new UndeliveredMessage("u-old", "msteams", "a:1pL6mSQk", "29:1user-id", "send", """{"type":"message"}""", "HTTP 403", 4, Conversations.Now));
    }

    [Fact]
    public async Task RecordAsync_TwoInTheSameTick_KeepsBothInTheOrderRecorded()
    {
        var log = await NewLogAsync();
        var first = Undelivered.Message("same-id", activityJson: Undelivered.Activity("第一条"));
        var second = Undelivered.Message("same-id", activityJson: Undelivered.Activity("第二条"));

        await log.RecordAsync(first);
        await log.RecordAsync(second);

        (await log.ListAsync(Conversations.Now)).Should().Equal(first, second);
    }

    [Fact]
    public async Task RecordAsync_ManyAtOnceInOneTick_OverwritesNone()
    {
        var log = await NewLogAsync();
        var messages = Enumerable.Range(1, 30).Select(n => Undelivered.Message($"u-{n}")).ToList();

        await Task.WhenAll(messages.Select(m => Task.Run(() => log.RecordAsync(m))));

        (await log.ListAsync(DateTimeOffset.MinValue)).Select(m => m.Id).Should().BeEquivalentTo(messages.Select(m => m.Id));
    }

    [Fact]
    public async Task ListAsync_Since_ReturnsWhatWasRecordedAtOrAfterItOldestFirst()
    {
        var log = await NewLogAsync();
        // Across a year's end, a day's end, ticks apart and years apart: the key ranges must hold them all.
        DateTimeOffset[] times =
        [
            Conversations.Now,
            new(2026, 12, 31, 23, 59, 59, TimeSpan.Zero),
            new DateTimeOffset(2026, 12, 31, 23, 59, 59, TimeSpan.Zero).AddTicks(9_999_999),
            new(2027, 1, 1, 0, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero).AddTicks(1),
            new(2027, 1, 1, 9, 0, 0, TimeSpan.FromHours(8)),
            new(2031, 6, 18, 14, 30, 0, TimeSpan.FromHours(8)),
        ];
        foreach (var (at, i) in times.Select((at, i) => (at, i)))
        {
            clock.SetUtcNow(at);
            await log.RecordAsync(Undelivered.Message($"u-{i}", at: at));
        }

        foreach (var since in times.Concat([DateTimeOffset.MinValue, Conversations.Now.AddTicks(-1), times[1].AddTicks(1), times[^1].AddTicks(1), DateTimeOffset.MaxValue]))
        {
            var expected = times.Select((at, i) => (at, i)).Where(t => t.at >= since).Select(t => $"u-{t.i}");
            (await log.ListAsync(since)).Select(m => m.Id).Should().Equal(expected, $"since {since:O}");
        }
    }

    [Fact]
    public async Task ListAsync_ComparesWhenTheLogRecordedNotTheMessagesOwnTime()
    {
        var log = await NewLogAsync();
        clock.SetUtcNow(Conversations.Now.AddHours(1));

        await log.RecordAsync(Undelivered.Message("late", at: Conversations.Now));

        (await log.ListAsync(Conversations.Now.AddMinutes(30))).Should().ContainSingle().Which.At.Should().Be(Conversations.Now);
        (await log.ListAsync(Conversations.Now.AddMinutes(61))).Should().BeEmpty();
    }

    [Fact]
    public async Task ListAsync_EntriesOfAnotherHostWhoseClockRunsAhead_AreListed()
    {
        var table = await CreateTableAsync();
        var ahead = new EntityUndeliveredMessageLog(await ReopenAsync(table), new FakeTimeProvider(Conversations.Now.AddHours(3)));
        await ahead.RecordAsync(Undelivered.Message("from-the-future"));

        var log = new EntityUndeliveredMessageLog(table, clock);

        (await log.ListAsync(Conversations.Now.AddMinutes(-5))).Select(m => m.Id).Should().Equal("from-the-future");
    }

    [Fact]
    public async Task RecordAsync_ActivityOf80KBOfChinese_RoundTripsIntact()
    {
        var log = await NewLogAsync();
        var message = Undelivered.Message("big", activityJson: Undelivered.Activity(TestText.Chinese(80_000)));

        await log.RecordAsync(message);

        var listed = (await log.ListAsync(Conversations.Now)).Should().ContainSingle().Subject;
        listed.ActivityJson.Should().Be(message.ActivityJson);
        listed.Should().Be(message);
    }

    [Fact]
    public async Task RecordAsync_80KBOfChineseWrittenAsEscapes_IsStoredCompactlyAndWhole()
    {
        var log = await NewLogAsync();
        var text = TestText.Chinese(80_000);
        var escaped = Undelivered.Activity(text, escaped: true);
        escaped.Length.Should().BeGreaterThan(EntityLimits.MaxBodyLength, "\\uXXXX makes each character six");

        await log.RecordAsync(Undelivered.Message("escaped", activityJson: escaped));

        var listed = (await log.ListAsync(Conversations.Now)).Should().ContainSingle().Subject;
        listed.ActivityJson.Should().Be(Undelivered.Activity(text));
        JsonDocument.Parse(listed.ActivityJson).RootElement.GetProperty("text").GetString().Should().Be(text);
    }

    [Fact]
    public async Task RecordAsync_ActivityBeyondTheEngineLimit_IsRecordedTruncatedAndMarked()
    {
        var log = await NewLogAsync();
        var activity = Undelivered.Activity(TestText.Chinese(EntityLimits.MaxBodyLength + 50_000));
        var message = Undelivered.Message("huge", activityJson: activity);

        await log.RecordAsync(message);

        var listed = (await log.ListAsync(Conversations.Now)).Should().ContainSingle().Subject;
        listed.Should().Be(message with { ActivityJson = listed.ActivityJson });
        var stored = JsonDocument.Parse(listed.ActivityJson).RootElement;
        stored.GetProperty("truncated").GetBoolean().Should().BeTrue();
        stored.GetProperty("originalLength").GetInt32().Should().Be(activity.Length);
        var start = stored.GetProperty("start").GetString()!;
        activity.Should().StartWith(start);
        start.Length.Should().BeGreaterThan(EntityLimits.MaxBodyLength - 5_000, "only what does not fit is cut");
    }

    [Fact]
    public async Task RecordAsync_QuoteHeavyActivityBeyondTheLimit_IsCutToFit()
    {
        var log = await NewLogAsync();
        // Quotes are escaped once in the activity, twice in the wrapper, three times in the row: the cut must allow for it.
        var activity = JsonSerializer.Serialize(Enumerable.Range(0, 60_000).Select(n => $"\"{n}\"").ToArray(),
            new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        activity.Length.Should().BeGreaterThan(EntityLimits.MaxBodyLength);

        await log.RecordAsync(Undelivered.Message("quotes", activityJson: activity));

        var stored = JsonDocument.Parse((await log.ListAsync(Conversations.Now)).Single().ActivityJson).RootElement;
        activity.Should().StartWith(stored.GetProperty("start").GetString());
    }

    [Fact]
    public async Task RecordAsync_VeryLongReason_KeepsItsStartAndSaysItWasCut()
    {
        var log = await NewLogAsync();
        var reason = "HTTP 502 BadGateway: " + TestText.Chinese(500_000);

        await log.RecordAsync(Undelivered.Message("reason") with { Reason = reason });

        var listed = (await log.ListAsync(Conversations.Now)).Single();
        listed.Reason.Should().StartWith(reason[..UndeliveredBody.MaxReasonLength]).And.EndWith("… [cut: 500,021 characters in all]");
    }

    [Fact]
    public async Task RecordAsync_TextWithALoneSurrogate_IsStillRecorded()
    {
        var log = await NewLogAsync();
        var message = Undelivered.Message("broken", activityJson: "{\"text\":\"半个\uD83D字\"}") with { Reason = "cut here: \uDE00" };

        await log.RecordAsync(message);

        (await log.ListAsync(Conversations.Now)).Should().ContainSingle().Which.Id.Should().Be("broken");
    }

    [Fact]
    public async Task TwoLogsOverOneTable_SeeEachOthersEntries()
    {
        var table = await CreateTableAsync();
        var first = new EntityUndeliveredMessageLog(table, clock);
        var second = new EntityUndeliveredMessageLog(await ReopenAsync(table), clock);

        await first.RecordAsync(Undelivered.Message("a"));
        clock.Advance(TimeSpan.FromSeconds(1));
        await second.RecordAsync(Undelivered.Message("b"));
        clock.Advance(TimeSpan.FromSeconds(1));
        await first.RecordAsync(Undelivered.Message("c"));

        (await first.ListAsync(Conversations.Now)).Select(m => m.Id).Should().Equal("a", "b", "c");
        (await second.ListAsync(Conversations.Now)).Select(m => m.Id).Should().Equal("a", "b", "c");
    }

    [Fact]
    public async Task ListAsync_ReadsOnce()
    {
        var table = new CountingEntityTable(await CreateTableAsync());
        var log = new EntityUndeliveredMessageLog(table, clock);
        for (var i = 0; i < 20; i++)
        {
            await log.RecordAsync(Undelivered.Message($"u-{i}"));
            clock.Advance(TimeSpan.FromHours(7));
        }
        table.Reset();

        (await log.ListAsync(DateTimeOffset.MinValue)).Should().HaveCount(20);
        table.Reads.Should().Be(1);
    }
}
