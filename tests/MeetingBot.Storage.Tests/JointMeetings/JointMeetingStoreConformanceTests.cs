using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Domain.Reminders;
using MeetingBot.Core.Domain.Reporting;
using MeetingBot.Storage.Entities;
using MeetingBot.Storage.JointMeetings;
using MeetingBot.Storage.Tests.Entities;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Storage.Tests.JointMeetings;

/// <summary>
/// The joint-meeting store's behaviour, run against each engine by the subclasses: what the bot saves comes back
/// whole, concurrent writers never overwrite each other silently, and failures change nothing.
/// </summary>
public abstract class JointMeetingStoreConformanceTests
{
    // The store's clock orders the audit rows of one instant; the actions' own time is FullState.Now.
    private readonly FakeTimeProvider _clock = new(FullState.Now);

    protected abstract Task<IEntityTable> CreateTableAsync();

    protected abstract Task<IEntityTable> ReopenAsync(IEntityTable table);

    protected abstract Task<IStoreOutage> CreateOutageAsync();

    private async Task<(IJointMeetingStore Store, IEntityTable Table)> NewStoreAsync()
    {
        var table = await CreateTableAsync();
        return (new EntityJointMeetingStore(table, _clock), table);
    }

    [Fact]
    public async Task LoadAsync_AfterSavingAFullState_ReturnsEveryAggregateAsSaved()
    {
        var (store, _) = await NewStoreAsync();
        var state = FullState.Build("jm-1");

        await state.SaveAsync(store);
        var loaded = (await store.LoadAsync("jm-1"))!;

        loaded.JointMeeting.Value.State.Should().BeEquivalentTo(state.JointMeeting.State);
        loaded.Meetings.Select(m => m.Value.State).Should().BeEquivalentTo(state.Meetings.Select(m => m.State));
        loaded.Rounds.Should().ContainSingle().Which.Value.State.Should().BeEquivalentTo(state.Round.State);
        loaded.Reports.Select(r => r.Value.State).Should().BeEquivalentTo(state.Reports.Select(r => r.State));
        loaded.Meetings[0].Value.StartsAt.Should().Be(state.Meetings[0].StartsAt);
    }

    [Fact]
    public async Task LoadAsync_ReminderCalendarSettings_ComeBackAsSaved()
    {
        var (store, _) = await NewStoreAsync();
        var state = FullState.Build("jm-1", units: 3, tasks: 3);
        await state.SaveAsync(store);
        var loaded = (await store.LoadAsync("jm-1"))!;
        loaded.JointMeeting.Value.State.ReminderCalendar.Should().BeNull("a state saved without settings has none");
        loaded.JointMeeting.Value.State.ReminderCalendarSettings.UseChinaCalendar.Should().BeTrue();

        var jm = loaded.JointMeeting.Value;
        jm.AddReminderDaysOff(FullState.Secretary, [new CalendarDayOff(new DateOnly(2027, 1, 4), "元旦补休"), new CalendarDayOff(new DateOnly(2027, 2, 10), "春节")], FullState.Now);
        jm.AddReminderWorkingDays(FullState.Secretary, [new DateOnly(2027, 1, 9)], FullState.Now);
        jm.UseChinaCalendar(FullState.Secretary, false, FullState.Now);
        await store.SaveAsync(new ChangeSet("jm-1").Update(loaded.JointMeeting));
        var reloaded = (await store.LoadAsync("jm-1"))!.JointMeeting.Value.State;

        reloaded.ReminderCalendar.Should().BeEquivalentTo(jm.State.ReminderCalendar);
        reloaded.ReminderCalendarSettings.UseChinaCalendar.Should().BeFalse();
        reloaded.ReminderCalendarSettings.DaysOff.Select(d => d.Name).Should().Equal("元旦补休", "春节");
    }

    [Fact]
    public async Task SaveAsync_RecordsTheAuditAndEachReportVersion()
    {
        var (store, _) = await NewStoreAsync();
        var state = FullState.Build("jm-1");
        await state.SaveAsync(store);

        var audit = await store.GetAuditAsync("jm-1");
        audit.Should().HaveCount(1 + 30 + 2 + 1 + 30);
        audit.First().Action.Should().Be("joint-meeting.created");
        audit.Count(a => a.Action == "report.submitted").Should().Be(30);
        audit.Should().OnlyContain(a => a.At == FullState.Now);
        state.JointMeeting.PendingAudit.Should().BeEmpty();

        var history = await store.GetReportHistoryAsync("jm-1", "r1", "u2");
        history.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Number = 1, By = FullState.ContactOf("u2"), Submitted = true });
    }

    [Fact]
    public async Task LoadAsync_UnknownJointMeeting_ReturnsNull()
    {
        var (store, _) = await NewStoreAsync();
        await FullState.Build("jm-1").SaveAsync(store);

        (await store.LoadAsync("jm-2")).Should().BeNull();
    }

    [Fact]
    public async Task ListAsync_ListsEachJointMeetingOnce()
    {
        var (store, _) = await NewStoreAsync();
        await FullState.Build("jm-b", units: 3, tasks: 3).SaveAsync(store);
        await FullState.Build("jm-a", units: 3, tasks: 3).SaveAsync(store);

        (await store.ListAsync()).Select(j => j.Value.Id).Should().Equal("jm-a", "jm-b");
    }

    [Theory]
    [InlineData("永年区/职教#1?")]
    [InlineData("50%达标\\联席")]
    [InlineData("jm'quote\"")]
    public async Task SaveAsync_JointMeetingIdsWithAwkwardCharacters_RoundTripAndStayApart(string id)
    {
        var (store, _) = await NewStoreAsync();
        await FullState.Build(id, units: 3, tasks: 3).SaveAsync(store);
        await FullState.Build(id + "2", units: 2, tasks: 2).SaveAsync(store);

        var loaded = (await store.LoadAsync(id))!;

        loaded.JointMeeting.Value.Id.Should().Be(id);
        loaded.Reports.Should().HaveCount(3);
        (await store.ListAsync()).Select(j => j.Value.Id).Should().BeEquivalentTo([id, id + "2"]);
    }

    [Fact]
    public async Task SaveAsync_TwoWritersSavingTheSameReport_OneWinsTheOtherConflictsAndCanRetry()
    {
        var (store, _) = await NewStoreAsync();
        await FullState.Build("jm-1").SaveAsync(store);

        for (var attempt = 0; attempt < 10; attempt++)
        {
            var first = (await store.LoadAsync("jm-1"))!;
            var second = (await store.LoadAsync("jm-1"))!;
            var results = await Task.WhenAll(
                Task.Run(() => Outcome(SaveReportAsync(store, first, $"甲{attempt}"))),
                Task.Run(() => Outcome(SaveReportAsync(store, second, $"乙{attempt}"))));

            results.Should().ContainSingle(r => r == null, "exactly one writer wins").And.ContainSingle(r => r is StoreConflictException);
        }

        // The loser reloads and saves again: nothing of either is lost.
        var fresh = (await store.LoadAsync("jm-1"))!;
        await SaveReportAsync(store, fresh, "重试");
        var history = await store.GetReportHistoryAsync("jm-1", "r1", "u2");
        history.Select(v => v.Number).Should().Equal(Enumerable.Range(1, 12));
        (await store.LoadAsync("jm-1"))!.FindReport("r1", "u2")!.Value.State.Entries.Should().Contain(e => e.Narrative == "重试");
    }

    [Fact]
    public async Task SaveAsync_TwoUnitsFirstSavesOfOneReportRow_OneWins()
    {
        var (store, _) = await NewStoreAsync();
        var state = FullState.Build("jm-1", units: 3, tasks: 3);
        await store.SaveAsync(new ChangeSet("jm-1").Add(state.JointMeeting));
        await store.SaveAsync(new ChangeSet("jm-1").Add(state.Meetings[0]).Add(state.Round));
        var reportA = ProgressReport.Begin(state.Round, "u2");
        var reportB = ProgressReport.Begin(state.Round, "u2");
        reportA.Save(state.JointMeeting, state.Round, FullState.ContactOf("u2"), [Entry(state.Round, "A")], submit: false, FullState.Now);
        reportB.Save(state.JointMeeting, state.Round, FullState.ContactOf("u2"), [Entry(state.Round, "B")], submit: false, FullState.Now);

        var results = await Task.WhenAll(
            Outcome(store.SaveAsync(new ChangeSet("jm-1").Add(reportA, null))),
            Outcome(store.SaveAsync(new ChangeSet("jm-1").Add(reportB, null))));

        results.Should().ContainSingle(r => r == null).And.ContainSingle(r => r is StoreConflictException);
        (await store.GetReportHistoryAsync("jm-1", "r1", "u2")).Should().ContainSingle();
    }

    [Fact]
    public async Task SaveAsync_ManyParallelWriters_LoseNothing()
    {
        var (store, _) = await NewStoreAsync();
        var states = Enumerable.Range(1, 4).Select(n => FullState.Build($"jm-{n}", units: 15, tasks: 20)).ToList();
        foreach (var state in states)
        {
            await store.SaveAsync(new ChangeSet(state.JointMeeting.Id).Add(state.JointMeeting));
            await store.SaveAsync(new ChangeSet(state.JointMeeting.Id).Add(state.Meetings[0]).Add(state.Meetings[1]).Add(state.Round));
        }

        // 60 reports of four joint meetings, all at once.
        await Task.WhenAll(states.SelectMany(s => s.Reports.Select(r => Task.Run(() => store.SaveAsync(new ChangeSet(s.JointMeeting.Id).Add(r, null))))));

        foreach (var state in states)
        {
            var loaded = (await store.LoadAsync(state.JointMeeting.Id))!;
            loaded.Reports.Select(r => r.Value.UnitId).Should().BeEquivalentTo(state.JointMeeting.Units.Select(u => u.Id));
            (await store.GetAuditAsync(state.JointMeeting.Id)).Count(a => a.Action == "report.submitted").Should().Be(15);
        }
    }

    [Fact]
    public async Task LoadAsync_AfterARestart_SeesEverythingAcknowledged()
    {
        var (store, table) = await NewStoreAsync();
        var state = FullState.Build("jm-1");
        await state.SaveAsync(store);

        var reopened = new EntityJointMeetingStore(await ReopenAsync(table), _clock);
        var loaded = (await reopened.LoadAsync("jm-1"))!;

        loaded.Reports.Should().HaveCount(30);
        loaded.JointMeeting.Value.State.Should().BeEquivalentTo(state.JointMeeting.State);
        (await reopened.GetAuditAsync("jm-1")).Should().HaveCount(64);
    }

    [Fact]
    public async Task SaveAsync_ActionDoneTwice_TheSecondChangeIsRefusedWholeAndTheReceiptSaysWhatWasDone()
    {
        var (store, _) = await NewStoreAsync();
        var state = FullState.Build("jm-1", units: 3, tasks: 3);
        await store.SaveAsync(new ChangeSet("jm-1").Add(state.JointMeeting));
        (await store.FindActionAsync("jm-1", "card-1")).Should().BeNull("nothing was done with it yet");

        await store.SaveAsync(new ChangeSet("jm-1").Add(state.Meetings[0]).Once("card-1"));
        // The same button pressed again, e.g. on a second instance that had not seen the first press.
        var again = () => store.SaveAsync(new ChangeSet("jm-1").Add(state.Meetings[1]).Once("card-1"));

        await again.Should().ThrowAsync<StoreConflictException>();
        var receipt = (await store.FindActionAsync("jm-1", "card-1"))!;
        receipt.By.Should().Be(FullState.Secretary);
        receipt.Done.Action.Should().Be("meeting.scheduled");
        receipt.Done.Subject.Should().Be("m1");
        receipt.At.Should().Be(FullState.Now);
        (await store.LoadAsync("jm-1"))!.Meetings.Should().ContainSingle("the second change stored nothing");
        (await store.GetAuditAsync("jm-1")).Should().NotContain(a => a.Subject == "m2");
        (await store.FindActionAsync("jm-2", "card-1")).Should().BeNull("receipts belong to their joint meeting");
        (await store.FindActionAsync("jm-1", "a|b")).Should().BeNull("an id the bot never makes is never found");
    }

    [Fact]
    public async Task SaveAsync_WithAStaleAggregateInTheChangeSet_StoresNoneOfIt()
    {
        var (store, _) = await NewStoreAsync();
        var state = FullState.Build("jm-1", units: 3, tasks: 3);
        await store.SaveAsync(new ChangeSet("jm-1").Add(state.JointMeeting).Add(state.Meetings[0]));
        var first = (await store.LoadAsync("jm-1"))!;
        var second = (await store.LoadAsync("jm-1"))!;
        first.JointMeeting.Value.AddUnit(FullState.Secretary, "区审计局", [], FullState.Now);
        await store.SaveAsync(new ChangeSet("jm-1").Update(first.JointMeeting));

        // The other writer changes the joint meeting it loaded earlier and adds a meeting in the same action.
        second.JointMeeting.Value.AddUnit(FullState.Secretary, "区统计局", [], FullState.Now);
        var save = () => store.SaveAsync(new ChangeSet("jm-1").Update(second.JointMeeting).Add(state.Meetings[1]));

        await save.Should().ThrowAsync<StoreConflictException>();
        var loaded = (await store.LoadAsync("jm-1"))!;
        loaded.JointMeeting.Value.Units.Select(u => u.Name).Should().Contain("区审计局").And.NotContain("区统计局");
        loaded.Meetings.Should().ContainSingle();
        (await store.GetAuditAsync("jm-1")).Should().NotContain(a => a.Subject == "区统计局" || a.Subject == "m2");
        second.JointMeeting.Value.PendingAudit.Should().NotBeEmpty("a refused change keeps its audit for the retry");
    }

    [Fact]
    public async Task SaveAsync_ReportOfTheLargestSizeTheDomainAllows_RoundTripsWithItsVersion()
    {
        var (store, _) = await NewStoreAsync();
        // One unit leads every task, so one report can grow to the largest a report may be.
        var state = FullState.Build("jm-1", units: 1, tasks: 8);
        await store.SaveAsync(new ChangeSet("jm-1").Add(state.JointMeeting));
        await store.SaveAsync(new ChangeSet("jm-1").Add(state.Meetings[0]).Add(state.Round));
        var narrative = string.Concat(Enumerable.Repeat("职业教育产教融合", TaskProgress.MaxNarrativeLength / 8));
        var tasks = state.Round.TasksOf("u1");
        var fitting = ProgressReport.MaxReportLength / TaskProgress.MaxNarrativeLength;

        var report = ProgressReport.Begin(state.Round, "u1");
        report.Save(state.JointMeeting, state.Round, FullState.Secretary,
            tasks.Take(fitting).Select(t => new TaskProgress(t, ProgressStatus.AtRisk, [], narrative)).ToList(), submit: true, FullState.Now);
        await store.SaveAsync(new ChangeSet("jm-1").Add(report, null));

        var loaded = (await store.LoadAsync("jm-1"))!.FindReport("r1", "u1")!.Value;
        loaded.State.Entries.Should().HaveCount(fitting).And.OnlyContain(e => e.Narrative == narrative);
        (await store.GetReportHistoryAsync("jm-1", "r1", "u1")).Single().Entries.Should().HaveCount(fitting);

        // One more task's narrative is refused by the domain before it reaches the store.
        var more = () => loaded.Save(state.JointMeeting, state.Round, FullState.Secretary,
            [new TaskProgress(tasks[fitting], ProgressStatus.AtRisk, [], narrative)], submit: true, FullState.Now);
        more.Should().Throw<Core.Domain.DomainException>().Which.Error.Should().Be(Core.Domain.DomainError.InvalidValue);
    }

    [Fact]
    public async Task SaveAsync_DuringAnOutage_IsRetryableAndSucceedsOnceItEnds()
    {
        await using var outage = await CreateOutageAsync();
        var store = new EntityJointMeetingStore(outage.Table, _clock);
        var state = FullState.Build("jm-1", units: 3, tasks: 3);
        await store.SaveAsync(new ChangeSet("jm-1").Add(state.JointMeeting));

        await outage.BeginAsync();
        // (Reads may go on in an outage of writes: SQLite's WAL lets readers past a writer's lock.)
        var save = () => store.SaveAsync(new ChangeSet("jm-1").Add(state.Meetings[0]));
        (await save.Should().ThrowAsync<StoreUnavailableException>()).Which.IsRetryable.Should().BeTrue();
        await outage.EndAsync();

        await save();
        var loaded = (await store.LoadAsync("jm-1"))!;
        loaded.Meetings.Should().ContainSingle();
        (await store.GetAuditAsync("jm-1")).Should().ContainSingle(a => a.Action == "meeting.scheduled" && a.Subject == "m1");
    }

    private static async Task SaveReportAsync(IJointMeetingStore store, JointMeetingSnapshot snapshot, string narrative)
    {
        var round = snapshot.FindRound("r1")!.Value;
        var report = snapshot.FindReport("r1", "u2")!;
        report.Value.Save(snapshot.JointMeeting.Value, round, FullState.ContactOf("u2"), [Entry(round, narrative)], submit: true, FullState.Now);
        await store.SaveAsync(new ChangeSet(snapshot.JointMeeting.Value.Id).Add(report.Value, report.ETag));
    }

    private static TaskProgress Entry(ReportingRound round, string narrative) =>
        new(round.TasksOf("u2")[0], ProgressStatus.OnTrack, [], narrative);

    private static async Task<Exception?> Outcome(Task task)
    {
        try
        {
            await task;
            return null;
        }
        catch (StoreException ex)
        {
            return ex;
        }
    }
}
