using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Storage.Entities;
using MeetingBot.Storage.JointMeetings;
using MeetingBot.Storage.People;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Storage.Tests.JointMeetings;

/// <summary>
/// The lookups by chat account and by conversation, and the person memory, run against each engine by the subclasses:
/// written in the same atomic change as the membership or binding, found by any instance, backfilled once.
/// </summary>
public abstract class JointMeetingLookupConformanceTests
{
    private static readonly DateTimeOffset Now = FullState.Now;

    protected abstract Task<IEntityTable> CreateTableAsync();

    protected abstract Task<IEntityTable> ReopenAsync(IEntityTable table);

    private async Task<(IEntityTable Table, EntityJointMeetingStore Store)> OpenAsync()
    {
        var table = await CreateTableAsync();
        return (table, new EntityJointMeetingStore(table, new FakeTimeProvider(Now)));
    }

    [Fact]
    public async Task OfAccountAsync_FindsTheJointMeetingsOfAContact_OnAnotherInstance()
    {
        var (table, store) = await OpenAsync();
        await FullState.Build("jm-a", units: 3, tasks: 2).SaveAsync(store);
        await FullState.Build("jm-b", units: 2, tasks: 2).SaveAsync(store);
        var lookup = new EntityJointMeetingLookup(await ReopenAsync(table));

        (await lookup.OfAccountAsync(FullState.ContactOf("u2"))).Select(j => j.Id).Should().Equal("jm-a", "jm-b");
        (await lookup.OfAccountAsync(FullState.ContactOf("u3"))).Select(j => j.Id).Should().Equal("jm-a");
        (await lookup.OfAccountAsync(FullState.ContactOf("u3") with { Channel = "SLACK" })).Should().ContainSingle("channels compare without case");
        (await lookup.OfAccountAsync(new ChatAccount("slack", "U-nobody", "路人"))).Should().BeEmpty();
        (await lookup.FindAsync("jm-b"))!.Id.Should().Be("jm-b");
        (await lookup.FindAsync("jm-c")).Should().BeNull();
    }

    [Fact]
    public async Task SaveAsync_ThatLeavesContactsAndBindingsAlone_ReadsAndWritesNoLookupRows()
    {
        var inner = await CreateTableAsync();
        var table = new LookupReadCounter(inner);
        var store = new EntityJointMeetingStore(table, new FakeTimeProvider(Now));
        await FullState.Build("jm-a", units: 3, tasks: 2).SaveAsync(store);
        var lookupsBefore = (await inner.QueryAsync("jm-a", MembershipIndex.Prefixes)).Select(r => (r.RowKey, r.ETag)).ToList();
        var loaded = (await store.LoadAsync("jm-a"))!.JointMeeting;
        table.LookupReads = 0;

        loaded.Value.UseChinaCalendar(FullState.Secretary, on: false, Now);
        var etag = (await store.SaveAsync(new ChangeSet("jm-a").Update(loaded)))[0];
        loaded.Value.UseChinaCalendar(FullState.Secretary, on: true, Now); // saved again from the same copy
        await store.SaveAsync(new ChangeSet("jm-a").Update(loaded with { ETag = etag }));

        table.LookupReads.Should().Be(0);
        (await inner.QueryAsync("jm-a", MembershipIndex.Prefixes)).Select(r => (r.RowKey, r.ETag)).Should().Equal(lookupsBefore, "not rewritten either");

        var newcomer = new ChatAccount("msteams", "aad-new", "新联络员");
        var current = (await store.LoadAsync("jm-a"))!.JointMeeting;
        current.Value.AssignRole(FullState.Secretary, newcomer, ContactRole.UnitContact, "u2", Now);
        await store.SaveAsync(new ChangeSet("jm-a").Update(current));
        table.LookupReads.Should().Be(1, "a change of contacts diffs against the rows stored");
        (await new EntityJointMeetingLookup(inner).OfAccountAsync(newcomer)).Select(j => j.Id).Should().Equal("jm-a");
    }

    [Fact]
    public async Task SaveAsync_ARequestFromACopyLoadedBeforeAContactWasAdded_KeepsThatContactsLookup()
    {
        var (table, store) = await OpenAsync();
        await FullState.Build("jm-a", units: 3, tasks: 2).SaveAsync(store);
        var lookup = new EntityJointMeetingLookup(table);
        var older = (await store.LoadAsync("jm-a"))!.JointMeeting;
        var added = new ChatAccount("msteams", "aad-added", "新联络员");
        var newer = (await store.LoadAsync("jm-a"))!.JointMeeting;
        newer.Value.AssignRole(FullState.Secretary, added, ContactRole.UnitContact, "u2", Now);
        await store.SaveAsync(new ChangeSet("jm-a").Update(newer));

        // A request to join writes only its own row: the older copy's joint-meeting row is not part of the change.
        older.Value.RequestBinding(new ChatAccount("msteams", "aad-asking", "申请人"), "u3", ContactRole.UnitContact, Now);
        await store.SaveAsync(new ChangeSet("jm-a").Update(older));

        (await lookup.OfAccountAsync(added)).Select(j => j.Id).Should().Equal("jm-a");
    }

    [Fact]
    public async Task SaveAsync_ContactRemovedAndConversationBoundThenUnbound_LookupsFollowInTheSameChange()
    {
        var (table, store) = await OpenAsync();
        await FullState.Build("jm-a", units: 3, tasks: 2).SaveAsync(store);
        var lookup = new EntityJointMeetingLookup(table);
        var longId = "19:" + new string('x', 200) + "@thread.tacv2";

        var loaded = (await store.LoadAsync("jm-a"))!.JointMeeting;
        loaded.Value.RemoveContact(FullState.Secretary, FullState.ContactOf("u3"), Now);
        loaded.Value.BindConversation(FullState.Secretary, "msteams", longId, "联席会议群", Now);
        await store.SaveAsync(new ChangeSet("jm-a").Update(loaded));

        (await lookup.OfAccountAsync(FullState.ContactOf("u3"))).Should().BeEmpty();
        (await lookup.BoundToAsync("msteams", longId)).Select(j => j.Id).Should().Equal("jm-a");
        (await lookup.BoundToAsync("msteams", longId + "x")).Should().BeEmpty();

        loaded = (await store.LoadAsync("jm-a"))!.JointMeeting;
        loaded.Value.UnbindConversation(FullState.Secretary, "msteams", longId, Now);
        await store.SaveAsync(new ChangeSet("jm-a").Update(loaded));

        (await lookup.BoundToAsync("msteams", longId)).Should().BeEmpty();
        (await table.QueryAsync("jm-a", ["conv"])).Should().BeEmpty("an unbound conversation leaves no lookup behind");
    }

    [Fact]
    public async Task SaveAsync_Conflicting_WritesNoLookup()
    {
        var (table, store) = await OpenAsync();
        await FullState.Build("jm-a", units: 2, tasks: 2).SaveAsync(store);
        var lookup = new EntityJointMeetingLookup(await ReopenAsync(table));
        var first = (await store.LoadAsync("jm-a"))!.JointMeeting;
        var second = (await store.LoadAsync("jm-a"))!.JointMeeting;
        first.Value.BindConversation(FullState.Secretary, "msteams", "19:one@thread", null, Now);
        await store.SaveAsync(new ChangeSet("jm-a").Update(first));

        second.Value.BindConversation(FullState.Secretary, "msteams", "19:two@thread", null, Now);
        var stale = () => store.SaveAsync(new ChangeSet("jm-a").Update(second));

        await stale.Should().ThrowAsync<StoreConflictException>();
        (await lookup.BoundToAsync("msteams", "19:two@thread")).Should().BeEmpty();
        (await lookup.BoundToAsync("msteams", "19:one@thread")).Should().ContainSingle();
    }

    [Fact]
    public async Task BackfillAsync_IndexesJointMeetingsSavedBeforeTheLookupsOnce()
    {
        var (table, store) = await OpenAsync();
        await FullState.Build("jm-a", units: 2, tasks: 2).SaveAsync(store);
        var rows = await table.QueryAsync("jm-a", ["acct", "conv"]);
        await table.SubmitAsync("jm-a", [.. rows.Select(r => EntityWrite.Delete(r.RowKey))]);
        var lookup = new EntityJointMeetingLookup(await ReopenAsync(table));
        (await lookup.OfAccountAsync(FullState.ContactOf("u2"))).Should().BeEmpty("as stored before the lookups existed");

        (await lookup.BackfillAsync()).Should().Be(1);
        (await lookup.BackfillAsync()).Should().Be(0);

        (await lookup.OfAccountAsync(FullState.ContactOf("u2"))).Select(j => j.Id).Should().Equal("jm-a");
        (await lookup.OfAccountAsync(FullState.Secretary)).Select(j => j.Id).Should().Equal("jm-a");
    }

    [Fact]
    public async Task PersonMemory_RemembersPerPersonOnEveryInstance_AndForgets()
    {
        var table = await CreateTableAsync();
        var memory = new EntityPersonMemory(table);
        var other = new EntityPersonMemory(await ReopenAsync(table));
        var li = new ChatAccount("msteams", "6c1f0a52-0000-4000-8000-000000000001", "李华");
        var longId = new ChatAccount("a|b", new string('y', 200), "长");

        await memory.RememberAsync(li, "chosen-joint-meeting", "jm-002");
        await memory.RememberAsync(longId, "chosen-joint-meeting", "jm-003");

        (await other.RecallAsync(li, "chosen-joint-meeting")).Should().Be("jm-002");
        (await other.RecallAsync(li with { Channel = "MSTEAMS" }, "chosen-joint-meeting")).Should().Be("jm-002");
        (await other.RecallAsync(longId, "chosen-joint-meeting")).Should().Be("jm-003");
        (await other.RecallAsync(li with { AccountId = "someone-else" }, "chosen-joint-meeting")).Should().BeNull();
        (await other.RecallAsync(li, "paging")).Should().BeNull();

        await other.RememberAsync(li, "chosen-joint-meeting", null);
        await other.RememberAsync(li, "chosen-joint-meeting", null);
        (await memory.RecallAsync(li, "chosen-joint-meeting")).Should().BeNull();
    }

    /// <summary>The engine, counting the queries of a partition's lookup rows (what a save reads to diff them).</summary>
    private sealed class LookupReadCounter(IEntityTable inner) : DelegatingEntityTable(inner)
    {
        public int LookupReads;

        public override Task<IReadOnlyList<EntityRow>> QueryAsync(string partitionKey, IReadOnlyList<string> rowKeyPrefixes, CancellationToken cancellationToken = default)
        {
            if (rowKeyPrefixes.SequenceEqual(MembershipIndex.Prefixes)) Interlocked.Increment(ref LookupReads);
            return Inner.QueryAsync(partitionKey, rowKeyPrefixes, cancellationToken);
        }
    }
}
