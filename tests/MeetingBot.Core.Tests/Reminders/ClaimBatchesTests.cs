using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Domain.Reminders;
using MeetingBot.Core.Reminders;

namespace MeetingBot.Core.Tests.Reminders;

/// <summary>How a sweep's fresh reminders are cut into batch claims, and what each reminder gets back.</summary>
public sealed class ClaimBatchesTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 3, 1, 0, 0, TimeSpan.Zero);

    private static ReminderKey Key(string jointMeeting, int unit) => new(jointMeeting, "round:r1", $"u{unit}", "due-7", new DateOnly(2026, 6, 3));

    [Fact]
    public async Task ClaimAsync_ChunksEndAtTheSizeAtAWaitingClaimAndAtAnotherJointMeeting()
    {
        var ledger = new Ledger();
        var a = Enumerable.Range(1, 8).Select(i => Key("jm-a", i)).ToList();
        var b = Enumerable.Range(1, 2).Select(i => Key("jm-b", i)).ToList();
        // a1..a5 fresh, a6 a waiting claim (retried, not claimed anew), a7 a8 fresh, then jm-b's two, then jm-a's last alone.
        (ReminderKey, bool)[] ordered = [.. a.Take(5).Select(k => (k, true)), (a[5], false), (a[6], true), (a[7], true), (b[0], true), (b[1], true), (Key("jm-a", 9), true)];
        var landed = new List<ReminderKey>();
        var claims = new ClaimBatches(ledger, "host-a", new FixedClock(), ordered, size: 3, k => { lock (landed) landed.Add(k); });

        var records = await Task.WhenAll(ordered.Where(o => o.Item2).Select(o => claims.ClaimAsync(o.Item1, CancellationToken.None)));

        ledger.Batches.Should().BeEquivalentTo([[a[0], a[1], a[2]], [a[3], a[4]], [a[6], a[7]], b], o => o.WithStrictOrdering());
        ledger.Singles.Should().Equal([Key("jm-a", 9)], "a chunk of one is an ordinary claim");
        records.Select(r => r!.Key).Should().Equal(ordered.Where(o => o.Item2).Select(o => o.Item1), "each gets its own record");
        landed.Should().BeEquivalentTo(ordered.Where(o => o.Item2).Select(o => o.Item1));
    }

    [Fact]
    public async Task ClaimAsync_AChunkOverlappingAnotherInstancesClaim_FallsBackToOneByOne()
    {
        var ledger = new Ledger();
        var keys = Enumerable.Range(1, 4).Select(i => Key("jm-a", i)).ToList();
        await ledger.TryClaimAsync(keys[2], "host-b", Now);
        var landed = new List<ReminderKey>();
        var claims = new ClaimBatches(ledger, "host-a", new FixedClock(), keys.Select(k => (k, true)), size: 16, k => { lock (landed) landed.Add(k); });

        var records = await Task.WhenAll(keys.Select(k => claims.ClaimAsync(k, CancellationToken.None)));

        records.Select(r => r?.ClaimedBy).Should().Equal("host-a", "host-a", null, "host-a");
        ledger.Batches.Should().HaveCount(1, "one batch was tried, and refused whole");
        landed.Should().BeEquivalentTo([keys[0], keys[1], keys[3]], "only the claims written count as claimed");
    }

    [Fact]
    public async Task ClaimAsync_AStoreErrorInTheBatch_ReachesEveryReminderOfTheChunkAndNothingCountsAsClaimed()
    {
        var ledger = new Ledger { Fail = new IOException("the store is unreachable") };
        var keys = Enumerable.Range(1, 3).Select(i => Key("jm-a", i)).ToList();
        var landed = new List<ReminderKey>();
        var claims = new ClaimBatches(ledger, "host-a", new FixedClock(), keys.Select(k => (k, true)), size: 16, landed.Add);

        foreach (var key in keys)
            await claims.Invoking(c => c.ClaimAsync(key, CancellationToken.None)).Should().ThrowAsync<IOException>();

        ledger.Batches.Should().HaveCount(1, "the chunk's reminders share the one attempt");
        landed.Should().BeEmpty();
    }

    private sealed class FixedClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => Now;
    }

    /// <summary>A ledger in memory with the store's claim semantics: an insert per key, a batch all or none.</summary>
    private sealed class Ledger : IReminderLedger
    {
        private readonly Dictionary<ReminderKey, ReminderRecord> records = [];
        public List<IReadOnlyList<ReminderKey>> Batches { get; } = [];
        public List<ReminderKey> Singles { get; } = [];
        public Exception? Fail { get; init; }

        public async Task<ReminderRecord?> TryClaimAsync(ReminderKey key, string owner, DateTimeOffset now, CancellationToken cancellationToken = default)
        {
            lock (records) Singles.Add(key); // in the order asked
            await Task.Yield();
            lock (records)
            {
                return records.TryAdd(key, Record(key, owner, now)) ? records[key] : null;
            }
        }

        public async Task<IReadOnlyList<ReminderRecord>?> TryClaimAllAsync(IReadOnlyList<ReminderKey> keys, string owner, DateTimeOffset now, CancellationToken cancellationToken = default)
        {
            lock (records) Batches.Add([.. keys]); // in the order asked
            await Task.Yield();
            lock (records)
            {
                if (Fail is not null) throw Fail;
                if (keys.Any(records.ContainsKey)) return null;
                foreach (var key in keys) records[key] = Record(key, owner, now);
                return [.. keys.Select(k => records[k])];
            }
        }

        private static ReminderRecord Record(ReminderKey key, string owner, DateTimeOffset now) =>
            new(key, ReminderState.Claimed, owner, now, null, false, null, "v1");

        public Task<ReminderRecord?> TryReclaimAsync(ReminderRecord stale, string owner, DateTimeOffset now, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<ReminderRecord?> TryRetryLaterAsync(ReminderRecord claimed, DateTimeOffset now, string detail, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<ReminderRecord?> TryRecordProgressAsync(ReminderRecord claimed, DateTimeOffset now, string detail, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<bool> TryCompleteAsync(ReminderRecord claimed, ReminderState outcome, DateTimeOffset now, bool late, string? detail, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<ReminderRecord?> FindAsync(ReminderKey key, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<IReadOnlyList<ReminderRecord>> ListAsync(string jointMeetingId, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }
}
