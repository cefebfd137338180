using MeetingBot.Core.Messaging.OfferedFiles;
using MeetingBot.Storage.Entities;
using MeetingBot.Storage.OfferedFiles;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Storage.Tests.OfferedFiles;

/// <summary>
/// The offers behind Teams' file consent cards, run against each engine by the subclasses: claimed once across
/// instances, expiring, given back after a failure, their bytes swept after a day and their answer after a week.
/// </summary>
public abstract class OfferedFileStoreConformanceTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 7, 2, 0, 0, TimeSpan.Zero));
    private static readonly byte[] File = [.. Enumerable.Range(0, 300_000).Select(i => (byte)(i % 251))];
    private IOfferedFileStore _store = null!;
    private IOfferedFileStore _otherInstance = null!;
    private IEntityTable _table = null!;

    /// <summary>A fresh, initialised, empty table.</summary>
    protected abstract Task<IEntityTable> CreateTableAsync();

    /// <summary>Another engine instance over the same stored data (another host of the bot).</summary>
    protected abstract Task<IEntityTable> ReopenAsync(IEntityTable table);

    private async Task OpenAsync()
    {
        _table = await CreateTableAsync();
        _store = new EntityOfferedFileStore(_table, _clock);
        _otherInstance = new EntityOfferedFileStore(await ReopenAsync(_table), _clock);
    }

    [Fact]
    public async Task AnOffer_IsClaimedOnce_WithItsBytes_ThenSaidSavedByWhomAndWhen()
    {
        await OpenAsync();
        var id = await _store.OfferAsync("简报.docx", File, "a:personal-1", CancellationToken.None);

        var claim = await _store.ClaimAsync(id, TimeSpan.FromMinutes(5), CancellationToken.None);
        (await _otherInstance.ClaimAsync(id, TimeSpan.FromMinutes(5), CancellationToken.None)).Outcome.Should().Be(OfferClaimOutcome.Busy);
        await _store.SavedAsync(id, "张伟", CancellationToken.None);

        claim.Outcome.Should().Be(OfferClaimOutcome.Claimed);
        claim.Content.Should().Equal(File);
        claim.File!.Holder.Should().Be("a:personal-1");
        var again = await _otherInstance.ClaimAsync(id, TimeSpan.FromMinutes(5), CancellationToken.None);
        again.Outcome.Should().Be(OfferClaimOutcome.AlreadySaved);
        again.File!.By.Should().Be("张伟");
        again.File.At.Should().Be(_clock.GetUtcNow());
    }

    [Fact]
    public async Task AClaimGivenBack_OrLeftByADeadInstance_CanBeClaimedAgain()
    {
        await OpenAsync();
        var id = await _store.OfferAsync("a.ics", File, "c", CancellationToken.None);
        (await _store.ClaimAsync(id, TimeSpan.FromMinutes(5), CancellationToken.None)).Outcome.Should().Be(OfferClaimOutcome.Claimed);
        await _store.ReleaseAsync(id, CancellationToken.None);
        (await _otherInstance.ClaimAsync(id, TimeSpan.FromMinutes(5), CancellationToken.None)).Outcome.Should().Be(OfferClaimOutcome.Claimed);

        _clock.Advance(TimeSpan.FromMinutes(6));
        (await _store.ClaimAsync(id, TimeSpan.FromMinutes(5), CancellationToken.None)).Outcome.Should().Be(OfferClaimOutcome.Claimed, "the other claim is stale");
    }

    [Fact]
    public async Task AnOffer_ExpiresAfterADay_AndAnUnknownOrMalformedIdIsUnknown()
    {
        await OpenAsync();
        var id = await _store.OfferAsync("a.ics", File, "c", CancellationToken.None);
        _clock.Advance(EntityOfferedFileStore.OfferFor);

        (await _store.ClaimAsync(id, TimeSpan.FromMinutes(5), CancellationToken.None)).Outcome.Should().Be(OfferClaimOutcome.Expired);
        (await _store.ClaimAsync("AAAAAAAAAAAAAAAAAAAAAA", TimeSpan.FromMinutes(5), CancellationToken.None)).Outcome.Should().Be(OfferClaimOutcome.Unknown);
        (await _store.ClaimAsync("../|head", TimeSpan.FromMinutes(5), CancellationToken.None)).Outcome.Should().Be(OfferClaimOutcome.Unknown);
    }

    [Fact]
    public async Task ADecline_LeavesASavedFileSaved()
    {
        await OpenAsync();
        var id = await _store.OfferAsync("a.ics", File, "c", CancellationToken.None);
        await _store.ClaimAsync(id, TimeSpan.FromMinutes(5), CancellationToken.None);
        await _store.SavedAsync(id, "张伟", CancellationToken.None);

        await _store.DeclinedAsync(id, "张伟", CancellationToken.None);

        (await _store.FindAsync(id, CancellationToken.None))!.State.Should().Be(OfferState.Saved);
    }

    [Fact]
    public async Task TheBytesOfAnExpiredOffer_AreSweptAfterItsDay_ItsAnswerAfterAWeek()
    {
        await OpenAsync();
        var old = await _store.OfferAsync("a.ics", File, "c", CancellationToken.None);
        _clock.Advance(TimeSpan.FromDays(1));
        await _store.OfferAsync("b.ics", File, "c", CancellationToken.None);

        (await _table.QueryAsync("|offered-file|" + old, ["c"])).Should().BeEmpty("no one can accept it any more");
        (await _store.ClaimAsync(old, TimeSpan.FromMinutes(5), CancellationToken.None)).Outcome.Should().Be(OfferClaimOutcome.Expired, "a late press still hears why");

        _clock.Advance(TimeSpan.FromDays(7));
        await _store.OfferAsync("c.ics", File, "c", CancellationToken.None);
        (await _store.FindAsync(old, CancellationToken.None)).Should().BeNull();
    }
}
