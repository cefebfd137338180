using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Storage.Entities;
using MeetingBot.Storage.Messaging;

namespace MeetingBot.Storage.Tests.Messaging;

/// <summary>
/// A channel's lookups of conversations (a person's 1:1, a conversation in a tenant), run against each engine by the
/// subclasses: written in the same atomic change as the conversation, found by any instance over the same store,
/// and backfilled once for conversations stored before lookups existed.
/// </summary>
public abstract class ConversationLookupConformanceTests
{
    protected abstract Task<IEntityTable> CreateTableAsync();

    protected abstract Task<IEntityTable> ReopenAsync(IEntityTable table);

    [Fact]
    public async Task FindByLookupAsync_SavedByOneInstance_IsFoundByAnother()
    {
        var table = await CreateTableAsync();
        var saved = Conversations.Stored(Conversations.TeamsPersonal);
        await new EntityConversationStore(table).SaveAsync(saved, ["person:29:1user-id", "person:6c1f0a52", "tenant:72f988bf"]);
        var other = new EntityConversationStore(await ReopenAsync(table));

        (await other.FindByLookupAsync("msteams", "person:29:1user-id")).Should().Be(saved);
        (await other.FindByLookupAsync("msteams", "tenant:72f988bf")).Should().Be(saved);
        (await other.FindByLookupAsync("msteams", "person:29:someone-else")).Should().BeNull();
        (await other.FindByLookupAsync("slack", "person:29:1user-id")).Should().BeNull("lookups are the channel's own");
        (await other.ListAsync()).Should().Equal(saved);
    }

    [Fact]
    public async Task SaveAsync_ALaterConversationWithTheSameLookup_TakesItOver()
    {
        var store = new EntityConversationStore(await CreateTableAsync());
        await store.SaveAsync(Conversations.Stored("a:old"), ["person:29:li"]);
        var newer = Conversations.Stored("a:new", at: Conversations.Now.AddDays(1));

        await store.SaveAsync(newer, ["person:29:li"]);
        await store.SaveAsync(Conversations.Stored("a:old", installed: false), []);

        (await store.FindByLookupAsync("msteams", "person:29:li")).Should().Be(newer, "a save without the lookup leaves it where it was");
    }

    [Theory]
    [InlineData("person:" + "29:" + "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")]
    [InlineData("tenant:联席会议/第一次#?%\\|")]
    public async Task FindByLookupAsync_LongOrAwkwardLookups_RoundTripAndStayApart(string lookup)
    {
        var store = new EntityConversationStore(await CreateTableAsync());
        await store.SaveAsync(Conversations.Stored("a:1"), [lookup]);
        await store.SaveAsync(Conversations.Stored("a:2"), [lookup + "x"]);
        await store.SaveAsync(Conversations.Stored("a:3", channelId: "a|b"), [lookup]);

        (await store.FindByLookupAsync("msteams", lookup))!.ConversationId.Should().Be("a:1");
        (await store.FindByLookupAsync("msteams", lookup + "x"))!.ConversationId.Should().Be("a:2");
        (await store.FindByLookupAsync("a|b", lookup))!.ConversationId.Should().Be("a:3");
        (await store.FindByLookupAsync("msteams", lookup[..^1])).Should().BeNull();
    }

    [Fact]
    public async Task SaveAsync_RefusedChange_WritesNeitherTheConversationNorAnyLookup()
    {
        var table = await CreateTableAsync();
        var store = new EntityConversationStore(table);
        var before = Conversations.Stored("a:1");
        await store.SaveAsync(before, ["person:29:li"]);

        // One lookup the engines refuse (a lone surrogate): the change is one batch, so nothing of it lands.
        var save = () => store.SaveAsync(Conversations.Stored("a:2"), ["person:29:li", "tenant:\uD800"]);

        await save.Should().ThrowAsync<StoreLimitException>();
        (await store.FindAsync("msteams", "a:2")).Should().BeNull();
        (await store.FindByLookupAsync("msteams", "person:29:li")).Should().Be(before);
    }

    [Fact]
    public async Task BackfillLookupsAsync_PointsWhatIsMissingOnce_NeverOverASetLookup()
    {
        var table = await CreateTableAsync();
        var store = new EntityConversationStore(table);
        // Stored before lookups existed: no lookups of their own.
        await store.SaveAsync(Conversations.Stored("a:old", at: Conversations.Now));
        await store.SaveAsync(Conversations.Stored("a:newer", at: Conversations.Now.AddDays(2)));
        await store.SaveAsync(Conversations.Stored("19:group", channelId: "slack"));
        // Saved since, with its lookup: the backfill must not move it.
        var current = Conversations.Stored("a:current", at: Conversations.Now.AddDays(1));
        await store.SaveAsync(current, ["tenant:t1"]);
        var upgraded = new EntityConversationStore(await ReopenAsync(table));

        var written = await upgraded.BackfillLookupsAsync("botframework", c => c.Channel == "msteams" ? ["person:29:li", "tenant:t1"] : []);
        var again = await upgraded.BackfillLookupsAsync("botframework", c => ["person:29:someone"]);

        written.Should().Be(1);
        again.Should().Be(0, "a store is backfilled once");
        (await store.FindByLookupAsync("msteams", "person:29:li"))!.ConversationId.Should().Be("a:newer", "the newest conversation wins");
        (await store.FindByLookupAsync("msteams", "tenant:t1")).Should().Be(current);
        (await store.FindByLookupAsync("msteams", "person:29:someone")).Should().BeNull();
        (await store.ListAsync()).Should().HaveCount(4, "lookups and the backfill's mark are not conversations");
    }
}
