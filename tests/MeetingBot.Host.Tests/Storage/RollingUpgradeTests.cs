using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Storage.Entities;
using MeetingBot.Storage.JointMeetings;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Host.Tests.Storage;

/// <summary>
/// A rolling upgrade: this version's host has backfilled the lookup hints, and an instance of the version before,
/// still running on the same store, creates a joint meeting (without hints or a list row). The host finds its contact
/// and lists it within a minute, by its re-check of what old instances saved.
/// </summary>
public class RollingUpgradeTests
{
    [Fact]
    public async Task AJointMeetingAnOldInstanceCreated_AfterTheBackfill_IsFoundAndListedByThisVersionsHost()
    {
        using var data = new TempFolder();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));
        await using var app = new MeetingBotApplication { Settings = new Dictionary<string, string?> { ["Storage:DataPath"] = data.Path }, Clock = clock };
        _ = app.Server;
        var table = app.Services.GetRequiredService<IEntityTable>();
        for (var i = 0; i < 300 && await table.GetAsync("|index", "hints") is null; i++) await Task.Delay(50);
        var lookup = app.Services.GetRequiredService<IJointMeetingLookup>();
        var liaison = new ChatAccount("msteams", "aad-old-instance", "老版本里加的联络员");

        var jm = JointMeeting.Create(new JointMeetingSettings("old-county", "旧实例创建的联席会议"), new JointMeetingProposal([], [new UnitProposal("县教育局", [])], [], "副县长"), ChatAccount.System, clock.GetUtcNow());
        jm.AssignRole(ChatAccount.System, liaison, ContactRole.UnitContact, jm.Units[0].Id, clock.GetUtcNow());
        await new EntityJointMeetingStore(new PreviousVersionEngine(table), clock).SaveAsync(new ChangeSet(jm.Id).Add(jm));
        (await lookup.OfAccountAsync(liaison)).Should().BeEmpty("the old instance wrote no hint");

        var found = false;
        for (var minute = 0; minute < 3 && !found; minute++)
        {
            clock.Advance(TimeSpan.FromMinutes(1));
            for (var i = 0; i < 100 && !(found = (await lookup.OfAccountAsync(liaison)).Count > 0); i++) await Task.Delay(50);
        }

        found.Should().BeTrue("the host re-checks every minute what old instances saved");
        (await lookup.ListEntriesAsync()).Select(e => e.Id).Should().Contain("old-county");
    }

    /// <summary>
    /// The store as the version before wrote it, from this version's store: only the joint meeting's own batch (no
    /// lookup hints, list rows or due hints, which live in partitions of their own, nor its "hints written" row), and
    /// audit keys of hex only (this version's flag taken out).
    /// </summary>
    private sealed class PreviousVersionEngine(IEntityTable inner) : DelegatingEntityTable(inner)
    {
        private const int FlagAt = 2 + 19 + 1 + 19; // x|{entry ticks}|{stored ticks}{flag}

        public override async Task<IReadOnlyList<string?>> SubmitAsync(string partitionKey, IReadOnlyList<EntityWrite> writes, CancellationToken cancellationToken = default)
        {
            if (partitionKey.StartsWith('|')) return [.. writes.Select(_ => (string?)"\"never-written\"")];
            var kept = writes.Select((w, i) => (Write: w, Index: i)).Where(w => w.Write.RowKey != "hints").ToList();
            var etags = await Inner.SubmitAsync(partitionKey, [.. kept.Select(w => Unflagged(w.Write))], cancellationToken);
            var all = new string?[writes.Count];
            for (var i = 0; i < kept.Count; i++) all[kept[i].Index] = etags[i];
            return all;
        }

        private static EntityWrite Unflagged(EntityWrite write) =>
            write.RowKey.StartsWith("x|", StringComparison.Ordinal) && write.RowKey.Length > FlagAt
                ? EntityWrite.Insert(string.Concat(write.RowKey.AsSpan(0, FlagAt), "a", write.RowKey.AsSpan(FlagAt + 1)), write.Body!)
                : write;
    }
}
