using MeetingBot.Core.Domain;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Domain.Reporting;
using MeetingBot.Storage.Entities;
using MeetingBot.Storage.JointMeetings;
using MeetingBot.Storage.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Storage.Tests.JointMeetings;

/// <summary>
/// A unit saves a report on a task while the convenor re-imports a version of the document without it, both from the
/// same state, on any instances: whichever is stored first, the other is a conflict, and applied again on fresh state
/// the re-import keeps the task (marked dropped) for the report, or the report on the removed task is refused. Never a
/// report naming a task the joint meeting no longer has. Run on each engine.
/// </summary>
public abstract class ReportAndReimportRaceConformanceTests
{
    private const string Id = "jm-race";
    private readonly FakeTimeProvider clock = new(FullState.Now);

    protected abstract Task<IEntityTable> CreateTableAsync();

    // Three tasks; the round asks 区第2局 about tasks 1 and 2 and 区第3局 about tasks 2 and 3; nobody has reported.
    private async Task<IJointMeetingStore> SavedAsync()
    {
        var store = new EntityJointMeetingStore(await CreateTableAsync(), clock);
        var state = FullState.Build(Id, units: 3, tasks: 3);
        await store.SaveAsync(new ChangeSet(Id).Add(state.JointMeeting));
        await store.SaveAsync(new ChangeSet(Id).Add(state.Meetings[0]).Add(state.Meetings[1]));
        await store.SaveAsync(new ChangeSet(Id).Add(state.Round));
        return store;
    }

    private static string UnitId(JointMeetingSnapshot s, int n) => s.JointMeeting.Value.FindUnit($"区第{n}局")!.Id;

    // The unit reports on the task (a draft) on the state given, into the change set given (or a new one on that state); not saved here.
    private static ChangeSet Report(JointMeetingSnapshot s, int unit, string taskId, string text = "已完成年度目标的45%", ChangeSet? changes = null)
    {
        // The tasks the reports named as loaded, as the bot's save loop gives them (JointMeetingChanges).
        var reported = s.Reports.SelectMany(r => r.Value.State.Entries.Select(e => e.TaskId)).ToHashSet();
        var round = s.FindRound("r1")!.Value;
        var unitId = UnitId(s, unit);
        var loaded = s.FindReport("r1", unitId);
        var report = loaded?.Value ?? ProgressReport.Begin(round, unitId);
        report.Save(s.JointMeeting.Value, round, FullState.ContactOf(unitId), [new TaskProgress(taskId, ProgressStatus.OnTrack, [], text)], submit: false, FullState.Now);
        return (changes ?? new ChangeSet(Id).OnTasks(s.TasksETag, reported)).Add(report, loaded?.ETag);
    }

    // The convenor's re-import of a version without the tasks given, worked out on the state given (its reports as read there).
    private static ChangeSet Reimport(JointMeetingSnapshot s, string[] without, ChangeSet? changes = null)
    {
        var jm = s.JointMeeting.Value;
        var proposal = new JointMeetingProposal(jm.State.Sources,
            jm.Units.Select(u => new UnitProposal(u.Name, [])).ToList(),
            jm.Tasks.Where(t => !without.Contains(t.Id)).Select(t => new TaskProposal(t.Id, t.Source, t.Path, t.Title, t.LeadUnitNames, t.ResponsibleUnitNames, t.Targets)).ToList(),
            "副区长");
        jm.ReimportTasks(FullState.Secretary, proposal, FullState.Now, s.Reports.SelectMany(r => r.Value.State.Entries.Select(e => e.TaskId)).ToHashSet());
        return (changes ?? new ChangeSet(Id).OnTasks(s.TasksETag)).Update(s.JointMeeting);
    }

    private async Task<JointMeetingSnapshot> LoadAsync(IJointMeetingStore store) => (await store.LoadAsync(Id))!;

    [Fact]
    public async Task ReportSavedFirst_TheReimportRemovingItsTaskIsAConflict_AndAppliedAgainItKeepsTheTaskForTheReport()
    {
        var store = await SavedAsync();
        var seenByBoth = await LoadAsync(store);
        var reimport = Reimport(seenByBoth, ["2"]);
        await store.SaveAsync(Report(await LoadAsync(store), 2, "2"));

        var save = () => store.SaveAsync(reimport);

        await save.Should().ThrowAsync<StoreConflictException>("the re-import was worked out before the report named task 2");
        var between = await LoadAsync(store);
        between.JointMeeting.Value.Tasks.Select(t => t.Id).Should().Equal("1", "2", "3");
        between.JointMeeting.Value.GetTask("2").Dropped.Should().BeFalse();

        // As the bot does it: the conflict is retried on fresh state, which has the report.
        await store.ChangeAsync(Id, (s, changes) => Reimport(s, ["2"], changes), CancellationToken.None, loaded: seenByBoth);

        var after = await LoadAsync(store);
        after.JointMeeting.Value.GetTask("2").Dropped.Should().BeTrue("the report names it");
        after.FindReport("r1", UnitId(after, 2))!.Value.State.Entries.Should().ContainSingle(e => e.TaskId == "2");
    }

    [Fact]
    public async Task ReimportSavedFirst_TheReportNamingTheRemovedTaskIsAConflict_AndAppliedAgainItIsRefused()
    {
        var store = await SavedAsync();
        var seenByBoth = await LoadAsync(store);
        var report = Report(seenByBoth, 2, "2");
        await store.SaveAsync(Reimport(await LoadAsync(store), ["2"]));

        var save = () => store.SaveAsync(report);

        await save.Should().ThrowAsync<StoreConflictException>("the report was written on a task list the re-import changed since");
        var retried = () => store.ChangeAsync(Id, (s, changes) => Report(s, 2, "2", changes: changes), CancellationToken.None, loaded: seenByBoth);
        (await retried.Should().ThrowAsync<DomainException>()).Which.Error.Should().Be(DomainError.UnknownTask);

        var after = await LoadAsync(store);
        after.JointMeeting.Value.Tasks.Select(t => t.Id).Should().Equal("1", "3");
        after.Reports.Should().BeEmpty("nothing was saved on the removed task");
    }

    [Fact]
    public async Task WithTheGuardInPlace_ARaceOnAnotherTaskIsCaughtToo_WhileEditsOfReportedTasksAndRemovalsOfNothingPassFreely()
    {
        var store = await SavedAsync();
        await store.SaveAsync(Report(await LoadAsync(store), 2, "2"));
        var seen = await LoadAsync(store);
        seen.TasksETag.Should().NotBeNull("a report named a task anew");

        // Edits of a task the report names already, another unit's first report on a task a report names already,
        // and a re-import that removes nothing, do not move the guard (so they never conflict through it).
        await store.SaveAsync(Report(seen, 2, "2", "已完成年度目标的60%"));
        await store.SaveAsync(Report(await LoadAsync(store), 3, "2", "配合推进"));
        await store.SaveAsync(Reimport(await LoadAsync(store), []));
        (await LoadAsync(store)).TasksETag.Should().Be(seen.TasksETag);

        // 区第3局's first report on task 3 and a re-import without task 3, from the same state: the second is a conflict.
        var report = Report(await LoadAsync(store), 3, "3"); // each on its own instance, from the same stored state
        var reimport = Reimport(await LoadAsync(store), ["3"]);
        await store.SaveAsync(report);
        var save = () => store.SaveAsync(reimport);
        await save.Should().ThrowAsync<StoreConflictException>();
        (await LoadAsync(store)).JointMeeting.Value.Tasks.Select(t => t.Id).Should().Contain("3");
    }
}

/// <summary>The report and re-import race on the embedded engine.</summary>
public sealed class SqliteReportAndReimportRaceTests : ReportAndReimportRaceConformanceTests, IDisposable
{
    private readonly SqliteTestFolders folders = new();

    protected override async Task<IEntityTable> CreateTableAsync() => await folders.OpenAsync(folders.NewFolder());

    public void Dispose() => folders.Dispose();
}

/// <summary>The report and re-import race on Azure Table Storage (Azurite).</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureReportAndReimportRaceTests(AzuriteFixture azurite) : ReportAndReimportRaceConformanceTests
{
    protected override async Task<IEntityTable> CreateTableAsync() => await azurite.CreateTableAsync();
}
