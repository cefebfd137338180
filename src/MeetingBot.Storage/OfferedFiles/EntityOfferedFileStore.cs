using System.Buffers.Text;
using System.Security.Cryptography;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Messaging.OfferedFiles;
using MeetingBot.Storage.Entities;
using MeetingBot.Storage.JointMeetings;
using MeetingBot.Storage.PolicyFiles;

namespace MeetingBot.Storage.OfferedFiles;

/// <summary>
/// Offered files on any <see cref="IEntityTable"/> engine: a partition per offer ("|offered-file|{id}") holding its
/// head row and its bytes in chunks (<see cref="FileChunks"/>), and an index row per offer for the sweep. The state
/// changes are ETag-guarded replaces of the head, so one claim wins across instances. Offers expire after
/// <see cref="OfferFor"/> (their bytes are then swept); the head stays a week (so a late press hears when and by
/// whom it was saved, or that the offer expired).
/// </summary>
public sealed class EntityOfferedFileStore(IEntityTable table, TimeProvider clock) : IOfferedFileStore
{
    public static readonly TimeSpan OfferFor = TimeSpan.FromDays(1);
    private static readonly TimeSpan KeepAnswerFor = TimeSpan.FromDays(7);
    private const string Head = "head";
    private const string IndexPartition = "|offered-files";
    private const int SweepPerOffer = 50;

    public async Task<string> OfferAsync(string name, byte[] content, string holder, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await SweepAsync(now, cancellationToken);
        var id = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));
        var partition = Partition(id);
        // The bytes first, then the head that makes them an offer, then the index row the sweep finds it by.
        await FileChunks.WriteAsync(table, partition, "", content, cancellationToken);
        var head = new HeadRow(name, content.Length, FileChunks.Count(content.Length), Convert.ToHexStringLower(SHA256.HashData(content)), holder, now + OfferFor, OfferState.Offered, null, null, null);
        await table.SubmitAsync(partition, [EntityWrite.Insert(Head, StateJson.Write(head))], cancellationToken);
        await table.SubmitAsync(IndexPartition, [EntityWrite.Upsert(id, StateJson.Write(new IndexRow(now + KeepAnswerFor, now + OfferFor)))], cancellationToken);
        return id;
    }

    public async Task<OfferedFile?> FindAsync(string id, CancellationToken cancellationToken) =>
        await ReadAsync(id, cancellationToken) is { } read ? read.Head.ToFile(id) : null;

    public async Task<OfferClaim> ClaimAsync(string id, TimeSpan staleAfter, CancellationToken cancellationToken)
    {
        if (await ReadAsync(id, cancellationToken) is not { } read) return new(OfferClaimOutcome.Unknown);
        var (head, etag) = read;
        var now = clock.GetUtcNow();
        var file = head.ToFile(id);
        if (head.State == OfferState.Saved) return new(OfferClaimOutcome.AlreadySaved, file);
        if (file.ExpiredAt(now)) return new(OfferClaimOutcome.Expired, file);
        if (head.State == OfferState.Uploading && now - head.ClaimedAt < staleAfter) return new(OfferClaimOutcome.Busy, file);
        var content = await FileChunks.ReadAsync(table, Partition(id), "", head.Length, head.Chunks, head.Sha, cancellationToken);
        if (content is null) return new(OfferClaimOutcome.Unknown);
        try
        {
            await table.SubmitAsync(Partition(id), [EntityWrite.Replace(Head, StateJson.Write(head with { State = OfferState.Uploading, ClaimedAt = now }), etag)], cancellationToken);
        }
        catch (StoreConflictException)
        {
            // Another press (here or on another instance) claimed it first: say what it made of it.
            return await FindAsync(id, cancellationToken) is { State: OfferState.Saved } saved ? new(OfferClaimOutcome.AlreadySaved, saved) : new(OfferClaimOutcome.Busy, file);
        }
        return new(OfferClaimOutcome.Claimed, file, content);
    }

    public async Task SavedAsync(string id, string savedBy, CancellationToken cancellationToken)
    {
        await ChangeAsync(id, h => h with { State = OfferState.Saved, By = savedBy, At = clock.GetUtcNow() }, cancellationToken);
        await FileChunks.DeleteAsync(table, Partition(id), "c", cancellationToken);
    }

    public Task ReleaseAsync(string id, CancellationToken cancellationToken) =>
        ChangeAsync(id, h => h.State == OfferState.Uploading ? h with { State = OfferState.Offered, ClaimedAt = null } : null, cancellationToken);

    public Task DeclinedAsync(string id, string declinedBy, CancellationToken cancellationToken) =>
        ChangeAsync(id, h => h.State == OfferState.Offered ? h with { State = OfferState.Declined, By = declinedBy, At = clock.GetUtcNow() } : null, cancellationToken);

    // Read, change, replace on the ETag; a change that lost a race is tried again on what won.
    private async Task ChangeAsync(string id, Func<HeadRow, HeadRow?> change, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            if (await ReadAsync(id, cancellationToken) is not { } read || change(read.Head) is not { } changed) return;
            try
            {
                await table.SubmitAsync(Partition(id), [EntityWrite.Replace(Head, StateJson.Write(changed), read.ETag)], cancellationToken);
                return;
            }
            catch (StoreConflictException) { }
        }
    }

    private async Task<(HeadRow Head, string ETag)?> ReadAsync(string id, CancellationToken cancellationToken)
    {
        if (id.Length is 0 or > 64 || !Base64Url.IsValid(id)) return null;
        var row = await table.GetAsync(Partition(id), Head, cancellationToken);
        return row is null ? null : (StateJson.Read<HeadRow>(row.PartitionKey, row.RowKey, row.Body), row.ETag);
    }

    // A few at each new offer: the bytes of offers past their day (no one can accept them any more), and whole
    // offers past keeping (their bytes, head and index row).
    private async Task SweepAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var index = await table.QueryAsync(IndexPartition, [""], cancellationToken);
        var due = index.Select(r => (Row: r, Index: StateJson.Read<IndexRow>(r.PartitionKey, r.RowKey, r.Body)))
            .Where(r => r.Index.DropAt <= now || r.Index.BytesUntil <= now).Take(SweepPerOffer);
        foreach (var (row, entry) in due)
        {
            var whole = entry.DropAt <= now;
            await FileChunks.DeleteAsync(table, Partition(row.RowKey), whole ? "" : "c", cancellationToken);
            var write = whole ? EntityWrite.Delete(row.RowKey, row.ETag) : EntityWrite.Replace(row.RowKey, StateJson.Write(entry with { BytesUntil = null }), row.ETag);
            try { await table.SubmitAsync(IndexPartition, [write], cancellationToken); }
            catch (StoreConflictException) { }
        }
    }

    private static string Partition(string id) => "|offered-file|" + id;

    private sealed record HeadRow(string Name, int Length, int Chunks, string Sha, string Holder, DateTimeOffset ExpiresAt, OfferState State, DateTimeOffset? ClaimedAt, string? By, DateTimeOffset? At)
    {
        public OfferedFile ToFile(string id) => new(id, Name, Length, Holder, ExpiresAt, State, By, At);
    }

    /// <param name="BytesUntil">When the bytes go (the offer's expiry); null once they have.</param>
    private sealed record IndexRow(DateTimeOffset DropAt, DateTimeOffset? BytesUntil);
}
