using MeetingBot.Core.Messaging;
using MeetingBot.Storage.Entities;
using MeetingBot.Storage.JointMeetings;
using MeetingBot.Storage.Messaging;
using MeetingBot.Storage.Tests.JointMeetings;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Storage.Tests.Messaging;

/// <summary>
/// The conversation reference store's behaviour, run against each engine by the subclasses: what is saved comes
/// back whole under exactly its (channel, conversation) pair, whatever characters the ids hold.
/// </summary>
public abstract class ConversationReferenceStoreConformanceTests
{
    /// <summary>A fresh, initialised, empty table.</summary>
    protected abstract Task<IEntityTable> CreateTableAsync();

    /// <summary>Another engine instance over the same stored data (another host of the bot).</summary>
    protected abstract Task<IEntityTable> ReopenAsync(IEntityTable table);

    [Fact]
    public async Task FindAsync_AfterSave_ReturnsTheConversationAsSaved()
    {
        var store = new EntityConversationStore(await CreateTableAsync());
        var saved = Conversations.Stored(Conversations.TeamsPersonal);

        await store.SaveAsync(saved);

        (await store.FindAsync("msteams", Conversations.TeamsPersonal)).Should().Be(saved);
    }

    [Fact]
    public async Task SaveAsync_Again_ReplacesTheRecord()
    {
        var store = new EntityConversationStore(await CreateTableAsync());
        var first = Conversations.Stored(Conversations.TeamsPersonal);
        await store.SaveAsync(first);
        var moved = first with { Address = Conversations.Address(Conversations.TeamsPersonal, serviceUrl: "https://smba.trafficmanager.net/emea/"), LastSeen = Conversations.Now.AddDays(1) };

        await store.SaveAsync(moved);

        (await store.FindAsync("msteams", Conversations.TeamsPersonal)).Should().Be(moved);
        (await store.ListAsync()).Should().ContainSingle().Which.Should().Be(moved);
    }

    /// <summary>
    /// A row as the store wrote it before addresses were channel-neutral: a Bot Framework reference under "reference"
    /// and "updatedAt". It must read as a Teams conversation whose address is that reference, so that what was stored
    /// before an upgrade still reaches people after it.
    /// </summary>
    [Fact]
    public async Task FindAsync_RowWrittenByTheEarlierLayout_ReadsAsTheChannelsAddress()
    {
        var table = await CreateTableAsync();
        const string reference = """{"channelId":"msteams","conversationId":"a:1pL6mSQk","serviceUrl":"https://smba.trafficmanager.net/apac/","bot":{"id":"28:bot-app-id","name":"联席会议助手"},"user":{"id":"29:1user-id","name":"李秘书","aadObjectId":"6c1f0a52-0000-4000-8000-000000000001"},"tenantId":"72f988bf-0000-4000-8000-000000000000","conversationType":"personal","locale":"zh-CN"}""";
        await table.SubmitAsync(MessagingKeys.ConversationPartition,
            [EntityWrite.Upsert(MessagingKeys.Conversation("msteams", "a:1pL6mSQk"), $$"""{"reference":{{reference}},"installed":false,"updatedAt":"2026-03-02T09:00:00+08:00"}""")]);
        var store = new EntityConversationStore(await ReopenAsync(table));

        var found = (await store.FindAsync("msteams", "a:1pL6mSQk"))!;

        found.Should().Be(new StoredConversation("msteams", "a:1pL6mSQk", reference, Installed: false, Conversations.Now));
        (await store.ListAsync()).Should().Equal(found);
    }

    [Fact]
    public async Task SaveAsync_RemovalOfTheBot_KeepsTheRecordAsNotInstalled()
    {
        var store = new EntityConversationStore(await CreateTableAsync());
        await store.SaveAsync(Conversations.Stored(Conversations.TeamsChannelThread));
        await store.SaveAsync(Conversations.Stored(Conversations.TeamsPersonal));

        var removed = Conversations.Stored(Conversations.TeamsChannelThread, installed: false, at: Conversations.Now.AddHours(1));
        await store.SaveAsync(removed);

        (await store.FindAsync("msteams", Conversations.TeamsChannelThread)).Should().Be(removed);
        (await store.ListAsync()).Select(c => (c.ConversationId, c.Installed))
            .Should().BeEquivalentTo([(Conversations.TeamsChannelThread, false), (Conversations.TeamsPersonal, true)]);
    }

    [Fact]
    public async Task FindAsync_UnknownConversationOrOtherChannel_ReturnsNull()
    {
        var store = new EntityConversationStore(await CreateTableAsync());
        await store.SaveAsync(Conversations.Stored("19:known@thread.tacv2"));

        (await store.FindAsync("msteams", "19:unknown@thread.tacv2")).Should().BeNull();
        (await store.FindAsync("slack", "19:known@thread.tacv2")).Should().BeNull();
        (await store.FindAsync("msteams", "19:known@thread.tacv2;messageid=1")).Should().BeNull();
    }

    [Fact]
    public async Task ListAsync_ReturnsEveryConversationOnceWithOneRead()
    {
        var table = new CountingEntityTable(await CreateTableAsync());
        var store = new EntityConversationStore(table);
        var ids = Enumerable.Range(1, 40).Select(n => $"19:c{n:D2}@thread.tacv2").Append("a:" + new string('y', 300)).ToList();
        foreach (var id in ids)
            await store.SaveAsync(Conversations.Stored(id, channelId: id.Length > 100 ? "msteams" : "slack"));
        table.Reset();

        var all = await store.ListAsync();

        all.Select(c => c.ConversationId).Should().BeEquivalentTo(ids);
        table.Reads.Should().Be(1, "listing must not read conversation by conversation");
    }

    [Theory]
    [MemberData(nameof(Conversations.AwkwardIds), MemberType = typeof(Conversations))]
    public async Task SaveAsync_AwkwardConversationIds_RoundTripAndStayApartFromTheirNeighbours(string id)
    {
        var store = new EntityConversationStore(await CreateTableAsync());
        string[] neighbours = [id, id + "x", id[..^1], id + "/", id.ToUpperInvariant()];
        foreach (var neighbour in neighbours.Distinct())
            await store.SaveAsync(Conversations.Stored(neighbour, at: Conversations.Now.AddMinutes(neighbour.Length)));
        await store.SaveAsync(Conversations.Stored(id, channelId: "slack"));

        foreach (var neighbour in neighbours.Distinct())
            (await store.FindAsync("msteams", neighbour)).Should().Be(Conversations.Stored(neighbour, at: Conversations.Now.AddMinutes(neighbour.Length)));
        (await store.FindAsync("slack", id))!.Channel.Should().Be("slack");
        (await store.ListAsync()).Select(c => (c.Channel, c.ConversationId))
            .Should().BeEquivalentTo(neighbours.Distinct().Select(n => ("msteams", n)).Append(("slack", id)));
    }

    [Fact]
    public async Task SaveAsync_TheSameTextSplitDifferentlyBetweenChannelAndConversation_StaysApart()
    {
        var store = new EntityConversationStore(await CreateTableAsync());
        await store.SaveAsync(Conversations.Stored("b|c", channelId: "a"));
        await store.SaveAsync(Conversations.Stored("c", channelId: "a|b"));

        (await store.FindAsync("a", "b|c"))!.Channel.Should().Be("a");
        (await store.FindAsync("a|b", "c"))!.Channel.Should().Be("a|b");
        (await store.FindAsync("a|b", "|c")).Should().BeNull();
        (await store.ListAsync()).Should().HaveCount(2);
    }

    [Fact]
    public async Task TwoStoresOverOneTable_SeeEachOthersWrites()
    {
        var table = await CreateTableAsync();
        var first = new EntityConversationStore(table);
        var second = new EntityConversationStore(await ReopenAsync(table));

        await first.SaveAsync(Conversations.Stored(Conversations.TeamsPersonal));
        await second.SaveAsync(Conversations.Stored(Conversations.TeamsChannelThread));
        await second.SaveAsync(Conversations.Stored(Conversations.TeamsPersonal, installed: false));

        (await first.FindAsync("msteams", Conversations.TeamsChannelThread)).Should().NotBeNull();
        (await first.FindAsync("msteams", Conversations.TeamsPersonal))!.Installed.Should().BeFalse();
        (await first.ListAsync()).Should().BeEquivalentTo(await second.ListAsync());
    }

    [Fact]
    public async Task SharedTable_JointMeetingsAndMessagingNeverSeeEachOther()
    {
        var table = await CreateTableAsync();
        var clock = new FakeTimeProvider(Conversations.Now);
        var jointMeetings = new EntityJointMeetingStore(table, clock);
        var conversations = new EntityConversationStore(table);
        var log = new EntityUndeliveredMessageLog(table, clock);
        await FullState.Build("jm-1", units: 3, tasks: 3).SaveAsync(jointMeetings);
        // The partition names, written as conversation ids: still only conversations.
        await conversations.SaveAsync(Conversations.Stored("jm-1"));
        await conversations.SaveAsync(Conversations.Stored("jm"));
        await log.RecordAsync(Undelivered.Message("u-1", "jm-1"));

        (await jointMeetings.ListAsync()).Select(j => j.Value.Id).Should().Equal("jm-1");
        (await jointMeetings.LoadAsync("jm-1"))!.Reports.Should().HaveCount(3);
        (await conversations.ListAsync()).Select(c => c.ConversationId).Should().BeEquivalentTo(["jm-1", "jm"]);
        (await log.ListAsync(DateTimeOffset.MinValue)).Should().ContainSingle();
    }
}
