using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Storage.Entities;
using MeetingBot.Storage.JointMeetings;
using MeetingBot.Storage.Tests.Entities;

namespace MeetingBot.Storage.Tests.JointMeetings;

/// <summary>The list partition is exact: a row written ahead of a creation that never committed is neither listed nor counted.</summary>
public abstract partial class LookupHintsConformanceTests
{
    [Fact]
    public async Task ACreationThatNeverCommitted_IsNotListed_NorCounted_AndItsRowIsDeletedOnceSettled()
    {
        var (inner, store, _) = await OpenAsync();
        await store.SaveAsync(new ChangeSet("jm-a").Add(Build("jm-a")));
        var crashing = new EntityJointMeetingStore(new CrashingBatches(inner) { Crash = true }, clock);
        var create = () => crashing.SaveAsync(new ChangeSet("jm-ghost").Add(Build("jm-ghost")));
        await create.Should().ThrowAsync<StoreUnavailableException>();
        var (table, lookup) = await CountedAsync(inner);
        (await inner.GetAsync(LookupHints.ListPartition, LookupHints.Row("jm-ghost"))).Should().NotBeNull("the row was written ahead of the batch");

        (await lookup.ListEntriesAsync()).Select(e => e.Id).Should().Equal(["jm-a"], "its creation never committed");
        (table.Queries.Count, table.PointReads).Should().Be((1, 1), "the list, and the record of the one row not known to be committed");
        (await inner.GetAsync(LookupHints.ListPartition, LookupHints.Row("jm-ghost"))).Should().NotBeNull("a young row may belong to a save in flight");

        clock.Advance(LookupHints.SettleTime);
        (await lookup.ListEntriesAsync()).Select(e => e.Id).Should().Equal("jm-a");
        (await inner.GetAsync(LookupHints.ListPartition, LookupHints.Row("jm-ghost"))).Should().BeNull("a settled row the record refutes is deleted");
        table.Reset();
        (await lookup.ListEntriesAsync()).Should().HaveCount(1);
        (table.Queries.Count, table.PointReads).Should().Be((1, 0), "every row left is known to be committed: the list is one query");
    }

    [Fact]
    public async Task ACreationThatCommittedButCrashedBeforeSayingSo_IsListed_AndConfirmedOnce()
    {
        var (inner, _, _) = await OpenAsync();
        var crashingAfter = new EntityJointMeetingStore(new CrashingBatches(inner) { FailListAfterBatch = true }, clock);
        await crashingAfter.SaveAsync(new ChangeSet("jm-a").Add(Build("jm-a")));
        LookupHints.ReadEntry((await inner.GetAsync(LookupHints.ListPartition, LookupHints.Row("jm-a")))!).Committed.Should().BeFalse();
        var (table, lookup) = await CountedAsync(inner);

        (await lookup.ListEntriesAsync()).Should().Equal(new JointMeetingEntry("jm-a", "jm-a 联席会议"));
        table.PointReads.Should().Be(1, "its record confirmed it");
        table.Reset();
        clock.Advance(LookupHints.SettleTime * 2);
        (await lookup.ListEntriesAsync()).Should().Equal(new JointMeetingEntry("jm-a", "jm-a 联席会议"));
        table.PointReads.Should().Be(0, "the first read marked it committed");
    }

    [Fact]
    public async Task ASavedCreation_SaysItsListRowIsCommitted_SoTheListCostsOneQuery()
    {
        var (inner, store, _) = await OpenAsync();
        for (var i = 1; i <= 3; i++) await store.SaveAsync(new ChangeSet($"jm-{i}").Add(Build($"jm-{i}")));
        var jm = (await store.LoadAsync("jm-2"))!.JointMeeting;
        jm.Value.RemoveContact(Secretary, Contact(2), Now);
        await store.SaveAsync(new ChangeSet("jm-2").Update(jm));
        var (table, lookup) = await CountedAsync(inner);

        (await lookup.ListEntriesAsync()).Select(e => e.Id).Should().Equal("jm-1", "jm-2", "jm-3");
        (table.Queries.Count, table.PointReads, table.CrossPartition).Should().Be((1, 0, 0));
    }

    // A lookup on a counting engine, past its one read of the store's "hints are complete" mark.
    private async Task<(PartitionReads Table, EntityJointMeetingLookup Lookup)> CountedAsync(IEntityTable inner)
    {
        var table = new PartitionReads(inner);
        var lookup = new EntityJointMeetingLookup(table, clock);
        await lookup.BackfillHintsAsync();
        table.Reset();
        return (table, lookup);
    }
}
