using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Domain.Reporting;
using MeetingBot.Storage.Entities;
using MeetingBot.Storage.JointMeetings;
using MeetingBot.Storage.Tests.Entities;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Storage.Tests.JointMeetings;

/// <summary>
/// The working copy (<see cref="WorkingCopy"/>): a load after the first is one point read and returns exactly what a
/// query returns, ETags included; no change, by this instance or another, landing at any moment, is hidden by it;
/// and on a store a version before made, copies wait a day.
/// </summary>
public abstract class WorkingCopyConformanceTests
{
    private readonly FakeTimeProvider _clock = new(FullState.Now);

    protected abstract Task<IEntityTable> CreateTableAsync();

    protected abstract Task<IEntityTable> ReopenAsync(IEntityTable table);

    [Fact]
    public async Task ALoadAfterTheFirst_IsOnePointRead_AndReturnsWhatTheQueryReturned()
    {
        var table = await CreateTableAsync();
        await FullState.Build("jm-1").SaveAsync(new EntityJointMeetingStore(table, _clock));
        var queried = (await new EntityJointMeetingStore(table, _clock).LoadAsync("jm-1"))!;

        var reads = new PartitionReads(await ReopenAsync(table));
        var instance = new EntityJointMeetingStore(reads, _clock);
        await instance.LoadAsync("jm-other"); // the process's one read of the copies' trust mark
        reads.Reset();
        var copied = (await instance.LoadAsync("jm-1"))!;

        (reads.PointReads, reads.Queries.Count, reads.CrossPartition).Should().Be((1, 0, 0));
        Describe(copied).Should().Equal(Describe(queried));
        copied.JointMeeting.Value.State.Should().BeEquivalentTo(queried.JointMeeting.Value.State);
        copied.Reports.Select(r => r.Value.State).Should().BeEquivalentTo(queried.Reports.Select(r => r.Value.State));
    }

    [Fact]
    public async Task EveryChange_ByThisInstanceOrAnother_IsSeenByTheNextLoad_AndSavesOnACopysETagsWork()
    {
        var table = await CreateTableAsync();
        var one = new EntityJointMeetingStore(table, _clock);
        var other = new EntityJointMeetingStore(await ReopenAsync(table), _clock);
        await FullState.Build("jm-1", units: 5, tasks: 5).SaveAsync(one);
        await one.LoadAsync("jm-1");

        // Another instance changes a report, the joint meeting, a meeting; each shows at this instance's next load.
        var loaded = (await other.LoadAsync("jm-1"))!;
        var report = loaded.Reports.Single(r => r.Value.UnitId == "u2");
        report.Value.Save(loaded.JointMeeting.Value, loaded.Rounds[0].Value, FullState.ContactOf("u2"),
            [new TaskProgress(report.Value.State.Entries[0].TaskId, ProgressStatus.AtRisk, [], "第二次修改：进度滞后")], submit: true, FullState.Now);
        await other.SaveAsync(new ChangeSet("jm-1").Update(report));
        (await one.LoadAsync("jm-1"))!.Reports.Single(r => r.Value.UnitId == "u2").Value.State.Entries[0].Narrative.Should().Be("第二次修改：进度滞后");

        loaded = (await other.LoadAsync("jm-1"))!;
        loaded.JointMeeting.Value.UseChinaCalendar(FullState.Secretary, false, FullState.Now);
        await other.SaveAsync(new ChangeSet("jm-1").Update(loaded.JointMeeting));
        var fromCopy = (await one.LoadAsync("jm-1"))!;
        fromCopy.JointMeeting.Value.State.ReminderCalendarSettings.UseChinaCalendar.Should().BeFalse();

        // A save on what a copy gave is a save on the current ETags: it lands.
        fromCopy = (await one.LoadAsync("jm-1"))!;
        fromCopy.JointMeeting.Value.UseChinaCalendar(FullState.Secretary, true, FullState.Now);
        await one.SaveAsync(new ChangeSet("jm-1").Update(fromCopy.JointMeeting));
        (await other.LoadAsync("jm-1"))!.JointMeeting.Value.State.ReminderCalendarSettings.UseChinaCalendar.Should().BeTrue();

        // And one on an older copy's ETags is refused, as on an older query's.
        fromCopy.JointMeeting.Value.UseChinaCalendar(FullState.Secretary, false, FullState.Now);
        var stale = () => one.SaveAsync(new ChangeSet("jm-1").Update(new Versioned<Core.Domain.JointMeetings.JointMeeting>(fromCopy.JointMeeting.Value, fromCopy.JointMeeting.ETag)));
        await stale.Should().ThrowAsync<StoreConflictException>();
    }

    [Fact]
    public async Task AChangeLandingWhileALoadQueries_LeavesTheCopyStale_SoTheNextLoadSeesIt()
    {
        var table = await CreateTableAsync();
        var other = new EntityJointMeetingStore(await ReopenAsync(table), _clock);
        await FullState.Build("jm-1", units: 5, tasks: 5).SaveAsync(other);
        var racing = new ChangeBeforeTheCopyIsWritten(table, async () =>
        {
            var loaded = (await other.LoadAsync("jm-1"))!;
            loaded.JointMeeting.Value.UseChinaCalendar(FullState.Secretary, false, FullState.Now);
            await other.SaveAsync(new ChangeSet("jm-1").Update(loaded.JointMeeting));
        });
        var one = new EntityJointMeetingStore(racing, _clock);

        var before = (await one.LoadAsync("jm-1"))!;
        racing.Raced.Should().BeTrue("the other instance saved between this load's query and its write of the copy");
        before.JointMeeting.Value.State.ReminderCalendarSettings.UseChinaCalendar.Should().BeTrue("the query read the rows before that change");

        (await one.LoadAsync("jm-1"))!.JointMeeting.Value.State.ReminderCalendarSettings.UseChinaCalendar.Should().BeFalse();
        (await new EntityJointMeetingStore(table, _clock).LoadAsync("jm-1"))!.JointMeeting.Value.State.ReminderCalendarSettings.UseChinaCalendar.Should().BeFalse();
    }

    [Fact]
    public async Task ALateMovingOutOfRequests_MarksTheCopyStale()
    {
        var table = await CreateTableAsync();
        var store = new EntityJointMeetingStore(table, _clock);
        await FullState.Build("jm-1", units: 5, tasks: 5).SaveAsync(store);
        var headBefore = (await table.GetAsync("jm-1", RowKeys.JointMeeting))!;
        var loaded = (await store.LoadAsync("jm-1"))!.JointMeeting;
        loaded.Value.UseChinaCalendar(FullState.Secretary, false, FullState.Now);
        await store.SaveAsync(new ChangeSet("jm-1").Update(loaded));
        await store.LoadAsync("jm-1"); // the copy is written

        // Another instance read the row earlier as a version before wrote it, with a request inside, and moves the
        // request out only now: its row lands, the row it read has changed since (its rewrite is refused).
        var asking = new ChatAccount("msteams", "aad-late", "迟到的申请人");
        var state = StateJson.Read<JointMeetingState>("jm-1", RowKeys.JointMeeting, headBefore.Body);
        var withRequest = state with { Contacts = [.. state.Contacts, new Contact(asking, "u2", ContactRole.UnitContact, ContactStatus.Pending, FullState.Now, Asks: [FullState.Now])] };
        (await new JoinRequestMigration(table).MoveOutAsync(headBefore with { Body = StateJson.Write(withRequest) }, [], default)).Should().BeTrue();
        (await table.GetAsync("jm-1", JoinRequestRows.Key(asking))).Should().NotBeNull();

        (await store.LoadAsync("jm-1"))!.JointMeeting.Value.FindContact(asking)!.Status.Should().Be(ContactStatus.Pending, "a load reads what a query reads");
    }

    [Fact]
    public async Task OnAStoreAVersionBeforeMade_LoadsQueryForADay_ThenUseCopies()
    {
        var table = await CreateTableAsync();
        // The version before saved joint meetings; this version then opens the store.
        await FullState.Build("jm-1", units: 5, tasks: 5).SaveAsync(new EntityJointMeetingStore(table, _clock));
        await table.SubmitAsync("|copies", [EntityWrite.Delete("trusted")]);
        await table.SubmitAsync("jm-1", [EntityWrite.Delete(WorkingCopy.RowKey)]);

        var reads = new PartitionReads(table);
        var store = new EntityJointMeetingStore(reads, _clock);
        await store.LoadAsync("jm-1");
        await store.LoadAsync("jm-1");
        reads.Queries.Should().Equal(["jm-1", "jm-1"], "an old instance may still be saving without marking copies stale");
        (await table.GetAsync("jm-1", WorkingCopy.RowKey)).Should().BeNull("nor is one written meanwhile");

        _clock.Advance(TimeSpan.FromDays(1));
        reads.Reset();
        await store.LoadAsync("jm-1");
        await store.LoadAsync("jm-1");
        reads.Queries.Should().Equal(["jm-1"], "a day on, the first load writes the copy and the next reads it");
    }

    [Fact]
    public async Task AnUnreadableOrOversizedCopy_IsPassedBy()
    {
        var table = await CreateTableAsync();
        var store = new EntityJointMeetingStore(table, _clock);
        await FullState.Build("jm-1", units: 5, tasks: 5).SaveAsync(store);
        var expected = Describe((await store.LoadAsync("jm-1"))!);

        var copy = (await table.GetAsync("jm-1", WorkingCopy.RowKey))!;
        await table.SubmitAsync("jm-1", [EntityWrite.Replace(WorkingCopy.RowKey, "{\"Version\":1,\"Rows\":[{\"K\":\"jm\"", copy.ETag)]);
        Describe((await store.LoadAsync("jm-1"))!).Should().Equal(expected);

        WorkingCopy.Refresh([new EntityRow("jm-1", "jm", new string('x', EntityLimits.MaxBodyLength), "e")], null).Should().BeNull("a copy must fit in one row");
    }

    // Everything a later save depends on: each aggregate's row key and ETag, and the guards'.
    private static List<string> Describe(JointMeetingSnapshot s) =>
    [
        $"jm {s.JointMeeting.ETag}",
        .. s.Meetings.Select(m => $"m {m.Value.Id} {m.ETag}"),
        .. s.Rounds.Select(r => $"r {r.Value.Id} {r.ETag}"),
        .. s.Reports.Select(r => $"p {r.Value.RoundId} {r.Value.UnitId} {r.ETag}"),
        $"cal {s.CalendarETag}",
        $"tasks {s.TasksETag}",
    ];

    /// <summary>Runs a change (once) just before the load's write of the working copy.</summary>
    private sealed class ChangeBeforeTheCopyIsWritten(IEntityTable inner, Func<Task> change) : DelegatingEntityTable(inner)
    {
        public bool Raced { get; private set; }

        public override async Task<IReadOnlyList<string?>> SubmitAsync(string partitionKey, IReadOnlyList<EntityWrite> writes, CancellationToken cancellationToken = default)
        {
            if (!Raced && writes is [{ RowKey: WorkingCopy.RowKey, Kind: not EntityWriteKind.Upsert }])
            {
                Raced = true;
                await change();
            }
            return await Inner.SubmitAsync(partitionKey, writes, cancellationToken);
        }
    }
}
