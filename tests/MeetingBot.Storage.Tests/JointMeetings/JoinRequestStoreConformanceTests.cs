using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Storage.Entities;
using MeetingBot.Storage.JointMeetings;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Storage.Tests.JointMeetings;

/// <summary>
/// Requests to join and the size of a joint meeting's row, on each engine: outsiders' requests live in rows of
/// their own (they neither grow the joint meeting's row nor conflict with the managers' saves), and a joint meeting
/// as large as a real one gets still saves.
/// </summary>
public abstract class JoinRequestStoreConformanceTests
{
    private static readonly DateTimeOffset Now = FullState.Now;
    private readonly FakeTimeProvider _clock = new(Now);

    protected abstract Task<IEntityTable> CreateTableAsync();

    private static ChatAccount Outsider(int n) => new("msteams", $"{Guid.NewGuid()}", $"申请人{n}");

    [Fact]
    public async Task SaveAsync_JointMeetingWith200UnitsAnd1000Contacts_SavesAndChangesAgain()
    {
        var table = await CreateTableAsync();
        var store = new EntityJointMeetingStore(table, _clock);
        var state = FullState.Build("big", units: 200, tasks: 300);
        var jm = state.JointMeeting;
        // Teams accounts as they come: an AAD object id and a name with the unit in it; five contacts a unit.
        for (var n = jm.Contacts.Count; n < 1000; n++)
        {
            var unit = jm.Units[n % jm.Units.Count];
            jm.AssignRole(FullState.Secretary, new ChatAccount("msteams", Guid.NewGuid().ToString(), $"联络员{n}（{unit.Name}）"), ContactRole.UnitContact, unit.Id, Now);
        }
        jm.Contacts.Should().HaveCount(1000);
        jm.AcceptChanges(); // one contact at a time in real life: the audit of 1,000 actions is not one batch

        await store.SaveAsync(new ChangeSet("big").Add(jm));
        var loaded = (await store.LoadAsync("big"))!;
        loaded.JointMeeting.Value.AddUnit(FullState.Secretary, "区审计局", [], Now);
        loaded.JointMeeting.Value.AssignRole(FullState.Secretary, new ChatAccount("msteams", Guid.NewGuid().ToString(), "审计局联络员"), ContactRole.UnitContact, "u201", Now);
        await store.SaveAsync(new ChangeSet("big").Update(loaded.JointMeeting));

        var again = (await store.LoadAsync("big"))!.JointMeeting.Value;
        again.Units.Should().HaveCount(201);
        again.Contacts.Should().HaveCount(1001);
    }

    [Fact]
    public async Task SaveAsync_RequestToJoin_LeavesTheJointMeetingsRowAsItWas()
    {
        var table = await CreateTableAsync();
        var store = new EntityJointMeetingStore(table, _clock);
        await FullState.Build("jm-1", units: 5, tasks: 5).SaveAsync(store);
        var managers = (await store.LoadAsync("jm-1"))!.JointMeeting;
        var headBefore = (await table.GetAsync("jm-1", "jm"))!;

        var outsiders = (await store.LoadAsync("jm-1"))!.JointMeeting;
        var outsider = Outsider(1);
        outsiders.Value.RequestBinding(outsider, "u2", ContactRole.UnitContact, Now);
        var etags = await store.SaveAsync(new ChangeSet("jm-1").Update(outsiders));

        etags.Should().Equal([headBefore.ETag], "the joint meeting's row was not written");
        (await table.GetAsync("jm-1", "jm"))!.Body.Should().Be(headBefore.Body);
        (await store.LoadAsync("jm-1"))!.JointMeeting.Value.FindContact(outsider)!.Status.Should().Be(ContactStatus.Pending);

        // The managers' save of what they loaded before the request does not conflict with it, nor drop it.
        managers.Value.AddUnit(FullState.Secretary, "区审计局", [], Now);
        await store.SaveAsync(new ChangeSet("jm-1").Update(managers));
        var after = (await store.LoadAsync("jm-1"))!.JointMeeting.Value;
        after.FindUnit("区审计局").Should().NotBeNull();
        after.FindContact(outsider)!.Status.Should().Be(ContactStatus.Pending);
    }

    [Fact]
    public async Task LookupByAccount_FindsARequestWaitingByItsOwnRow_AndTheContactOnceApproved()
    {
        var table = await CreateTableAsync();
        var store = new EntityJointMeetingStore(table, _clock);
        await FullState.Build("jm-1", units: 5, tasks: 5).SaveAsync(store);
        var lookup = new EntityJointMeetingLookup(table);
        var outsider = Outsider(1);

        var asking = (await store.LoadAsync("jm-1"))!.JointMeeting;
        asking.Value.RequestBinding(outsider, "u2", ContactRole.UnitContact, Now);
        await store.SaveAsync(new ChangeSet("jm-1").Update(asking));

        // The request adds no lookup row of its own: its q| row is found instead, so a flood adds none.
        (await table.QueryAsync("jm-1", MembershipIndex.Prefixes)).Select(r => r.RowKey).Should().NotContain(MembershipIndex.Account(outsider.Channel, outsider.AccountId));
        (await lookup.OfAccountAsync(outsider)).Should().ContainSingle().Which.FindContact(outsider)!.Status.Should().Be(ContactStatus.Pending);

        await store.SaveAsync(new ChangeSet("jm-1").Update(await ReloadWith(store, "jm-1", j => j.Approve(FullState.Secretary, outsider, Now))));

        (await lookup.OfAccountAsync(outsider)).Should().ContainSingle().Which.FindContact(outsider)!.Status.Should().Be(ContactStatus.Approved);
    }

    [Fact]
    public async Task SaveAsync_ThousandsOfRequests_NeverGrowTheJointMeetingsRow()
    {
        var table = await CreateTableAsync();
        var store = new EntityJointMeetingStore(table, _clock);
        await FullState.Build("jm-1", units: 5, tasks: 5).SaveAsync(store);
        var headBefore = (await table.GetAsync("jm-1", "jm"))!.Body;

        // Written as the store writes them, past the domain's bounds: the row is safe even if the bounds were not there.
        for (var batch = 0; batch < 20; batch++)
        {
            var loaded = (await store.LoadAsync("jm-1"))!.JointMeeting;
            var state = loaded.Value.State;
            var requests = Enumerable.Range(0, 97).Select(i => new Contact(Outsider(batch * 100 + i), "u2", ContactRole.UnitContact, ContactStatus.Pending, Now, Asks: [Now]));
            var approved = state.Contacts.Where(c => c.Status == ContactStatus.Approved);
            // A restored aggregate is not one the store loaded: it knows none of the request rows, so these are inserts
            // (beside the joint meeting's row, rewritten as it was, the reminder due mark and the working copy's: 100 writes).
            var grown = JointMeeting.Restore(state with { Contacts = [.. approved, .. requests] });
            await store.SaveAsync(new ChangeSet("jm-1").Update(new Versioned<JointMeeting>(grown, loaded.ETag)));
        }

        (await table.GetAsync("jm-1", "jm"))!.Body.Should().Be(headBefore);
        var jm = (await store.LoadAsync("jm-1"))!.JointMeeting;
        jm.Value.Contacts.Count(c => c.Status == ContactStatus.Pending).Should().Be(20 * 97);

        // The managers still work: a unit added and one request approved, in one save.
        var first = jm.Value.Contacts.First(c => c.Status == ContactStatus.Pending);
        jm.Value.AddUnit(FullState.Secretary, "区审计局", [], Now);
        jm.Value.Approve(FullState.Secretary, first.Account, Now);
        await store.SaveAsync(new ChangeSet("jm-1").Update(jm));
        var after = (await store.LoadAsync("jm-1"))!.JointMeeting.Value;
        after.Identify(first.Account).Role.Should().Be(ContactRole.UnitContact);
        after.Contacts.Count(c => c.Status == ContactStatus.Pending).Should().Be(20 * 97 - 1);
        (await table.GetAsync("jm-1", JoinRequestRows.Key(first.Account))).Should().BeNull("an approved request's row goes with the approval");
    }

    [Fact]
    public async Task SaveAsync_TheSameAggregateAgainAfterARequest_WritesOnlyWhatChangedSince()
    {
        var table = await CreateTableAsync();
        var store = new EntityJointMeetingStore(table, _clock);
        await FullState.Build("jm-1", units: 5, tasks: 5).SaveAsync(store);
        var loaded = (await store.LoadAsync("jm-1"))!.JointMeeting;
        var outsider = Outsider(1);
        loaded.Value.RequestBinding(outsider, "u2", ContactRole.UnitContact, Now);
        var etag = (await store.SaveAsync(new ChangeSet("jm-1").Update(loaded)))[0];

        // Not reloaded: the store knows the request row it just wrote, so approving deletes it rather than inserting it again.
        loaded.Value.Approve(FullState.Secretary, outsider, Now);
        await store.SaveAsync(new ChangeSet("jm-1").Update(loaded with { ETag = etag }));

        (await store.LoadAsync("jm-1"))!.JointMeeting.Value.Identify(outsider).Role.Should().Be(ContactRole.UnitContact);
        (await table.QueryAsync("jm-1", [JoinRequestRows.Prefix])).Should().BeEmpty();
    }

    [Fact]
    public async Task SaveAsync_RejectedRequestAndRemovedUnit_DeleteTheirRequestRows()
    {
        var table = await CreateTableAsync();
        var store = new EntityJointMeetingStore(table, _clock);
        await FullState.Build("jm-1", units: 5, tasks: 5).SaveAsync(store);
        var (a, b) = (Outsider(1), Outsider(2));
        foreach (var (who, unit) in new[] { (a, "u2"), (b, "u3") })
        {
            var loaded = (await store.LoadAsync("jm-1"))!.JointMeeting;
            loaded.Value.RequestBinding(who, unit, ContactRole.UnitContact, Now);
            await store.SaveAsync(new ChangeSet("jm-1").Update(loaded));
        }

        var jm = (await store.LoadAsync("jm-1"))!.JointMeeting;
        jm.Value.Reject(FullState.Secretary, a, Now);
        jm.Value.RemoveUnit(FullState.Secretary, "u3", Now);
        await store.SaveAsync(new ChangeSet("jm-1").Update(jm));

        (await table.QueryAsync("jm-1", [JoinRequestRows.Prefix])).Should().BeEmpty();
        var audit = await store.GetAuditAsync("jm-1");
        audit.Select(e => e.Action).Should().Contain(["contact.requested", "contact.rejected", "unit.removed"]);
    }

    [Fact]
    public async Task LoadAsync_RowOfAnOlderVersionWithRequestsInside_MovesThemOutAndKeepsThem()
    {
        var table = await CreateTableAsync();
        var store = new EntityJointMeetingStore(table, _clock);
        var jm = FullState.Build("old", units: 5, tasks: 5).JointMeeting;
        // More requests than one batch can move, stored the old way: inside the joint meeting's row.
        var requests = Enumerable.Range(0, 250).Select(i => new Contact(Outsider(i), "u2", ContactRole.UnitContact, ContactStatus.Pending, Now.AddMinutes(i))).ToList();
        var legacy = jm.State with { Contacts = [.. jm.State.Contacts, .. requests] };
        await table.SubmitAsync("old", [EntityWrite.Insert("jm", StateJson.Write(legacy))]);

        var loaded = (await store.LoadAsync("old"))!.JointMeeting.Value;

        loaded.Contacts.Where(c => c.Status == ContactStatus.Pending).Select(c => c.Account.AccountId)
            .Should().BeEquivalentTo(requests.Select(r => r.Account.AccountId));
        (await table.QueryAsync("old", [JoinRequestRows.Prefix])).Should().HaveCount(250);
        StateJson.Read<JointMeetingState>("old", "jm", (await table.GetAsync("old", "jm"))!.Body).Contacts
            .Should().OnlyContain(c => c.Status == ContactStatus.Approved);

        // And the managers decide on them as on any request.
        await store.SaveAsync(new ChangeSet("old").Update(await ReloadWith(store, "old", j => j.Approve(FullState.Secretary, requests[1].Account, Now))));
        (await store.LoadAsync("old"))!.JointMeeting.Value.Identify(requests[1].Account).Role.Should().Be(ContactRole.UnitContact);
    }

    private static async Task<Versioned<JointMeeting>> ReloadWith(IJointMeetingStore store, string id, Action<JointMeeting> change)
    {
        var loaded = (await store.LoadAsync(id))!.JointMeeting;
        change(loaded.Value);
        return loaded;
    }
}
