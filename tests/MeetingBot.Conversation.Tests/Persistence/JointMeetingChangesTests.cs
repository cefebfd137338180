using MeetingBot.Conversation.Tests.Infrastructure;
using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Domain.Audit;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Persistence;

namespace MeetingBot.Conversation.Tests.Persistence;

// The one save-with-retry loop every writer of a joint meeting goes through (the chat turn, the web chat's personas,
// the calendar import): a conflict is met by applying the change again to what the other writer saved; a joint
// meeting that conflicts every time is given up on after the limit, with nothing of the change stored.
public sealed class JointMeetingChangesTests : IDisposable
{
    private readonly ChatHarness chat = new();

    /// <summary>Counts saves and lets a test act just before each reaches the store.</summary>
    private sealed class InterferingStore(IJointMeetingStore inner) : IJointMeetingStore
    {
        public Func<Task>? BeforeSave { get; set; }
        public int Saves { get; private set; }
        public Task InitializeAsync(CancellationToken cancellationToken = default) => inner.InitializeAsync(cancellationToken);
        public Task<IReadOnlyList<Versioned<JointMeeting>>> ListAsync(CancellationToken cancellationToken = default) => inner.ListAsync(cancellationToken);
        public Task<JointMeetingSnapshot?> LoadAsync(string jointMeetingId, CancellationToken cancellationToken = default) => inner.LoadAsync(jointMeetingId, cancellationToken);
        public Task<IReadOnlyList<Core.Domain.Reporting.ReportVersion>> GetReportHistoryAsync(string jointMeetingId, string roundId, string unitId, CancellationToken cancellationToken = default) =>
            inner.GetReportHistoryAsync(jointMeetingId, roundId, unitId, cancellationToken);
        public Task<IReadOnlyList<AuditEntry>> GetAuditAsync(string jointMeetingId, CancellationToken cancellationToken = default) => inner.GetAuditAsync(jointMeetingId, cancellationToken);
        public Task<ActionReceipt?> FindActionAsync(string jointMeetingId, string actionId, CancellationToken cancellationToken = default) => inner.FindActionAsync(jointMeetingId, actionId, cancellationToken);

        public async Task<IReadOnlyList<string>> SaveAsync(ChangeSet changes, CancellationToken cancellationToken = default)
        {
            Saves++;
            if (BeforeSave is { } act) await act();
            return await inner.SaveAsync(changes, cancellationToken);
        }
    }

    private async Task<InterferingStore> YongnianAsync()
    {
        await chat.YongnianAsync(chat.Person("张召集"));
        return new InterferingStore(chat.Store);
    }

    private MemberUnit AddUnit(JointMeetingSnapshot snapshot, ChangeSet changes, string name)
    {
        var unit = snapshot.JointMeeting.Value.AddUnit(ChatAccount.System, name, [], chat.Clock.GetUtcNow());
        changes.Update(snapshot.JointMeeting);
        return unit;
    }

    private async Task<IReadOnlyList<string>> UnitsAsync() =>
        (await chat.Store.LoadAsync(Scenario.JointMeetingId))!.JointMeeting.Value.Units.Select(u => u.Name).ToList();

    [Fact]
    public async Task ChangeAsync_SomeoneSavedFirst_ReloadsAppliesTheChangeAgainOnTheirStateAndKeepsBoth()
    {
        var store = await YongnianAsync();
        store.BeforeSave = async () =>
        {
            store.BeforeSave = null; // once
            await chat.ChangeAsync((jm, now) => jm.AddUnit(ChatAccount.System, "区审计局", [], now));
        };
        var applied = 0;
        var seenAfterConflict = new List<string>();

        var done = await store.ChangeAsync(Scenario.JointMeetingId, (s, c) => { applied++; return AddUnit(s, c, "区统计局").Name; }, CancellationToken.None,
            reloaded: (fresh, _) => { seenAfterConflict.AddRange(fresh.JointMeeting.Value.Units.Select(u => u.Name)); return Task.CompletedTask; });

        done.Should().NotBeNull();
        done!.Result.Should().Be("区统计局");
        done.Changed.Should().BeTrue();
        applied.Should().Be(2);
        store.Saves.Should().Be(2);
        seenAfterConflict.Should().Contain("区审计局").And.NotContain("区统计局");
        done.AppliedTo.JointMeeting.Value.Units.Select(u => u.Name).Should().Contain(["区审计局", "区统计局"]);
        (await UnitsAsync()).Should().Contain(["区审计局", "区统计局"]);
    }

    [Fact]
    public async Task ChangeAsync_ConflictsEveryTime_GivesUpAfterTheLimitWithTheConflictAndStoresNothingOfItsOwn()
    {
        var store = await YongnianAsync();
        var n = 0;
        store.BeforeSave = () => chat.ChangeAsync((jm, now) => jm.AddUnit(ChatAccount.System, $"区审计局{++n}", [], now));

        var act = () => store.ChangeAsync(Scenario.JointMeetingId, (s, c) => AddUnit(s, c, "区统计局"), CancellationToken.None);

        await act.Should().ThrowAsync<StoreConflictException>();
        store.Saves.Should().Be(JointMeetingChanges.Attempts);
        var units = await UnitsAsync();
        units.Should().NotContain("区统计局");
        units.Should().Contain(Enumerable.Range(1, JointMeetingChanges.Attempts).Select(i => $"区审计局{i}")); // theirs all kept
    }

    [Fact]
    public async Task ChangeAsync_ALimitOfTwo_TriesTwiceThenGivesUp()
    {
        var store = await YongnianAsync();
        var n = 0;
        store.BeforeSave = () => chat.ChangeAsync((jm, now) => jm.AddUnit(ChatAccount.System, $"区审计局{++n}", [], now));

        var act = () => store.ChangeAsync(Scenario.JointMeetingId, (s, c) => AddUnit(s, c, "区统计局"), CancellationToken.None, attempts: 2);

        await act.Should().ThrowAsync<StoreConflictException>();
        store.Saves.Should().Be(2);
    }

    [Fact]
    public async Task ChangeAsync_ReloadedStateRefusesTheRetry_StopsWithoutSavingAgain()
    {
        var store = await YongnianAsync();
        store.BeforeSave = async () =>
        {
            store.BeforeSave = null;
            await chat.ChangeAsync((jm, now) => jm.AddUnit(ChatAccount.System, "区统计局", [], now)); // the same change, by someone else
        };

        var act = () => store.ChangeAsync(Scenario.JointMeetingId, (s, c) => AddUnit(s, c, "区统计局"), CancellationToken.None);

        await act.Should().ThrowAsync<Core.Domain.DomainException>(); // the domain refuses a unit twice
        store.Saves.Should().Be(1);
        (await UnitsAsync()).Count(u => u == "区统计局").Should().Be(1);
    }

    [Fact]
    public async Task ChangeAsync_NothingChanged_SavesNothing()
    {
        var store = await YongnianAsync();
        var before = await chat.Store.GetAuditAsync(Scenario.JointMeetingId);

        var done = await store.ChangeAsync(Scenario.JointMeetingId, (s, _) => s.JointMeeting.Value.Units.Count, CancellationToken.None);

        done!.Changed.Should().BeFalse();
        done.Result.Should().Be((await UnitsAsync()).Count);
        store.Saves.Should().Be(0);
        (await chat.Store.GetAuditAsync(Scenario.JointMeetingId)).Should().HaveCount(before.Count);
    }

    [Fact]
    public async Task ChangeAsync_NoSuchJointMeeting_IsNullAndNeverAppliesTheChange()
    {
        var store = await YongnianAsync();
        var applied = false;

        var done = await store.ChangeAsync("no-such-jm", (s, c) => applied = true, CancellationToken.None);

        done.Should().BeNull();
        applied.Should().BeFalse();
        store.Saves.Should().Be(0);
    }

    public void Dispose() => chat.Dispose();
}
