using MeetingBot.Core.Conversation;
using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Storage.Entities;
using MeetingBot.Storage.JointMeetings;
using MeetingBot.Storage.Reminders;
using MeetingBot.Storage.Tests.Entities;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Storage.Tests.JointMeetings;

/// <summary>
/// The global lookup hints (<see cref="LookupHints"/>), run against each engine by the subclasses: a person's lookup
/// and a conversation's are one point read, the directory's list one query of one partition; a hint written without its change (a
/// crash between the two) or left over by a removal is never an answer; instances share them; a store of the old
/// layout gets them once.
/// </summary>
public abstract partial class LookupHintsConformanceTests
{
    private static readonly DateTimeOffset Now = FullState.Now;
    private static readonly ChatAccount Secretary = FullState.Secretary;

    private readonly FakeTimeProvider clock = new(Now);

    protected abstract Task<IEntityTable> CreateTableAsync();

    protected abstract Task<IEntityTable> ReopenAsync(IEntityTable table);

    private static ChatAccount Contact(int n) => new("msteams", $"aad-{n}", $"联络员{n}");

    // A joint meeting of a few units, the secretary and a contact each; bound to a group when asked.
    private static JointMeeting Build(string id, int units = 3, string? group = null)
    {
        var proposal = new JointMeetingProposal([], [.. Enumerable.Range(1, units).Select(n => new UnitProposal($"区第{n}局", []))], [], "副区长");
        var jm = JointMeeting.Create(new JointMeetingSettings(id, $"{id} 联席会议"), proposal, ChatAccount.System, Now);
        jm.AssignRole(ChatAccount.System, Secretary, ContactRole.Secretariat, "u1", Now);
        foreach (var (unit, n) in jm.Units.Skip(1).Select((u, i) => (u, i + 2)))
            jm.AssignRole(Secretary, Contact(n), ContactRole.UnitContact, unit.Id, Now);
        if (group is not null) jm.BindConversation(Secretary, "msteams", group, "群", Now);
        return jm;
    }

    private async Task<(IEntityTable Table, EntityJointMeetingStore Store, EntityJointMeetingLookup Lookup)> OpenAsync()
    {
        var table = await CreateTableAsync();
        var lookup = new EntityJointMeetingLookup(table, clock);
        (await lookup.BackfillHintsAsync()).Should().Be(0, "a new store has nothing to backfill");
        return (table, new EntityJointMeetingStore(table, clock), lookup);
    }

    [Fact]
    public async Task PersonsLookup_ConversationsLookup_AndTheDirectorysList_ReadOnePartitionEach()
    {
        var (inner, store, _) = await OpenAsync();
        for (var i = 1; i <= 5; i++) await store.SaveAsync(new ChangeSet($"jm-{i}").Add(Build($"jm-{i}", group: $"19:group-{i}@thread")));
        var table = new PartitionReads(inner);
        var lookup = new EntityJointMeetingLookup(table, clock);
        await lookup.BackfillHintsAsync(); // only reads the mark: the store was hinted from the start
        table.Reset();

        (await lookup.OfAccountAsync(Contact(2))).Select(j => j.Id).Should().Equal("jm-1", "jm-2", "jm-3", "jm-4", "jm-5");
        table.CrossPartition.Should().Be(0);
        table.Queries.Should().BeEmpty();
        table.PointReads.Should().Be(1 + 5, "the person's hint row, then each joint meeting named, to confirm it");
        table.Reset();

        (await lookup.BoundToAsync("msteams", "19:group-3@thread")).Select(j => j.Id).Should().Equal("jm-3");
        table.CrossPartition.Should().Be(0);
        (table.Queries.Count, table.PointReads).Should().Be((0, 2));
        table.Reset();

        var directory = new JointMeetingDirectory(store, clock, lookup);
        (await directory.ListAsync(CancellationToken.None)).Select(e => e.Name).Should().Equal("jm-1 联席会议", "jm-2 联席会议", "jm-3 联席会议", "jm-4 联席会议", "jm-5 联席会议");
        (await directory.PageAsync("jm-4", 1, CancellationToken.None))!.Items.Should().ContainSingle().Which.Units.Should().HaveCount(3);
        table.CrossPartition.Should().Be(0, "the list is one partition, a page reads its own records");
        table.Queries.Should().Equal(LookupHints.ListPartition);
    }

    [Fact]
    public async Task ACrashBetweenTheHintsAndTheBatch_AddsNoAnswer_AndTheLeftOverIsDeletedOnceSettled()
    {
        var (inner, store, lookup) = await OpenAsync();
        await store.SaveAsync(new ChangeSet("jm-a").Add(Build("jm-a")));
        var crashing = new CrashingBatches(inner) { Crash = true };
        var crashingStore = new EntityJointMeetingStore(crashing, clock);
        var newcomer = new ChatAccount("msteams", "aad-newcomer", "新联络员");

        var loaded = (await crashingStore.LoadAsync("jm-a"))!.JointMeeting;
        loaded.Value.AssignRole(Secretary, newcomer, ContactRole.UnitContact, "u2", Now);
        loaded.Value.BindConversation(Secretary, "msteams", "19:never@thread", null, Now);
        var save = () => crashingStore.SaveAsync(new ChangeSet("jm-a").Update(loaded));
        await save.Should().ThrowAsync<StoreUnavailableException>();
        var created = () => crashingStore.SaveAsync(new ChangeSet("jm-ghost").Add(Build("jm-ghost")));
        await created.Should().ThrowAsync<StoreUnavailableException>();

        (await HintedAsync(inner, LookupHints.Account("msteams", "aad-newcomer"))).Should().Equal(["jm-a"], "the hint was written ahead");
        (await lookup.OfAccountAsync(newcomer)).Should().BeEmpty("the record never took the contact");
        (await lookup.BoundToAsync("msteams", "19:never@thread")).Should().BeEmpty();
        (await lookup.OfAccountAsync(Contact(2))).Select(j => j.Id).Should().Equal("jm-a");
        var directory = new JointMeetingDirectory(store, clock, lookup);
        var page = (await directory.PageAsync(null, 1, CancellationToken.None))!;
        page.Items.Select(j => j.Id).Should().Equal(["jm-a"], "a joint meeting whose creation never committed is not shown");

        clock.Advance(LookupHints.SettleTime);
        (await lookup.OfAccountAsync(newcomer)).Should().BeEmpty();
        (await HintedAsync(inner, LookupHints.Account("msteams", "aad-newcomer"))).Should().BeEmpty("a settled hint the record refutes is removed");
    }

    [Fact]
    public async Task ARemovalsLeftOverHint_IsNoAnswer_AndAMembershipAddedAgainMeanwhile_KeepsItsHint()
    {
        var (inner, store, lookup) = await OpenAsync();
        await store.SaveAsync(new ChangeSet("jm-a").Add(Build("jm-a", group: "19:g@thread")));

        // The removal's hint delete fails after its batch: a hint too many, filtered out.
        var failing = new EntityJointMeetingStore(new CrashingBatches(inner) { FailHintWrites = true }, clock);
        var loaded = (await failing.LoadAsync("jm-a"))!.JointMeeting;
        loaded.Value.RemoveContact(Secretary, Contact(2), Now);
        loaded.Value.UnbindConversation(Secretary, "msteams", "19:g@thread", Now);
        await failing.SaveAsync(new ChangeSet("jm-a").Update(loaded));
        (await HintedAsync(inner, LookupHints.Account("msteams", "aad-2"))).Should().Equal(["jm-a"], "its removal failed");
        (await lookup.OfAccountAsync(Contact(2))).Should().BeEmpty();
        (await lookup.BoundToAsync("msteams", "19:g@thread")).Should().BeEmpty();

        // Another instance adds contact 3 back right after a removal's batch, before its hint is deleted: it stays.
        var racing = new CrashingBatches(inner);
        var other = new EntityJointMeetingStore(await ReopenAsync(inner), clock);
        racing.AfterBatch = async () =>
        {
            var again = (await other.LoadAsync("jm-a"))!.JointMeeting;
            again.Value.AssignRole(Secretary, Contact(3), ContactRole.UnitContact, "u3", Now);
            await other.SaveAsync(new ChangeSet("jm-a").Update(again));
        };
        var racingStore = new EntityJointMeetingStore(racing, clock);
        var removing = (await racingStore.LoadAsync("jm-a"))!.JointMeeting;
        removing.Value.RemoveContact(Secretary, Contact(3), Now);
        await racingStore.SaveAsync(new ChangeSet("jm-a").Update(removing));

        (await lookup.OfAccountAsync(Contact(3))).Select(j => j.Id).Should().Equal("jm-a");
    }

    [Fact]
    public async Task TwoCreationsOfOneId_TheListKeepsTheNameOfTheOneThatHoldsIt()
    {
        var (table, store, lookup) = await OpenAsync();
        var other = new EntityJointMeetingStore(await ReopenAsync(table), clock);
        await store.SaveAsync(new ChangeSet("jm-a").Add(Build("jm-a")));
        var loser = JointMeeting.Create(new JointMeetingSettings("jm-a", "另一个联席会议"), JointMeetingProposal.Empty, ChatAccount.System, Now);

        var create = () => other.SaveAsync(new ChangeSet("jm-a").Add(loser));

        await create.Should().ThrowAsync<StoreConflictException>();
        (await lookup.ListEntriesAsync()).Should().Equal(new JointMeetingEntry("jm-a", "jm-a 联席会议"));
    }

    [Fact]
    public async Task TwoInstances_SaveAndFindEachOthersJointMeetings_AndARequestToJoin()
    {
        var (table, first, _) = await OpenAsync();
        var secondTable = await ReopenAsync(table);
        var second = new EntityJointMeetingStore(secondTable, clock);
        await Task.WhenAll(
            Task.Run(async () => { for (var i = 0; i < 6; i += 2) await first.SaveAsync(new ChangeSet($"jm-{i}").Add(Build($"jm-{i}"))); }),
            Task.Run(async () => { for (var i = 1; i < 6; i += 2) await second.SaveAsync(new ChangeSet($"jm-{i}").Add(Build($"jm-{i}"))); }));
        var asking = new ChatAccount("slack", "U-asking", "申请人");
        var jm = (await second.LoadAsync("jm-4"))!.JointMeeting;
        jm.Value.RequestBinding(asking, "u2", ContactRole.UnitContact, Now);
        await second.SaveAsync(new ChangeSet("jm-4").Update(jm));

        var lookup = new EntityJointMeetingLookup(await ReopenAsync(table), clock);
        (await lookup.OfAccountAsync(Contact(3))).Should().HaveCount(6);
        (await lookup.OfAccountAsync(asking with { Channel = "SLACK" })).Should().ContainSingle()
            .Which.FindContact(asking)!.Status.Should().Be(ContactStatus.Pending);
        (await lookup.ListEntriesAsync()).Select(e => e.Id).Should().Equal("jm-0", "jm-1", "jm-2", "jm-3", "jm-4", "jm-5");
    }

    [Fact]
    public async Task AStoreOfTheOldLayout_IsFoundTheOldWayUntilBackfilled_ThenByHints_BackfilledOnceBySeveralInstances()
    {
        var table = await CreateTableAsync();
        var store = new EntityJointMeetingStore(table, clock);
        for (var i = 1; i <= 3; i++) await store.SaveAsync(new ChangeSet($"jm-{i}").Add(Build($"jm-{i}", group: $"19:g{i}@thread")));
        var asking = new ChatAccount("slack", "U-asking", "申请人");
        var jm = (await store.LoadAsync("jm-2"))!.JointMeeting;
        jm.Value.RequestBinding(asking, "u2", ContactRole.UnitContact, Now);
        await store.SaveAsync(new ChangeSet("jm-2").Update(jm));
        await ForgetHintsAsync(table, 3, asking);

        var counted = new PartitionReads(await ReopenAsync(table));
        var lookup = new EntityJointMeetingLookup(counted, clock);
        (await lookup.OfAccountAsync(Contact(2))).Should().HaveCount(3, "found the old way before the backfill");
        (await lookup.OfAccountAsync(asking)).Select(j => j.Id).Should().Equal("jm-2");
        (await lookup.ListEntriesAsync()).Should().HaveCount(3);
        counted.CrossPartition.Should().BeGreaterThan(0);

        var instances = await Task.WhenAll(Enumerable.Range(0, 3).Select(async _ => new EntityJointMeetingLookup(await ReopenAsync(table), clock)));
        var written = await Task.WhenAll(instances.Select(i => i.BackfillHintsAsync()));
        written.Sum().Should().BeGreaterThanOrEqualTo(3, "every joint meeting was hinted by at least one instance");
        (await lookup.BackfillHintsAsync()).Should().Be(0, "done once for the store");

        counted.Reset();
        (await lookup.OfAccountAsync(Contact(2))).Select(j => j.Id).Should().Equal("jm-1", "jm-2", "jm-3");
        (await lookup.OfAccountAsync(asking)).Select(j => j.Id).Should().Equal("jm-2");
        (await lookup.BoundToAsync("msteams", "19:g3@thread")).Select(j => j.Id).Should().Equal("jm-3");
        (await lookup.ListEntriesAsync()).Select(e => e.Name).Should().Equal("jm-1 联席会议", "jm-2 联席会议", "jm-3 联席会议");
        counted.CrossPartition.Should().Be(0);
    }

    private static async Task<IReadOnlyList<string>> HintedAsync(IEntityTable table, string partition) =>
        [.. HintRows.Entries(await HintRows.ReadAsync(table, partition, CancellationToken.None)).Select(e => e.Id).Distinct()];

    // What a store written before the hints holds: no hint rows, no list, no marks.
    private static async Task ForgetHintsAsync(IEntityTable table, int jointMeetings, ChatAccount asking)
    {
        var partitions = new List<string> { LookupHints.ListPartition, LookupHints.Account(asking.Channel, asking.AccountId), LookupHints.Account(Secretary.Channel, Secretary.AccountId) };
        partitions.AddRange(Enumerable.Range(2, 2).Select(n => LookupHints.Account("msteams", $"aad-{n}")));
        partitions.AddRange(Enumerable.Range(1, jointMeetings).Select(i => LookupHints.Conversation("msteams", $"19:g{i}@thread")));
        foreach (var partition in partitions)
        {
            var rows = await table.QueryAsync(partition, [""]);
            rows.Should().NotBeEmpty($"{partition} was hinted");
            await table.SubmitAsync(partition, [.. rows.Select(r => EntityWrite.Delete(r.RowKey))]);
        }
        for (var i = 1; i <= jointMeetings; i++) await table.SubmitAsync($"jm-{i}", [EntityWrite.Delete(LookupHints.HintedRow)]);
    }

    /// <summary>
    /// The engine, failing what a crash would not write: a joint meeting's own batch (<see cref="Crash"/>), or the
    /// hint writes around it (<see cref="FailHintWrites"/>); or running <see cref="AfterBatch"/> right after a joint
    /// meeting's batch (another instance's save at that moment).
    /// </summary>
    private sealed class CrashingBatches(IEntityTable inner) : DelegatingEntityTable(inner)
    {
        public bool Crash { get; init; }
        public bool FailHintWrites { get; init; }

        /// <summary>Fails every write of the list partition once a joint meeting's batch went through (a crash right after it).</summary>
        public bool FailListAfterBatch { get; init; }
        public Func<Task>? AfterBatch { get; set; }
        private volatile bool batchDone;

        public override async Task<IReadOnlyList<string?>> SubmitAsync(string partitionKey, IReadOnlyList<EntityWrite> writes, CancellationToken cancellationToken = default)
        {
            // A load's refresh of the working copy is no change of the joint meeting.
            var jointMeetingBatch = !partitionKey.StartsWith('|') && writes is not [{ RowKey: WorkingCopy.RowKey }];
            if (Crash && jointMeetingBatch) throw new StoreUnavailableException("crashed before the joint meeting's batch");
            // The lookup hints around the batch; the due index's hint (Reminders/DueKeys) must be written before it for the
            // save to go on at all, so failing it would only refuse the whole save.
            if (FailHintWrites && !jointMeetingBatch && partitionKey != DueKeys.HintPartition) throw new StoreUnavailableException("crashed around the batch");
            if (FailListAfterBatch && batchDone && partitionKey == LookupHints.ListPartition) throw new StoreUnavailableException("crashed after the batch");
            var etags = await Inner.SubmitAsync(partitionKey, writes, cancellationToken);
            batchDone |= jointMeetingBatch;
            if (jointMeetingBatch && AfterBatch is { } after)
            {
                AfterBatch = null;
                await after();
            }
            return etags;
        }
    }
}
