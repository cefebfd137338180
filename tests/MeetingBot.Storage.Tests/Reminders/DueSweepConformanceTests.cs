using System.Collections.Concurrent;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Meetings;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Domain.Reporting;
using MeetingBot.Core.Messaging;
using MeetingBot.Core.Reminders;
using MeetingBot.Storage.Entities;
using MeetingBot.Storage.JointMeetings;
using MeetingBot.Storage.Reminders;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Storage.Tests.Reminders;

/// <summary>
/// Whole reminder sweeps on the due index, run against each engine by the subclasses: what a person receives when a
/// change stopped between its hint and its batch, when two instances sweep at once, after downtime, and across the
/// migration from the layout without hints. Every reminder reaches its recipient once: none twice, none missing.
/// </summary>
public abstract class DueSweepConformanceTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);
    private static readonly DateTimeOffset OpenedAt = new(2026, 6, 1, 10, 0, 0, Beijing);
    private static readonly DateTimeOffset NineOClock = new(2026, 6, 3, 9, 0, 0, Beijing); // 7 days before the 10 June deadline
    private static readonly string[] JointMeetings = ["jm-a", "jm-b", "jm-c"];

    protected abstract Task<IEntityTable> CreateTableAsync();

    protected abstract Task<IEntityTable> ReopenAsync(IEntityTable table);

    [Fact]
    public async Task Sweeps_AtNine_EachContactGetsTheirReminderOnce_AndAQuietSweepReadsOnlyTheHints()
    {
        var province = await ProvinceAsync();
        var instance = province.Instance("one");
        await province.SweepHourlyUntilAsync(NineOClock.AddMinutes(-1), instance);
        province.Delivered.Should().BeEmpty();

        province.Clock.SetUtcNow(NineOClock);
        instance.Reads.Clear();
        (await instance.Dispatcher.SweepAsync(CancellationToken.None)).Sent.Should().Be(6);
        instance.Reads.Reads.Where(r => r.Partition.StartsWith("|reminders|", StringComparison.Ordinal)).Should().NotBeEmpty()
            .And.OnlyContain(r => r.Kind == "get", "a look reads the ledger rows of what is due, one by one, not the joint meeting's whole ledger");
        province.Clock.Advance(TimeSpan.FromMinutes(1));
        instance.Reads.Clear();
        (await instance.Dispatcher.SweepAsync(CancellationToken.None)).Should().Be(ReminderSweepSummary.None);

        province.ShouldHaveReachedEveryContactOnce();
        instance.Reads.Reads.Should().Equal([("range", DueKeys.HintPartition)], "a quiet sweep is one range query in the hints' partition");
    }

    [Fact]
    public async Task ChangeStoppedAfterItsHint_BeforeItsBatch_OneHarmlessLook_NoReminderTwiceOrMissing()
    {
        var province = await ProvinceAsync();
        var instance = province.Instance("one");
        await province.SweepHourlyUntilAsync(NineOClock.AddHours(-2), instance);
        // A change of jm-b wrote its hint and its instance was killed before the batch.
        await province.Table.SubmitAsync(DueKeys.HintPartition, [EntityWrite.Upsert(DueKeys.Hint("jm-b", DueKeys.Changed(province.Clock.GetUtcNow())), "{}")]);

        province.Clock.Advance(TimeSpan.FromMinutes(1));
        instance.Loads.Clear();
        (await instance.Dispatcher.SweepAsync(CancellationToken.None)).Should().Be(ReminderSweepSummary.None);
        instance.Loads.Should().Equal(["jm-b"], "the hint left over is one look at jm-b, which finds nothing due yet");
        province.Clock.Advance(TimeSpan.FromMinutes(1));
        instance.Loads.Clear();
        await instance.Dispatcher.SweepAsync(CancellationToken.None);
        instance.Loads.Should().BeEmpty("and only one");

        await province.SweepHourlyUntilAsync(NineOClock, instance);
        province.Clock.Advance(TimeSpan.FromHours(1));
        await instance.Dispatcher.SweepAsync(CancellationToken.None);
        province.ShouldHaveReachedEveryContactOnce();
    }

    [Fact]
    public async Task TwoInstances_SweepingAtOnce_AtNine_EachContactGetsTheirReminderOnce()
    {
        var province = await ProvinceAsync();
        var first = province.Instance("first");
        var second = province.Instance("second", await ReopenAsync(province.Table));
        await province.SweepHourlyUntilAsync(NineOClock.AddMinutes(-1), first);

        province.Clock.SetUtcNow(NineOClock);
        var sweeps = await Task.WhenAll(first.Dispatcher.SweepAsync(CancellationToken.None), second.Dispatcher.SweepAsync(CancellationToken.None));
        province.Clock.Advance(TimeSpan.FromMinutes(1));
        await Task.WhenAll(first.Dispatcher.SweepAsync(CancellationToken.None), second.Dispatcher.SweepAsync(CancellationToken.None));

        sweeps.Sum(s => s.Sent).Should().Be(6);
        province.ShouldHaveReachedEveryContactOnce();
        second.Loads.Clear();
        province.Clock.Advance(TimeSpan.FromMinutes(1));
        await second.Dispatcher.SweepAsync(CancellationToken.None);
        second.Loads.Should().BeEmpty("what either instance handled waits for its next instant");
    }

    [Fact]
    public async Task BackAfterDowntime_ThatMorning_SendsEachReminderOnce_Late()
    {
        var province = await ProvinceAsync();
        var instance = province.Instance("one");
        await instance.Dispatcher.SweepAsync(CancellationToken.None);
        // Down from 1 June 10:00 until 3 June 14:00: five hours after the reminders fell due.
        province.Clock.SetUtcNow(NineOClock.AddHours(5));

        var summary = await instance.Dispatcher.SweepAsync(CancellationToken.None);

        summary.Sent.Should().Be(6);
        summary.Late.Should().Be(6);
        province.ShouldHaveReachedEveryContactOnce();
    }

    [Fact]
    public async Task OldLayout_WithMarksOnly_IsSweptWhileItMigrates_AndAfter_EachReminderOnce()
    {
        var province = await ProvinceAsync();
        var old = province.Instance("old");
        await old.Dispatcher.SweepAsync(CancellationToken.None);
        // As the version before the hints left the store: marks only (each joint meeting's next look), no hints.
        foreach (var hint in await province.Table.QueryRangeAsync(DueKeys.HintPartition, "", "~"))
            await province.Table.SubmitAsync(DueKeys.HintPartition, [EntityWrite.Delete(hint.RowKey)]);
        await province.Table.SubmitAsync(DueKeys.MetaPartition, [EntityWrite.Delete(DueKeys.Hinted), EntityWrite.Upsert(DueKeys.Backfilled, "{}")]);

        var upgraded = province.Instance("upgraded", await ReopenAsync(province.Table));
        await province.SweepHourlyUntilAsync(NineOClock.AddMinutes(-1), upgraded);
        province.Clock.SetUtcNow(NineOClock);
        (await upgraded.Dispatcher.SweepAsync(CancellationToken.None)).Sent.Should().Be(6);
        (await province.Table.GetAsync(DueKeys.MetaPartition, DueKeys.Hinted)).Should().NotBeNull("the migration ran in the background");
        province.Clock.Advance(TimeSpan.FromMinutes(1));
        upgraded.Reads.Clear();
        await upgraded.Dispatcher.SweepAsync(CancellationToken.None);

        province.ShouldHaveReachedEveryContactOnce();
        upgraded.Reads.Reads.Should().NotContain(r => r.Partition == PartitionCallRecorder.AcrossPartitions, "once migrated, nothing scans the table");
    }

    [Fact]
    public async Task OldLayout_ItsMigrationTakingLong_DoesNotHoldTheSweepsBack()
    {
        var province = await ProvinceAsync();
        await province.Instance("old").Dispatcher.SweepAsync(CancellationToken.None);
        foreach (var hint in await province.Table.QueryRangeAsync(DueKeys.HintPartition, "", "~"))
            await province.Table.SubmitAsync(DueKeys.HintPartition, [EntityWrite.Delete(hint.RowKey)]);
        await province.Table.SubmitAsync(DueKeys.MetaPartition, [EntityWrite.Delete(DueKeys.Hinted), EntityWrite.Upsert(DueKeys.Backfilled, "{}")]);
        var upgraded = province.Instance("upgraded", await ReopenAsync(province.Table));
        // The migration reads every joint meeting (on Azure a table scan, minutes at 10,000): here it never ends.
        upgraded.Reads.HoldFindByRowKey = new TaskCompletionSource();

        await province.SweepHourlyUntilAsync(NineOClock.AddMinutes(-1), upgraded).WaitAsync(TimeSpan.FromMinutes(1));
        province.Clock.SetUtcNow(NineOClock);
        (await upgraded.Dispatcher.SweepAsync(CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(1))).Sent.Should().Be(6, "found the way they were found before");
        (await province.Table.GetAsync(DueKeys.MetaPartition, DueKeys.Hinted)).Should().BeNull("the migration is still running");

        upgraded.Reads.HoldFindByRowKey.SetResult();
        province.ShouldHaveReachedEveryContactOnce();
    }

    [Fact]
    public async Task QuietJointMeetings_AreNotLookedAt_UntilTheirNextReminder_OrOnceWithinADay_OfAVersionWithNewHolidays()
    {
        var province = await ProvinceAsync();
        var instance = province.Instance("one");
        await province.SweepHourlyUntilAsync(NineOClock, instance);
        province.ShouldHaveReachedEveryContactOnce();
        // Past the round's reminders (the deadline on 10 June, overdue ones after): from the 20th nothing is due until
        // the notices of the 16 July meeting, on 9 July.
        await province.SweepHourlyUntilAsync(new DateTimeOffset(2026, 6, 20, 0, 0, 0, Beijing), instance);
        instance.Loads.Clear();
        await province.SweepHourlyUntilAsync(new DateTimeOffset(2026, 6, 27, 0, 0, 0, Beijing), instance);
        instance.Loads.Should().BeEmpty("nothing falls due and nothing changed: a quiet sweep reads the due index and nothing else");

        // A new version ships another year's holidays: every joint meeting is looked at once more within the day.
        var upgraded = province.Instance("upgraded", options: new ReminderDispatchOptions { Owner = "upgraded", ScheduleInputs = "holidays-2027" });
        await upgraded.Dispatcher.SweepAsync(CancellationToken.None);
        await WaitForAsync(async () => await province.Table.GetAsync(DueKeys.MetaPartition, DueKeys.Inputs("holidays-2027")) is not null);
        upgraded.Loads.Clear();
        await province.SweepHourlyUntilAsync(new DateTimeOffset(2026, 6, 28, 0, 0, 0, Beijing).AddMinutes(1), upgraded);
        upgraded.Loads.Should().BeEquivalentTo(JointMeetings, "each once, within a day of the new version's first sweep");

        // The meeting's notices, weeks after the last look, go out at their time: each look marked its next reminder.
        upgraded.Loads.Clear();
        var before = province.Delivered.ToList();
        await province.SweepHourlyUntilAsync(new DateTimeOffset(2026, 7, 9, 0, 0, 0, Beijing), upgraded);
        upgraded.Loads.Should().BeEmpty("nothing is due before the notices of 9 July");
        await province.SweepHourlyUntilAsync(new DateTimeOffset(2026, 7, 10, 0, 0, 0, Beijing), upgraded);
        upgraded.Loads.Distinct().Should().BeEquivalentTo(JointMeetings);
        province.Delivered.Except(before).Select(d => d.To).Should().Contain(JointMeetings.SelectMany(id => new[] { $"aad-{id}-u2", $"aad-{id}-u3" }),
            "every unit's contact hears of the meeting a week ahead");
        province.Delivered.Should().OnlyHaveUniqueItems("no reminder went out twice");
    }

    [Fact]
    public async Task AHintOfACreationThatNeverCommitted_IsLookedAtOnce_ThenGone()
    {
        var province = await ProvinceAsync();
        var instance = province.Instance("one");
        await province.SweepHourlyUntilAsync(NineOClock.AddHours(-2), instance);
        // A creation of jm-ghost wrote its hint, and its batch was refused (or its instance killed).
        await province.Table.SubmitAsync(DueKeys.HintPartition, [EntityWrite.Upsert(DueKeys.Hint("jm-ghost", DueKeys.Changed(province.Clock.GetUtcNow())), "{}")]);

        province.Clock.Advance(TimeSpan.FromMinutes(1));
        instance.Loads.Clear();
        await instance.Dispatcher.SweepAsync(CancellationToken.None);
        instance.Loads.Should().Equal("jm-ghost");

        (await province.Table.QueryRangeAsync(DueKeys.HintPartition, "", "~")).Should().NotContain(h => h.RowKey.EndsWith("|jm-ghost", StringComparison.Ordinal),
            "a joint meeting that does not exist is not looked at again");
        (await province.Table.QueryAsync("jm-ghost", [DueKeys.Prefix])).Should().BeEmpty();
        await province.SweepHourlyUntilAsync(NineOClock.AddDays(8), instance);
        instance.Loads.Where(id => id == "jm-ghost").Should().ContainSingle();
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 200 && !await condition(); i++) await Task.Delay(50);
        (await condition()).Should().BeTrue("the background step finished within 10 s");
    }

    private async Task<Province> ProvinceAsync()
    {
        var table = await CreateTableAsync();
        var clock = new FakeTimeProvider(OpenedAt);
        var store = new EntityJointMeetingStore(table, clock);
        (await new EntityReminderDueIndex(table).BackfillAsync(OpenedAt)).Should().Be(0);
        (await new EntityReminderDueIndex(table).LookAgainAsync(ScheduleInputs.Shipped, OpenedAt, TimeSpan.FromDays(1))).Should().Be(0);
        foreach (var id in JointMeetings)
            await store.SaveAsync(Build(id));
        return new Province(table, clock);
    }

    /// <summary>Three units, two with a contact who has not reported; the round is due on 10 June.</summary>
    private static ChangeSet Build(string id)
    {
        var proposal = new JointMeetingProposal(
            [new PolicySource("province.txt", "某县职业教育改革实施方案")],
            Enumerable.Range(1, 3).Select(n => new UnitProposal($"县第{n}局", [$"第{n}局"])).ToList(),
            Enumerable.Range(1, 3).Select(n => new TaskProposal($"{n}", "province.txt", $"{n}", $"第{n}项任务", [$"县第{n}局"], [], [])).ToList(),
            "副县长");
        var jm = JointMeeting.Create(new JointMeetingSettings(id, $"{id}联席会议"), proposal, ChatAccount.System, OpenedAt);
        var secretary = new ChatAccount("msteams", $"aad-{id}-secretary", "李秘书");
        jm.AssignRole(ChatAccount.System, secretary, ContactRole.Secretariat, "u1", OpenedAt);
        foreach (var unit in jm.Units.Skip(1))
            jm.AssignRole(secretary, new ChatAccount("msteams", $"aad-{id}-{unit.Id}", $"联络员{unit.Id}"), ContactRole.UnitContact, unit.Id, OpenedAt);
        var meeting = Meeting.Schedule(jm, secretary, "m1", new MeetingPlan(new DateTime(2026, 7, 16, 14, 30, 0), MeetingPlan.DefaultDuration, "县政府会议室"), OpenedAt);
        var round = ReportingRound.Open(jm, meeting, [], secretary, "r1", new DateOnly(2026, 6, 10), OpenedAt);
        return new ChangeSet(id).Add(jm).Add(meeting).Add(round);
    }

    private sealed class Province(IEntityTable table, FakeTimeProvider clock)
    {
        private readonly ConcurrentBag<(string To, string Text)> delivered = [];

        public IEntityTable Table => table;
        public FakeTimeProvider Clock => clock;
        public IReadOnlyCollection<(string To, string Text)> Delivered => delivered;

        /// <summary>An instance of the bot on this store (its own table client when given one), delivering into the province's inboxes.</summary>
        public Instance Instance(string owner, IEntityTable? client = null, ReminderDispatchOptions? options = null)
        {
            var reads = new PartitionCallRecorder(client ?? table);
            var store = new LoadRecorder(new EntityJointMeetingStore(reads, clock));
            var dispatcher = new ReminderDispatcher(store, new EntityReminderLedger(reads), new EntityReminderDueIndex(reads), new PolicyCatalog([]),
                new ReminderPlanner(), new Notifier([new Inboxes(delivered)]), clock, options ?? new ReminderDispatchOptions { Owner = owner }, NullLogger<ReminderDispatcher>.Instance);
            return new Instance(dispatcher, reads, store.Loads);
        }

        public async Task SweepHourlyUntilAsync(DateTimeOffset until, Instance instance)
        {
            while (clock.GetUtcNow() < until)
            {
                var next = clock.GetUtcNow().AddHours(1);
                clock.SetUtcNow(next < until ? next : until);
                await instance.Dispatcher.SweepAsync(CancellationToken.None);
            }
        }

        public void ShouldHaveReachedEveryContactOnce()
        {
            var contacts = JointMeetings.SelectMany(id => new[] { $"aad-{id}-u2", $"aad-{id}-u3" });
            delivered.Select(d => d.To).Should().BeEquivalentTo(contacts, "each unit's contact gets the 7-days reminder once: none twice, none missing");
            delivered.Should().OnlyContain(d => d.Text.Contains("还有 7 天", StringComparison.Ordinal));
        }
    }

    private sealed record Instance(ReminderDispatcher Dispatcher, PartitionCallRecorder Reads, List<string> Loads);

    private sealed class Inboxes(ConcurrentBag<(string To, string Text)> delivered) : INotificationChannel
    {
        public string Channel => "msteams";

        public Task<NotificationResult> DeliverAsync(Notification notification, CancellationToken cancellationToken)
        {
            delivered.Add((notification.To.AccountId, notification.Message.Text));
            return Task.FromResult(NotificationResult.Delivered);
        }
    }

    /// <summary>The store, noting which joint meetings a sweep loads (each load is a look).</summary>
    private sealed class LoadRecorder(IJointMeetingStore inner) : IJointMeetingStore
    {
        public List<string> Loads { get; } = [];

        public Task<JointMeetingSnapshot?> LoadAsync(string jointMeetingId, CancellationToken cancellationToken = default)
        {
            lock (Loads) Loads.Add(jointMeetingId);
            return inner.LoadAsync(jointMeetingId, cancellationToken);
        }

        public Task InitializeAsync(CancellationToken cancellationToken = default) => inner.InitializeAsync(cancellationToken);
        public Task<IReadOnlyList<Versioned<JointMeeting>>> ListAsync(CancellationToken cancellationToken = default) => inner.ListAsync(cancellationToken);
        public Task<IReadOnlyList<string>> SaveAsync(ChangeSet changes, CancellationToken cancellationToken = default) => inner.SaveAsync(changes, cancellationToken);
        public Task<IReadOnlyList<ReportVersion>> GetReportHistoryAsync(string jointMeetingId, string roundId, string unitId, CancellationToken cancellationToken = default) =>
            inner.GetReportHistoryAsync(jointMeetingId, roundId, unitId, cancellationToken);
        public Task<IReadOnlyList<Core.Domain.Audit.AuditEntry>> GetAuditAsync(string jointMeetingId, CancellationToken cancellationToken = default) => inner.GetAuditAsync(jointMeetingId, cancellationToken);
        public Task<ActionReceipt?> FindActionAsync(string jointMeetingId, string actionId, CancellationToken cancellationToken = default) => inner.FindActionAsync(jointMeetingId, actionId, cancellationToken);
    }
}
