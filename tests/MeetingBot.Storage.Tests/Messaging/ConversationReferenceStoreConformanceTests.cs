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
        var store = new EntityConversationReferenceStore(await CreateTableAsync());
        var saved = Conversations.Stored(Conversations.TeamsPersonal);

        await store.SaveAsync(saved);

        (await store.FindAsync("msteams", Conversations.TeamsPersonal)).Should().Be(saved);
    }

    [Fact]
    public async Task FindAsync_ChannelConversationWithoutUser_KeepsTheMissingFieldsMissing()
    {
        var store = new EntityConversationReferenceStore(await CreateTableAsync());
        var reference = new ConversationReference("msteams", Conversations.TeamsChannelThread, "https://smba.trafficmanager.net/apac/",
            new ChatParty("28:bot-app-id"), ConversationType: "channel", TeamId: "19:team@thread.tacv2");
        var saved = new StoredConversation(reference, true, Conversations.Now);

        await store.SaveAsync(saved);

        var found = (await store.FindAsync("msteams", Conversations.TeamsChannelThread))!;
        found.Should().Be(saved);
        found.Reference.User.Should().BeNull();
        found.Reference.IsPersonal.Should().BeFalse();
    }

    [Fact]
    public async Task SaveAsync_Again_ReplacesTheRecord()
    {
        var store = new EntityConversationReferenceStore(await CreateTableAsync());
        var first = Conversations.Stored(Conversations.TeamsPersonal);
        await store.SaveAsync(first);
        var moved = new StoredConversation(
            first.Reference with { ServiceUrl = "https://smba.trafficmanager.net/emea/", Locale = "en-US" }, true, Conversations.Now.AddDays(1));

        await store.SaveAsync(moved);

        (await store.FindAsync("msteams", Conversations.TeamsPersonal)).Should().Be(moved);
        (await store.ListAsync()).Should().ContainSingle().Which.Should().Be(moved);
    }

    [Fact]
    public async Task SaveAsync_RemovalOfTheBot_KeepsTheRecordAsNotInstalled()
    {
        var store = new EntityConversationReferenceStore(await CreateTableAsync());
        await store.SaveAsync(Conversations.Stored(Conversations.TeamsChannelThread));
        await store.SaveAsync(Conversations.Stored(Conversations.TeamsPersonal));

        var removed = Conversations.Stored(Conversations.TeamsChannelThread, installed: false, at: Conversations.Now.AddHours(1));
        await store.SaveAsync(removed);

        (await store.FindAsync("msteams", Conversations.TeamsChannelThread)).Should().Be(removed);
        (await store.ListAsync()).Select(c => (c.Reference.ConversationId, c.Installed))
            .Should().BeEquivalentTo([(Conversations.TeamsChannelThread, false), (Conversations.TeamsPersonal, true)]);
    }

    [Fact]
    public async Task FindAsync_UnknownConversationOrOtherChannel_ReturnsNull()
    {
        var store = new EntityConversationReferenceStore(await CreateTableAsync());
        await store.SaveAsync(Conversations.Stored("19:known@thread.tacv2"));

        (await store.FindAsync("msteams", "19:unknown@thread.tacv2")).Should().BeNull();
        (await store.FindAsync("slack", "19:known@thread.tacv2")).Should().BeNull();
        (await store.FindAsync("msteams", "19:known@thread.tacv2;messageid=1")).Should().BeNull();
    }

    [Fact]
    public async Task ListAsync_ReturnsEveryConversationOnceWithOneRead()
    {
        var table = new CountingEntityTable(await CreateTableAsync());
        var store = new EntityConversationReferenceStore(table);
        var ids = Enumerable.Range(1, 40).Select(n => $"19:c{n:D2}@thread.tacv2").Append("a:" + new string('y', 300)).ToList();
        foreach (var id in ids)
            await store.SaveAsync(Conversations.Stored(id, channelId: id.Length > 100 ? "msteams" : "slack"));
        table.Reset();

        var all = await store.ListAsync();

        all.Select(c => c.Reference.ConversationId).Should().BeEquivalentTo(ids);
        table.Reads.Should().Be(1, "listing must not read conversation by conversation");
    }

    [Theory]
    [MemberData(nameof(Conversations.AwkwardIds), MemberType = typeof(Conversations))]
    public async Task SaveAsync_AwkwardConversationIds_RoundTripAndStayApartFromTheirNeighbours(string id)
    {
        var store = new EntityConversationReferenceStore(await CreateTableAsync());
        string[] neighbours = [id, id + "x", id[..^1], id + "/", id.ToUpperInvariant()];
        foreach (var neighbour in neighbours.Distinct())
            await store.SaveAsync(Conversations.Stored(neighbour, at: Conversations.Now.AddMinutes(neighbour.Length)));
        await store.SaveAsync(Conversations.Stored(id, channelId: "slack"));

        foreach (var neighbour in neighbours.Distinct())
            (await store.FindAsync("msteams", neighbour)).Should().Be(Conversations.Stored(neighbour, at: Conversations.Now.AddMinutes(neighbour.Length)));
        (await store.FindAsync("slack", id))!.Reference.ChannelId.Should().Be("slack");
        (await store.ListAsync()).Select(c => (c.Reference.ChannelId, c.Reference.ConversationId))
            .Should().BeEquivalentTo(neighbours.Distinct().Select(n => ("msteams", n)).Append(("slack", id)));
    }

    [Fact]
    public async Task SaveAsync_TheSameTextSplitDifferentlyBetweenChannelAndConversation_StaysApart()
    {
        var store = new EntityConversationReferenceStore(await CreateTableAsync());
        await store.SaveAsync(Conversations.Stored("b|c", channelId: "a"));
        await store.SaveAsync(Conversations.Stored("c", channelId: "a|b"));

        (await store.FindAsync("a", "b|c"))!.Reference.ChannelId.Should().Be("a");
        (await store.FindAsync("a|b", "c"))!.Reference.ChannelId.Should().Be("a|b");
        (await store.FindAsync("a|b", "|c")).Should().BeNull();
        (await store.ListAsync()).Should().HaveCount(2);
    }

    [Fact]
    public async Task TwoStoresOverOneTable_SeeEachOthersWrites()
    {
        var table = await CreateTableAsync();
        var first = new EntityConversationReferenceStore(table);
        var second = new EntityConversationReferenceStore(await ReopenAsync(table));

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
        var conversations = new EntityConversationReferenceStore(table);
        var log = new EntityUndeliveredMessageLog(table, clock);
        await FullState.Build("jm-1", units: 3, tasks: 3).SaveAsync(jointMeetings);
        // The partition names, written as conversation ids: still only conversations.
        await conversations.SaveAsync(Conversations.Stored("jm-1"));
        await conversations.SaveAsync(Conversations.Stored("jm"));
        await log.RecordAsync(Undelivered.Message("u-1", Conversations.Reference("jm-1")));

        (await jointMeetings.ListAsync()).Select(j => j.Value.Id).Should().Equal("jm-1");
        (await jointMeetings.LoadAsync("jm-1"))!.Reports.Should().HaveCount(3);
        (await conversations.ListAsync()).Select(c => c.Reference.ConversationId).Should().BeEquivalentTo(["jm-1", "jm"]);
        (await log.ListAsync(DateTimeOffset.MinValue)).Should().ContainSingle();
    }
}
