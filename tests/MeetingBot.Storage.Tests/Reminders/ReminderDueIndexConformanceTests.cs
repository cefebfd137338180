using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Domain.Reminders;
using MeetingBot.Core.Reminders;
using MeetingBot.Storage.Entities;
using MeetingBot.Storage.JointMeetings;
using MeetingBot.Storage.Reminders;
using MeetingBot.Storage.Tests.JointMeetings;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Storage.Tests.Reminders;

/// <summary>
/// The reminder due index, run against each engine by the subclasses: every saved change marks its joint meeting due
/// in the same atomic change (its hint written just ahead), a sweep finds what is due with one range query inside one
/// partition, and what it handled waits until it is next due.
/// </summary>
public abstract class ReminderDueIndexConformanceTests
{
    private static readonly DateTimeOffset Now = FullState.Now;

    protected abstract Task<IEntityTable> CreateTableAsync();

    protected abstract Task<IEntityTable> ReopenAsync(IEntityTable table);

    /// <summary>A store created by this version: the index's one-time migration finds it empty.</summary>
    private async Task<(IEntityTable Table, EntityJointMeetingStore Store, FakeTimeProvider Clock)> OpenAsync()
    {
        var table = await CreateTableAsync();
        (await new EntityReminderDueIndex(table).BackfillAsync(Now)).Should().Be(0);
        (await new EntityReminderDueIndex(table).LookAgainAsync(ScheduleInputs.Shipped, Now, TimeSpan.FromDays(1))).Should().Be(0);
        var clock = new FakeTimeProvider(Now);
        return (table, new EntityJointMeetingStore(table, clock), clock);
    }

    private static async Task<DueJointMeeting> DueOneAsync(EntityReminderDueIndex index, DateTimeOffset now) =>
        await index.OpenAsync((await index.DueAsync(now)).Single());

    [Fact]
    public async Task DueAsync_AfterChanges_FindsEveryChangedJointMeeting_WithOneRangeQueryInOnePartition()
    {
        var (table, store, clock) = await OpenAsync();
        await FullState.Build("jm-a", units: 2, tasks: 2).SaveAsync(store);
        clock.Advance(TimeSpan.FromMinutes(5));
        await FullState.Build("jm-b", units: 2, tasks: 2).SaveAsync(store);
        var recorder = new PartitionCallRecorder(await ReopenAsync(table));
        var index = new EntityReminderDueIndex(recorder);
        await index.DueAsync(Now.AddYears(-1)); // the first look also reads whether the store's migration is done
        recorder.Clear();

        var early = await index.DueAsync(Now);
        var later = await index.DueAsync(Now.AddMinutes(5));

        early.Select(d => d.JointMeetingId).Should().Equal("jm-a");
        later.Select(d => d.JointMeetingId).Should().Equal("jm-a", "jm-b");
        later[1].EarliestAt.Should().Be(Now.AddMinutes(5));
        recorder.Reads.Should().Equal([("range", DueKeys.HintPartition), ("range", DueKeys.HintPartition)],
            "each look is one range query inside one partition (an index seek on Azure too), however many joint meetings there are");
        (await store.ListAsync()).Should().HaveCount(2, "marks and hints are not joint meetings");
        (await store.LoadAsync("jm-a"))!.Reports.Should().HaveCount(2, "marks are not part of the working state");
    }

    [Fact]
    public async Task AdvanceAsync_HidesTheJointMeetingUntilItsNextInstant_ButAChangeMeanwhileStays()
    {
        var (table, store, clock) = await OpenAsync();
        var state = FullState.Build("jm-a", units: 2, tasks: 2);
        await state.SaveAsync(store);
        var index = new EntityReminderDueIndex(table);
        var seen = await DueOneAsync(index, Now);

        // Between the sweep's read and its advance, someone changes the joint meeting.
        clock.Advance(TimeSpan.FromSeconds(20));
        state.JointMeeting.UseChinaCalendar(FullState.Secretary, false, clock.GetUtcNow());
        await store.SaveAsync(new ChangeSet("jm-a").Update((await store.LoadAsync("jm-a"))!.JointMeeting with { Value = state.JointMeeting }));
        (await index.AdvanceAsync(seen, Now.AddHours(3))).Should().BeTrue();

        (await index.DueAsync(Now.AddMinutes(1))).Single().EarliestAt.Should().Be(Now.AddSeconds(20), "the change meanwhile is still to be looked at");
        var handled = await DueOneAsync(index, Now.AddMinutes(1));
        (await index.AdvanceAsync(handled, Now.AddHours(3))).Should().BeTrue();
        (await index.DueAsync(Now.AddHours(3).AddTicks(-1))).Should().BeEmpty();
        (await index.DueAsync(Now.AddHours(3))).Single().EarliestAt.Should().Be(Now.AddHours(3));
        (await table.QueryAsync("jm-a", [DueKeys.Prefix])).Select(r => r.RowKey).Should().Equal([DueKeys.Next(Now.AddHours(3))], "handled marks are removed");
    }

    [Fact]
    public async Task AdvanceAsync_TwoInstancesWithTheSameMarks_OnlyOneWins_AndNothingIsLeftUnhinted()
    {
        var (table, store, _) = await OpenAsync();
        await FullState.Build("jm-a", units: 2, tasks: 2).SaveAsync(store);
        var first = new EntityReminderDueIndex(table);
        var second = new EntityReminderDueIndex(await ReopenAsync(table));
        var seenByFirst = await DueOneAsync(first, Now);
        var seenBySecond = await DueOneAsync(second, Now);

        (await first.AdvanceAsync(seenByFirst, Now.AddHours(1))).Should().BeTrue();
        (await second.AdvanceAsync(seenBySecond, Now.AddHours(2))).Should().BeFalse();

        (await first.DueAsync(Now.AddHours(1).AddTicks(-1))).Should().BeEmpty();
        (await first.DueAsync(Now.AddHours(5))).Single().EarliestAt.Should().Be(Now.AddHours(1));
    }

    [Fact]
    public async Task SaveAsync_Refused_LeavesNoMark_AndTakesItsHintBack()
    {
        var (table, store, _) = await OpenAsync();
        var state = FullState.Build("jm-a", units: 2, tasks: 2);
        await store.SaveAsync(new ChangeSet("jm-a").Add(state.JointMeeting));
        var index = new EntityReminderDueIndex(table);
        await index.AdvanceAsync(await DueOneAsync(index, Now), Now.AddDays(1));

        // The same new joint meeting again: a conflict, so nothing of the change is stored, its mark neither.
        var again = () => store.SaveAsync(new ChangeSet("jm-a").Add(FullState.Build("jm-a", units: 2, tasks: 2).JointMeeting));

        await again.Should().ThrowAsync<StoreConflictException>();
        (await index.DueAsync(Now.AddHours(23))).Should().BeEmpty();
        (await table.QueryRangeAsync(DueKeys.HintPartition, "", "~")).Should().ContainSingle("only the next look's hint");
    }

    [Fact]
    public async Task CrashAfterTheHint_BeforeTheBatch_GivesOneHarmlessLook_AndTheChangeCanNoLongerLandUnseen()
    {
        var (table, store, clock) = await OpenAsync();
        await FullState.Build("jm-a", units: 2, tasks: 2).SaveAsync(store);
        var index = new EntityReminderDueIndex(table);
        await index.AdvanceAsync(await DueOneAsync(index, Now), Now.AddDays(1));
        // A change wrote its hint and stopped (a crash, or its batch is slow): only the hint is stored.
        clock.Advance(TimeSpan.FromMinutes(1));
        var mark = DueKeys.Changed(clock.GetUtcNow());
        await table.SubmitAsync(DueKeys.HintPartition, [EntityWrite.Upsert(DueKeys.Hint("jm-a", mark), "{}")]);

        var look = await DueOneAsync(index, clock.GetUtcNow());

        look.EarliestAt.Should().Be(clock.GetUtcNow(), "the hint alone makes the joint meeting looked at");
        (await table.GetAsync("jm-a", mark)).Should().NotBeNull("the look closed the door on the change it stands for");
        var late = () => table.SubmitAsync("jm-a", [EntityWrite.Upsert("jm-late", "{}"), EntityWrite.Insert(mark, "{}")]);
        await late.Should().ThrowAsync<StoreConflictException>("a batch arriving after the look fails whole (and is retried on fresh state)");
        (await table.GetAsync("jm-a", "jm-late")).Should().BeNull();
        (await index.AdvanceAsync(look, Now.AddDays(1))).Should().BeTrue();
        (await index.DueAsync(Now.AddDays(1).AddTicks(-1))).Should().BeEmpty("one look, then the joint meeting waits for its next instant again");
        (await index.DueAsync(Now.AddDays(1))).Single().EarliestAt.Should().Be(Now.AddDays(1));
    }

    [Fact]
    public async Task OpenAsync_ABatchThatLandedBetweenTheHintAndTheLook_IsReadAsItsMark()
    {
        var (table, store, clock) = await OpenAsync();
        await FullState.Build("jm-a", units: 2, tasks: 2).SaveAsync(store);
        var index = new EntityReminderDueIndex(table);
        await index.AdvanceAsync(await DueOneAsync(index, Now), Now.AddDays(1));
        clock.Advance(TimeSpan.FromMinutes(1));
        var due = (await index.DueAsync(Now.AddDays(1).AddTicks(-1)));
        due.Should().BeEmpty();

        await FullState.Build("jm-b", units: 2, tasks: 2).SaveAsync(store);
        var look = await DueOneAsync(index, clock.GetUtcNow());

        look.JointMeetingId.Should().Be("jm-b");
        var hints = look.Marks.Where(m => !DueKeys.IsMark(m.Id)).ToList();
        hints.Should().NotBeEmpty();
        look.Marks.Where(m => DueKeys.IsMark(m.Id)).Select(m => m.Id).Should().BeEquivalentTo(hints.Select(h => DueKeys.ReadHint(h.Id).MarkKey),
            "every change of jm-b stored the mark its hint names");
    }

    [Fact]
    public async Task BackfillAsync_OldLayoutWithMarksOnly_IsFoundMeanwhile_ThenMigratedOnce_ThenReadInOnePartition()
    {
        var (table, store, clock) = await OpenAsync();
        await FullState.Build("jm-a", units: 2, tasks: 2).SaveAsync(store);
        await FullState.Build("jm-b", units: 2, tasks: 2).SaveAsync(store);
        // As stored by the version before the hints: marks in the joint meetings' partitions, jm-b handled until tomorrow.
        await new EntityReminderDueIndex(table).AdvanceAsync(await new EntityReminderDueIndex(table).OpenAsync(new DueJointMeeting("jm-b", Now, [])), Now.AddDays(1));
        await OldLayoutAsync(table);
        var recorder = new PartitionCallRecorder(await ReopenAsync(table));
        var index = new EntityReminderDueIndex(recorder);

        (await index.DueAsync(Now)).Select(d => d.JointMeetingId).Should().Equal(["jm-a"], "before the migration the marks are found as before");
        (await index.DueAsync(Now.AddDays(1))).Select(d => d.JointMeetingId).Should().Equal("jm-a", "jm-b");

        clock.Advance(TimeSpan.FromHours(1));
        (await index.BackfillAsync(clock.GetUtcNow())).Should().Be(2);
        (await new EntityReminderDueIndex(await ReopenAsync(table)).BackfillAsync(clock.GetUtcNow())).Should().Be(0, "a store is migrated once");
        recorder.Clear();

        var due = await index.DueAsync(clock.GetUtcNow());
        due.Select(d => d.JointMeetingId).Should().Equal("jm-a", "jm-b");
        recorder.Reads.Should().OnlyContain(r => r.Partition == DueKeys.HintPartition, "after the migration nothing scans across partitions");
        foreach (var jointMeeting in due)
            (await index.AdvanceAsync(await index.OpenAsync(jointMeeting), Now.AddDays(2))).Should().BeTrue();
        (await index.DueAsync(Now.AddDays(2).AddTicks(-1))).Should().BeEmpty("the old marks were taken with the first look");
        (await table.QueryAsync("jm-b", [DueKeys.Prefix])).Select(r => r.RowKey).Should().Equal(DueKeys.Next(Now.AddDays(2)));
    }

    [Fact]
    public async Task BackfillAsync_StoreFromBeforeAnyMarks_FindsEveryJointMeetingMeanwhile()
    {
        var (table, store, _) = await OpenAsync();
        await FullState.Build("jm-a", units: 2, tasks: 2).SaveAsync(store);
        await OldLayoutAsync(table);
        foreach (var mark in await table.QueryAsync("jm-a", [DueKeys.Prefix]))
            await table.SubmitAsync("jm-a", [EntityWrite.Delete(mark.RowKey)]);
        await table.SubmitAsync(DueKeys.MetaPartition, [EntityWrite.Delete(DueKeys.Backfilled)]);
        var index = new EntityReminderDueIndex(await ReopenAsync(table));

        (await index.DueAsync(Now)).Select(d => d.JointMeetingId).Should().Equal("jm-a");
        (await index.BackfillAsync(Now)).Should().Be(1);
        (await index.DueAsync(Now)).Select(d => d.JointMeetingId).Should().Equal("jm-a");
    }

    [Fact]
    public async Task LookAgainAsync_NewScheduleInputs_MarksEveryJointMeetingOnce_SpreadOverTheDay_AndOnlyOncePerInputs()
    {
        var (table, store, _) = await OpenAsync();
        (await new EntityReminderDueIndex(table).LookAgainAsync("inputs-1", Now, TimeSpan.FromDays(1))).Should().Be(0, "an empty store has nothing to look at");
        var ids = Enumerable.Range(0, 30).Select(i => $"jm-{i:D2}").ToList();
        foreach (var id in ids)
            await FullState.Build(id, units: 2, tasks: 1).SaveAsync(store);
        var index = new EntityReminderDueIndex(table);
        foreach (var jointMeeting in await index.DueAsync(Now)) // the saves' own marks, handled until next year
            (await index.AdvanceAsync(await index.OpenAsync(jointMeeting), Now.AddYears(1))).Should().BeTrue();
        (await index.DueAsync(Now.AddDays(2))).Should().BeEmpty();

        (await index.LookAgainAsync("inputs-1", Now, TimeSpan.FromDays(1))).Should().Be(0, "these inputs were seen (when the store was empty)");
        (await index.LookAgainAsync("inputs-2", Now, TimeSpan.FromDays(1))).Should().Be(30);
        (await new EntityReminderDueIndex(await ReopenAsync(table)).LookAgainAsync("inputs-2", Now, TimeSpan.FromDays(1))).Should().Be(0, "once per store, whichever instance");

        var firstHour = (await index.DueAsync(Now.AddHours(1))).Select(d => d.JointMeetingId).ToList();
        var theDay = await index.DueAsync(Now.AddDays(1));
        theDay.Select(d => d.JointMeetingId).Should().BeEquivalentTo(ids, "every joint meeting is due once within the day");
        firstHour.Count.Should().BeLessThan(10, "the looks spread over the day instead of falling into one sweep");
        foreach (var jointMeeting in theDay)
        {
            var seen = await index.OpenAsync(jointMeeting); // inserts the mark the hint names, as for any hint whose mark is missing
            (await index.AdvanceAsync(seen, Now.AddYears(1))).Should().BeTrue();
        }
        (await index.DueAsync(Now.AddDays(2))).Should().BeEmpty("each was looked at once");
        (await store.LoadAsync("jm-07")).Should().NotBeNull();
    }

    // What the version before the hints left: no hints, no "hinted"; its own once-per-store marking done.
    private static async Task OldLayoutAsync(IEntityTable table)
    {
        foreach (var hint in await table.QueryRangeAsync(DueKeys.HintPartition, "", "~"))
            await table.SubmitAsync(DueKeys.HintPartition, [EntityWrite.Delete(hint.RowKey)]);
        await table.SubmitAsync(DueKeys.MetaPartition, [EntityWrite.Delete(DueKeys.Hinted), EntityWrite.Upsert(DueKeys.Backfilled, "{}")]);
    }
}
