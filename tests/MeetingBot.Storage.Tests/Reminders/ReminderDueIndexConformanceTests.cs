using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Domain.Reminders;
using MeetingBot.Storage.Entities;
using MeetingBot.Storage.JointMeetings;
using MeetingBot.Storage.Reminders;
using MeetingBot.Storage.Tests.JointMeetings;
using MeetingBot.Storage.Tests.Messaging;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Storage.Tests.Reminders;

/// <summary>
/// The reminder due index, run against each engine by the subclasses: every saved change marks its joint meeting due
/// in the same atomic change, a sweep finds what is due with one query, and what it handled waits until it is next due.
/// </summary>
public abstract class ReminderDueIndexConformanceTests
{
    private static readonly DateTimeOffset Now = FullState.Now;

    protected abstract Task<IEntityTable> CreateTableAsync();

    protected abstract Task<IEntityTable> ReopenAsync(IEntityTable table);

    private async Task<(IEntityTable Table, EntityJointMeetingStore Store, FakeTimeProvider Clock)> OpenAsync()
    {
        var table = await CreateTableAsync();
        var clock = new FakeTimeProvider(Now);
        return (table, new EntityJointMeetingStore(table, clock), clock);
    }

    [Fact]
    public async Task DueAsync_AfterChanges_FindsEveryChangedJointMeetingWithOneQuery()
    {
        var (table, store, clock) = await OpenAsync();
        await FullState.Build("jm-a", units: 2, tasks: 2).SaveAsync(store);
        clock.Advance(TimeSpan.FromMinutes(5));
        await FullState.Build("jm-b", units: 2, tasks: 2).SaveAsync(store);
        var counting = new CountingEntityTable(await ReopenAsync(table));
        var index = new EntityReminderDueIndex(counting);

        var early = await index.DueAsync(Now);
        var later = await index.DueAsync(Now.AddMinutes(5));

        early.Select(d => d.JointMeetingId).Should().Equal("jm-a");
        later.Select(d => d.JointMeetingId).Should().Equal("jm-a", "jm-b");
        later[1].EarliestAt.Should().Be(Now.AddMinutes(5));
        counting.Reads.Should().Be(2, "each look is one range query, however many joint meetings there are");
        (await store.ListAsync()).Should().HaveCount(2, "marks are not joint meetings");
        (await store.LoadAsync("jm-a"))!.Reports.Should().HaveCount(2, "marks are not part of the working state");
    }

    [Fact]
    public async Task AdvanceAsync_HidesTheJointMeetingUntilItsNextInstant_ButAChangeMeanwhileStays()
    {
        var (table, store, clock) = await OpenAsync();
        var state = FullState.Build("jm-a", units: 2, tasks: 2);
        await state.SaveAsync(store);
        var index = new EntityReminderDueIndex(table);
        var seen = (await index.DueAsync(Now)).Single();

        // Between the sweep's read and its advance, someone changes the joint meeting.
        clock.Advance(TimeSpan.FromSeconds(20));
        state.JointMeeting.UseChinaCalendar(FullState.Secretary, false, clock.GetUtcNow());
        await store.SaveAsync(new ChangeSet("jm-a").Update((await store.LoadAsync("jm-a"))!.JointMeeting with { Value = state.JointMeeting }));
        (await index.AdvanceAsync(seen, Now.AddHours(3))).Should().BeTrue();

        (await index.DueAsync(Now.AddMinutes(1))).Single().EarliestAt.Should().Be(Now.AddSeconds(20), "the change meanwhile is still to be looked at");
        var handled = (await index.DueAsync(Now.AddMinutes(1))).Single();
        (await index.AdvanceAsync(handled, Now.AddHours(3))).Should().BeTrue();
        (await index.DueAsync(Now.AddHours(3).AddTicks(-1))).Should().BeEmpty();
        (await index.DueAsync(Now.AddHours(3))).Single().EarliestAt.Should().Be(Now.AddHours(3));
    }

    [Fact]
    public async Task AdvanceAsync_TwoInstancesWithTheSameMarks_OnlyOneWins()
    {
        var (table, store, _) = await OpenAsync();
        await FullState.Build("jm-a", units: 2, tasks: 2).SaveAsync(store);
        var first = new EntityReminderDueIndex(table);
        var second = new EntityReminderDueIndex(await ReopenAsync(table));
        var seenByFirst = (await first.DueAsync(Now)).Single();
        var seenBySecond = (await second.DueAsync(Now)).Single();

        (await first.AdvanceAsync(seenByFirst, Now.AddHours(1))).Should().BeTrue();
        (await second.AdvanceAsync(seenBySecond, Now.AddHours(2))).Should().BeFalse();

        (await first.DueAsync(Now.AddHours(5))).Single().EarliestAt.Should().Be(Now.AddHours(1));
    }

    [Fact]
    public async Task SaveAsync_Refused_LeavesNoMark()
    {
        var (table, store, _) = await OpenAsync();
        var state = FullState.Build("jm-a", units: 2, tasks: 2);
        await store.SaveAsync(new ChangeSet("jm-a").Add(state.JointMeeting));
        var index = new EntityReminderDueIndex(table);
        await index.AdvanceAsync((await index.DueAsync(Now)).Single(), Now.AddDays(1));

        // The same new joint meeting again: a conflict, so nothing of the change is stored, its mark neither.
        var again = () => store.SaveAsync(new ChangeSet("jm-a").Add(FullState.Build("jm-a", units: 2, tasks: 2).JointMeeting));

        await again.Should().ThrowAsync<StoreConflictException>();
        (await index.DueAsync(Now.AddHours(23))).Should().BeEmpty();
    }

    [Fact]
    public async Task BackfillAsync_MarksJointMeetingsSavedBeforeTheIndexOnce()
    {
        var (table, store, _) = await OpenAsync();
        await FullState.Build("jm-a", units: 2, tasks: 2).SaveAsync(store);
        await FullState.Build("jm-b", units: 2, tasks: 2).SaveAsync(store);
        // As stored before the index existed: no marks.
        foreach (var id in new[] { "jm-a", "jm-b" })
        {
            var marks = await table.QueryAsync(id, ["due|"]);
            await table.SubmitAsync(id, [.. marks.Select(m => EntityWrite.Delete(m.RowKey))]);
        }
        var index = new EntityReminderDueIndex(await ReopenAsync(table));
        (await index.DueAsync(Now.AddYears(1))).Should().BeEmpty();

        (await index.BackfillAsync(Now.AddHours(1))).Should().Be(2);
        (await index.BackfillAsync(Now.AddHours(2))).Should().Be(0, "a store is backfilled once");

        (await index.DueAsync(Now.AddHours(1))).Select(d => d.JointMeetingId).Should().Equal("jm-a", "jm-b");
    }
}
