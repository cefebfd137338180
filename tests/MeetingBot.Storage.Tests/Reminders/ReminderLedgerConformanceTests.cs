using MeetingBot.Core.Domain.Reminders;
using MeetingBot.Storage.Entities;
using MeetingBot.Storage.Reminders;

namespace MeetingBot.Storage.Tests.Reminders;

/// <summary>
/// The reminder ledger's behaviour, run against each engine by the subclasses: a key is claimed once however many
/// instances try, and every later change holds only against the version its writer saw.
/// </summary>
public abstract class ReminderLedgerConformanceTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 3, 1, 0, 0, TimeSpan.Zero);
    private static readonly ReminderKey Key = new("yongnian", "round:r1", "u4", "due-7", new DateOnly(2026, 6, 3));

    /// <summary>A fresh, initialised, empty table.</summary>
    protected abstract Task<IEntityTable> CreateTableAsync();

    /// <summary>Another engine instance over the same stored data (another host of the bot).</summary>
    protected abstract Task<IEntityTable> ReopenAsync(IEntityTable table);

    [Fact]
    public async Task TryClaimAsync_FirstTime_ClaimsAndIsFound()
    {
        var ledger = new EntityReminderLedger(await CreateTableAsync());

        var claim = await ledger.TryClaimAsync(Key, "host-a", Now);

        claim.Should().NotBeNull();
        claim!.State.Should().Be(ReminderState.Claimed);
        (await ledger.FindAsync(Key)).Should().Be(claim);
    }

    [Fact]
    public async Task TryClaimAsync_TheSameKeyAgain_IsRefused()
    {
        var ledger = new EntityReminderLedger(await CreateTableAsync());
        await ledger.TryClaimAsync(Key, "host-a", Now);

        (await ledger.TryClaimAsync(Key, "host-a", Now.AddMinutes(1))).Should().BeNull();
        (await ledger.FindAsync(Key))!.ClaimedAt.Should().Be(Now);
    }

    [Fact]
    public async Task TryClaimAsync_TwoInstancesRacing_ExactlyOneWinsEachKey()
    {
        var table = await CreateTableAsync();
        var instances = new[] { new EntityReminderLedger(table), new EntityReminderLedger(await ReopenAsync(table)) };
        var keys = Enumerable.Range(0, 10).Select(i => Key with { Recipient = $"u{i}" }).ToList();

        var attempts = keys.SelectMany(key => Enumerable.Range(0, 4).Select(n =>
            instances[n % 2].TryClaimAsync(key, $"host-{n}", Now))).ToList();
        var results = await Task.WhenAll(attempts);

        results.Count(r => r is not null).Should().Be(keys.Count);
        results.OfType<ReminderRecord>().Select(r => r.Key).Should().BeEquivalentTo(keys);
    }

    [Fact]
    public async Task TryClaimAllAsync_AFanOutsReminders_ClaimsThemAllInOneChange()
    {
        var ledger = new EntityReminderLedger(await CreateTableAsync());
        var keys = Enumerable.Range(0, IReminderLedger.MaxClaimsAtOnce).Select(i => Key with { Recipient = $"u{i}" }).ToList();

        var claims = await ledger.TryClaimAllAsync(keys, "host-a", Now);

        claims.Should().NotBeNull();
        claims!.Select(c => c.Key).Should().Equal(keys, "each record answers the key in its place");
        claims.Should().OnlyContain(c => c.State == ReminderState.Claimed && c.ClaimedBy == "host-a" && c.ClaimedAt == Now);
        (await ledger.ListAsync("yongnian")).Should().BeEquivalentTo(claims, "what is stored is what was returned, versions included");
        (await ledger.TryCompleteAsync(claims[7], ReminderState.Sent, Now.AddSeconds(1), false, null)).Should().BeTrue("a batch claim is completed like any other");
        (await ledger.TryClaimAsync(keys[3], "host-b", Now)).Should().BeNull("it is claimed");
    }

    [Fact]
    public async Task TryClaimAllAsync_OverlappingOneClaimedBefore_WritesNothingAndReturnsNull()
    {
        var ledger = new EntityReminderLedger(await CreateTableAsync());
        var keys = Enumerable.Range(0, 5).Select(i => Key with { Recipient = $"u{i}" }).ToList();
        var before = (await ledger.TryClaimAsync(keys[3], "host-b", Now))!;

        (await ledger.TryClaimAllAsync(keys, "host-a", Now.AddSeconds(1))).Should().BeNull();

        (await ledger.ListAsync("yongnian")).Should().Equal([before], "no other reminder of the batch was claimed");
        (await ledger.TryClaimAsync(keys[0], "host-a", Now)).Should().NotBeNull("the rest is still free to claim one by one");
    }

    [Fact]
    public async Task TryClaimAllAsync_TwoInstancesRacingOnTheSameReminders_ExactlyOneWinsEach()
    {
        var table = await CreateTableAsync();
        var instances = new[] { new EntityReminderLedger(table), new EntityReminderLedger(await ReopenAsync(table)) };
        var keys = Enumerable.Range(0, 40).Select(i => Key with { Recipient = $"u{i}" }).ToList();
        // Overlapping chunks of 16 from both instances, and single claims, all at once.
        var batches = Enumerable.Range(0, 6).Select(n => keys.Skip(n * 4 % 24).Take(16).ToList()).ToList();

        var batchAttempts = batches.Select((chunk, n) => instances[n % 2].TryClaimAllAsync(chunk, $"host-{n}", Now)).ToList();
        var singleAttempts = keys.Select((key, n) => instances[n % 2].TryClaimAsync(key, $"single-{n}", Now)).ToList();
        var batchResults = await Task.WhenAll(batchAttempts);
        var singleResults = await Task.WhenAll(singleAttempts);

        var won = batchResults.OfType<IReadOnlyList<ReminderRecord>>().SelectMany(r => r).Concat(singleResults.OfType<ReminderRecord>()).ToList();
        won.Select(r => r.Key).Should().OnlyHaveUniqueItems("no reminder is claimed twice").And.BeEquivalentTo(keys, "every one was claimed by someone");
        var stored = await instances[0].ListAsync("yongnian");
        stored.Select(r => (r.Key, r.ClaimedBy)).Should().BeEquivalentTo(won.Select(r => (r.Key, r.ClaimedBy)), "the ledger names the winner of each");
    }

    [Fact]
    public async Task TryClaimAllAsync_KeysThatCannotBeOneBatch_AreRefusedAndNothingIsWritten()
    {
        var ledger = new EntityReminderLedger(await CreateTableAsync());
        var tooMany = Enumerable.Range(0, IReminderLedger.MaxClaimsAtOnce + 1).Select(i => Key with { Recipient = $"u{i}" }).ToList();

        await ledger.Invoking(l => l.TryClaimAllAsync([Key, Key with { JointMeetingId = "other" }], "host-a", Now))
            .Should().ThrowAsync<ArgumentException>().WithMessage("*one joint meeting*");
        await ledger.Invoking(l => l.TryClaimAllAsync(tooMany, "host-a", Now))
            .Should().ThrowAsync<ArgumentException>().WithMessage("*at most 100*");
        await ledger.Invoking(l => l.TryClaimAllAsync([Key, Key], "host-a", Now))
            .Should().ThrowAsync<ArgumentException>().WithMessage("*twice*");
        await ledger.Invoking(l => l.TryClaimAllAsync([], "host-a", Now)).Should().ThrowAsync<ArgumentException>();

        (await ledger.ListAsync("yongnian")).Should().BeEmpty();
        (await ledger.ListAsync("other")).Should().BeEmpty();
    }

    [Fact]
    public async Task TryRecordProgressAsync_KeepsTheClaimRenewsItsTimeAndRefusesAStaleVersion()
    {
        var table = await CreateTableAsync();
        var ledger = new EntityReminderLedger(table);
        var claim = (await ledger.TryClaimAsync(Key, "host-a", Now))!;

        var progressed = await ledger.TryRecordProgressAsync(claim, Now.AddMinutes(3), """{"attempts":0,"delivered":["msteams:29:a"]}""");
        var stale = await new EntityReminderLedger(await ReopenAsync(table)).TryRecordProgressAsync(claim, Now.AddMinutes(4), "{}");

        progressed!.Should().Match<ReminderRecord>(r => r.State == ReminderState.Claimed && r.ClaimedBy == "host-a" && r.ClaimedAt == Now.AddMinutes(3));
        stale.Should().BeNull("another instance's copy of the claim is out of date");
        (await ledger.FindAsync(Key)).Should().Be(progressed);
    }

    [Fact]
    public async Task TryCompleteAsync_WithTheClaim_RecordsTheOutcome()
    {
        var ledger = new EntityReminderLedger(await CreateTableAsync());
        var claim = (await ledger.TryClaimAsync(Key, "host-a", Now))!;

        (await ledger.TryCompleteAsync(claim, ReminderState.Sent, Now.AddSeconds(2), late: true, "sent 2 h late")).Should().BeTrue();

        var done = (await ledger.FindAsync(Key))!;
        done.State.Should().Be(ReminderState.Sent);
        done.DoneAt.Should().Be(Now.AddSeconds(2));
        done.Late.Should().BeTrue();
        done.Detail.Should().Be("sent 2 h late");
        (await ledger.TryClaimAsync(Key, "host-b", Now.AddHours(1))).Should().BeNull("a sent reminder is never claimed again");
    }

    [Fact]
    public async Task TryReclaimAsync_AStoppedInstancesClaim_IsTakenOverOnceAndTheOldOwnerCannotFinish()
    {
        var ledger = new EntityReminderLedger(await CreateTableAsync());
        var stale = (await ledger.TryClaimAsync(Key, "host-a", Now))!;

        var taken = await ledger.TryReclaimAsync(stale, "host-b", Now.AddMinutes(10));
        var again = await ledger.TryReclaimAsync(stale, "host-c", Now.AddMinutes(10));

        taken!.ClaimedBy.Should().Be("host-b");
        again.Should().BeNull("host-b took it first");
        (await ledger.TryCompleteAsync(stale, ReminderState.Sent, Now.AddMinutes(11), false, null)).Should().BeFalse("host-a's claim is out of date");
        (await ledger.TryCompleteAsync(taken, ReminderState.Sent, Now.AddMinutes(11), false, null)).Should().BeTrue();
    }

    [Fact]
    public async Task TryRetryLaterAsync_AfterAFailedAttempt_StaysClaimedWithTheAttemptsAndOnlyTheNewVersionCounts()
    {
        var ledger = new EntityReminderLedger(await CreateTableAsync());
        var claim = (await ledger.TryClaimAsync(Key, "host-a", Now))!;

        var waiting = await ledger.TryRetryLaterAsync(claim, Now.AddMinutes(1), "attempts: 1");

        waiting!.State.Should().Be(ReminderState.Claimed);
        waiting.ClaimedAt.Should().Be(Now.AddMinutes(1));
        waiting.Detail.Should().Be("attempts: 1");
        (await ledger.FindAsync(Key)).Should().Be(waiting);
        (await ledger.TryRetryLaterAsync(claim, Now.AddMinutes(2), "attempts: 2")).Should().BeNull("the claim seen is out of date");
        (await ledger.TryClaimAsync(Key, "host-b", Now.AddMinutes(2))).Should().BeNull("it is still claimed");
        var retried = (await ledger.TryReclaimAsync(waiting, "host-b", Now.AddMinutes(20)))!;
        retried.Detail.Should().Be("attempts: 1", "the next attempt continues the count");
        (await ledger.TryCompleteAsync(retried, ReminderState.Failed, Now.AddMinutes(21), false, "gave up")).Should().BeTrue();
    }

    [Fact]
    public async Task ListAsync_ListsOneJointMeetingsRemindersByKey()
    {
        var ledger = new EntityReminderLedger(await CreateTableAsync());
        var later = Key with { Name = "due-3", Date = new DateOnly(2026, 6, 7) };
        await ledger.TryClaimAsync(later, "host-a", Now);
        await ledger.TryClaimAsync(Key, "host-a", Now);
        await ledger.TryClaimAsync(Key with { JointMeetingId = "other" }, "host-a", Now);

        (await ledger.ListAsync("yongnian")).Select(r => r.Key).Should().Equal(later, Key);
    }

    [Fact]
    public async Task TryClaimAsync_AKeyLongerThanARowKey_IsStoredUnderItsDigestAndReadBackWhole()
    {
        var ledger = new EntityReminderLedger(await CreateTableAsync());
        var longKey = Key with { Subject = "task:" + new string('职', 150) };

        (await ledger.TryClaimAsync(longKey, "host-a", Now)).Should().NotBeNull();

        (await ledger.TryClaimAsync(longKey, "host-b", Now)).Should().BeNull();
        (await ledger.FindAsync(longKey))!.Key.Should().Be(longKey);
        (await ledger.ListAsync("yongnian")).Should().ContainSingle().Which.Key.Should().Be(longKey);
    }
}
