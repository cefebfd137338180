using MeetingBot.Core.Domain.Meetings;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Storage.Entities;
using MeetingBot.Storage.JointMeetings;
using MeetingBot.Storage.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Storage.Tests.JointMeetings;

/// <summary>
/// A meeting given a new time is saved only against the calendar its clash check read: when another meeting got a new
/// time since that load, the save is a conflict, whichever meetings the two changes touch. Run on each engine.
/// </summary>
public abstract class MeetingCalendarGuardConformanceTests
{
    private readonly FakeTimeProvider clock = new(FullState.Now);

    protected abstract Task<IEntityTable> CreateTableAsync();

    private async Task<(IJointMeetingStore Store, FullState State)> SavedAsync()
    {
        var store = new EntityJointMeetingStore(await CreateTableAsync(), clock);
        var state = FullState.Build("jm-1", units: 3, tasks: 3);
        await state.SaveAsync(store);
        return (store, state);
    }

    private static MeetingPlan At(int month, int day, int hour) => new(new DateTime(2026, month, day, hour, 0, 0), MeetingPlan.DefaultDuration);

    [Fact]
    public async Task NewMeeting_SavedAgainstACalendarAnotherMoveChangedSince_IsAConflictAndNothingIsStored()
    {
        var (store, _) = await SavedAsync();
        var seenByBoth = (await store.LoadAsync("jm-1"))!;
        // One request moves m2 and saves first; the other had checked its new meeting against the calendar before that.
        var m2 = seenByBoth.FindMeeting("m2")!;
        m2.Value.Reschedule(seenByBoth.JointMeeting.Value, FullState.Secretary, At(9, 1, 9), FullState.Now);
        await store.SaveAsync(new ChangeSet("jm-1").OnCalendar(seenByBoth.CalendarETag).Update(m2));
        var fresh = (await store.LoadAsync("jm-1"))!;
        var m3 = Meeting.Schedule(fresh.JointMeeting.Value, FullState.Secretary, "m3", At(9, 1, 10), FullState.Now);

        var save = () => store.SaveAsync(new ChangeSet("jm-1").OnCalendar(seenByBoth.CalendarETag).Add(m3));

        await save.Should().ThrowAsync<StoreConflictException>();
        (await store.LoadAsync("jm-1"))!.Meetings.Select(m => m.Value.Id).Should().BeEquivalentTo(["m1", "m2"]);
    }

    [Fact]
    public async Task NewMeeting_SavedAgainstTheCalendarAsItIs_IsStoredAndMovesTheCalendarOn()
    {
        var (store, _) = await SavedAsync();
        var loaded = (await store.LoadAsync("jm-1"))!;
        var m3 = Meeting.Schedule(loaded.JointMeeting.Value, FullState.Secretary, "m3", At(9, 1, 10), FullState.Now);

        await store.SaveAsync(new ChangeSet("jm-1").OnCalendar(loaded.CalendarETag).Add(m3));

        var after = (await store.LoadAsync("jm-1"))!;
        after.Meetings.Should().Contain(m => m.Value.Id == "m3");
        after.CalendarETag.Should().NotBeNull().And.NotBe(loaded.CalendarETag);
    }

    [Fact]
    public async Task FirstMeetingsEver_TwoSavedAgainstNoCalendar_OnlyOneIsStored()
    {
        var store = new EntityJointMeetingStore(await CreateTableAsync(), clock);
        var state = FullState.Build("jm-2", units: 3, tasks: 3);
        await store.SaveAsync(new ChangeSet("jm-2").Add(state.JointMeeting));
        var empty = (await store.LoadAsync("jm-2"))!;
        empty.CalendarETag.Should().BeNull("no meeting has had a time yet");
        var a = Meeting.Schedule(empty.JointMeeting.Value, FullState.Secretary, "a1", At(6, 18, 14), FullState.Now);
        var b = Meeting.Schedule(empty.JointMeeting.Value, FullState.Secretary, "b1", At(6, 18, 15), FullState.Now);

        var results = await Task.WhenAll(
            Attempt(() => store.SaveAsync(new ChangeSet("jm-2").OnCalendar(null).Add(a))),
            Attempt(() => store.SaveAsync(new ChangeSet("jm-2").OnCalendar(null).Add(b))));

        results.Should().ContainSingle(r => r == null, "exactly one new time wins").And.ContainSingle(r => r is StoreConflictException);
        (await store.LoadAsync("jm-2"))!.Meetings.Should().ContainSingle();
    }

    [Fact]
    public async Task AttendanceAnswers_DoNotMoveTheCalendar_SoTheyNeverConflictWithAMeetingsNewTime()
    {
        var (store, state) = await SavedAsync();
        var loaded = (await store.LoadAsync("jm-1"))!;
        var m1 = loaded.FindMeeting("m1")!;
        var unit = loaded.JointMeeting.Value.Units[1];
        m1.Value.ReplyAttendance(loaded.JointMeeting.Value, FullState.ContactOf(unit.Id), unit.Id, Attendance.Attend, null, FullState.Now);
        await store.SaveAsync(new ChangeSet("jm-1").OnCalendar(loaded.CalendarETag).Update(m1));
        var m3 = Meeting.Schedule(loaded.JointMeeting.Value, FullState.Secretary, "m3", At(9, 1, 10), FullState.Now);

        await store.SaveAsync(new ChangeSet("jm-1").OnCalendar(loaded.CalendarETag).Add(m3));

        (await store.LoadAsync("jm-1"))!.Meetings.Should().HaveCount(3);
    }

    private static async Task<Exception?> Attempt(Func<Task> save)
    {
        try
        {
            await save();
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
    }
}

/// <summary>The calendar guard on the embedded engine.</summary>
public sealed class SqliteMeetingCalendarGuardTests : MeetingCalendarGuardConformanceTests, IDisposable
{
    private readonly SqliteTestFolders folders = new();

    protected override async Task<IEntityTable> CreateTableAsync() => await folders.OpenAsync(folders.NewFolder());

    public void Dispose() => folders.Dispose();
}

/// <summary>The calendar guard on Azure Table Storage (Azurite).</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureMeetingCalendarGuardTests(AzuriteFixture azurite) : MeetingCalendarGuardConformanceTests
{
    protected override async Task<IEntityTable> CreateTableAsync() => await azurite.CreateTableAsync();
}
