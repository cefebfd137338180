using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Policy.Files;
using MeetingBot.Storage.Entities;
using MeetingBot.Storage.JointMeetings;
using static MeetingBot.Storage.PolicyFiles.PolicyFileRows;

namespace MeetingBot.Storage.PolicyFiles;

/// <summary>
/// The policy files on any <see cref="IEntityTable"/> engine (layout in <see cref="PolicyFileRows"/>), so that every
/// instance of the bot sees the same ones: a preview shown by one instance is confirmed on another, and a document
/// kept by one is loaded by all. A held file is taken by deleting its head row with the ETag it was read with: of
/// two confirmations at once, on any instances, one gets the file. Held files expire after <see cref="HoldFor"/>.
/// </summary>
public sealed partial class EntityPolicyFileStore(IEntityTable table, TimeProvider clock) : IPolicyFileStore
{
    public static readonly TimeSpan HoldFor = TimeSpan.FromDays(1);
    private const int KeepTries = 5;

    public async Task<HeldPolicyFile> HoldAsync(string fileName, byte[] content, string holder, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await SweepAsync(now, cancellationToken);
        var file = new HeldPolicyFile(PolicyFileHash.Held(holder, content), fileName, content);
        await WriteHeldAsync(file, now, cancellationToken);
        return file;
    }

    public Task RestoreAsync(HeldPolicyFile file, CancellationToken cancellationToken) => WriteHeldAsync(file, clock.GetUtcNow(), cancellationToken);

    // The bytes first, then the head that makes them a held file, then the index row the sweep finds it by.
    private async Task WriteHeldAsync(HeldPolicyFile file, DateTimeOffset heldAt, CancellationToken cancellationToken)
    {
        var partition = HeldPartition(file.Key);
        await FileChunks.WriteAsync(table, partition, "", file.Content, cancellationToken);
        await table.SubmitAsync(partition, [EntityWrite.Upsert(HeldHead, StateJson.Write(new Held(file.FileName, heldAt, file.Content.Length, FileChunks.Count(file.Content.Length), file.ContentHash)))], cancellationToken);
        await table.SubmitAsync(IndexPartition, [EntityWrite.Upsert(HeldIndex(file.Key), StateJson.Write(new HeldIndexRow(heldAt)))], cancellationToken);
    }

    public async Task<HeldPolicyFile?> PeekAsync(string key, CancellationToken cancellationToken) =>
        await ReadHeldAsync(key, cancellationToken) is { } held ? held.File : null;

    public async Task<HeldPolicyFile?> TakeAsync(string key, CancellationToken cancellationToken)
    {
        if (await ReadHeldAsync(key, cancellationToken) is not { } held) return null;
        try { await table.SubmitAsync(HeldPartition(key), [EntityWrite.Delete(HeldHead, held.ETag)], cancellationToken); }
        catch (StoreConflictException) { return null; }
        await ForgetHeldAsync(key, cancellationToken);
        return held.File;
    }

    public async Task KeepAsync(string sourceName, byte[] content, CancellationToken cancellationToken)
    {
        var sha = PolicyFileHash.Of(content);
        var partition = KeptPartition(sourceName);
        for (var attempt = 1; ; attempt++)
        {
            var head = await table.GetAsync(partition, KeptHead, cancellationToken);
            var current = head is null ? null : StateJson.Read<Kept>(head.PartitionKey, head.RowKey, head.Body);
            if (current?.Sha == sha) break;
            // The bytes go under their hash: a concurrent keeper of other bytes cannot mix with them.
            await FileChunks.WriteAsync(table, partition, KeptChunkPrefix(sha), content, cancellationToken);
            var kept = new Kept(sha, (current?.Version ?? 0) + 1, content.Length, FileChunks.Count(content.Length), clock.GetUtcNow());
            var body = StateJson.Write(kept);
            try
            {
                await table.SubmitAsync(partition,
                [
                    head is null ? EntityWrite.Insert(KeptHead, body) : EntityWrite.Replace(KeptHead, body, head.ETag),
                    EntityWrite.Insert(KeptVersion(kept.Version), body),
                ], cancellationToken);
                break;
            }
            catch (StoreConflictException) when (attempt < KeepTries)
            {
                // Another instance kept a version meanwhile: this one goes after it.
            }
        }
        await IndexKeptAsync(sourceName, cancellationToken);
    }

    // The index follows the head (another partition, so not in the same batch): a keeper stopped in between
    // leaves it a version behind, which the next keep of that name or a reader of the head puts right.
    private async Task IndexKeptAsync(string sourceName, CancellationToken cancellationToken)
    {
        var latest = await table.GetAsync(KeptPartition(sourceName), KeptHead, cancellationToken);
        var now = StateJson.Read<Kept>(latest!.PartitionKey, latest.RowKey, latest.Body);
        await table.SubmitAsync(IndexPartition, [EntityWrite.Upsert(KeptIndex(sourceName), StateJson.Write(new KeptIndexRow(now.Sha, now.Version)))], cancellationToken);
    }

    public async Task<bool> ClashesAsync(string sourceName, byte[] content, CancellationToken cancellationToken) =>
        await table.GetAsync(KeptPartition(sourceName), KeptHead, cancellationToken) is { } head
        && StateJson.Read<Kept>(head.PartitionKey, head.RowKey, head.Body).Sha != PolicyFileHash.Of(content);

    public async Task<IReadOnlyList<KeptPolicyFile>> ListKeptAsync(CancellationToken cancellationToken) =>
        [.. (await table.QueryAsync(IndexPartition, [KeptIndexPrefix], cancellationToken)).Select(row =>
        {
            var index = StateJson.Read<KeptIndexRow>(row.PartitionKey, row.RowKey, row.Body);
            return new KeptPolicyFile(row.RowKey[KeptIndexPrefix.Length..], index.Sha, index.Version);
        })];

    public async Task<byte[]?> ReadKeptAsync(string sourceName, CancellationToken cancellationToken)
    {
        var partition = KeptPartition(sourceName);
        if (await table.GetAsync(partition, KeptHead, cancellationToken) is not { } head) return null;
        var kept = StateJson.Read<Kept>(head.PartitionKey, head.RowKey, head.Body);
        return await FileChunks.ReadAsync(table, partition, KeptChunkPrefix(kept.Sha), kept.Length, kept.Chunks, kept.Sha, cancellationToken);
    }

    /// <summary>Every version kept of that name, oldest first (none are ever deleted).</summary>
    public async Task<IReadOnlyList<KeptPolicyFile>> VersionsAsync(string sourceName, CancellationToken cancellationToken) =>
        [.. (await table.QueryAsync(KeptPartition(sourceName), ["v"], cancellationToken)).Select(row =>
        {
            var kept = StateJson.Read<Kept>(row.PartitionKey, row.RowKey, row.Body);
            return new KeptPolicyFile(sourceName, kept.Sha, kept.Version);
        })];

    /// <summary>Removes the held files older than <see cref="HoldFor"/>: previews nobody confirmed are not kept for ever.</summary>
    public async Task<int> SweepAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var swept = 0;
        foreach (var row in await table.QueryAsync(IndexPartition, [HeldIndexPrefix], cancellationToken))
        {
            if (now - StateJson.Read<HeldIndexRow>(row.PartitionKey, row.RowKey, row.Body).HeldAt <= HoldFor) continue;
            var key = row.RowKey[HeldIndexPrefix.Length..];
            // Held again since the index row was read? Then its head is recent: leave it.
            if (await table.GetAsync(HeldPartition(key), HeldHead, cancellationToken) is { } head
                && now - StateJson.Read<Held>(head.PartitionKey, head.RowKey, head.Body).HeldAt <= HoldFor) continue;
            await ForgetHeldAsync(key, cancellationToken);
            swept++;
        }
        return swept;
    }

    private async Task<(HeldPolicyFile File, string ETag)?> ReadHeldAsync(string key, CancellationToken cancellationToken)
    {
        if (key.Length != 64 || !key.All(char.IsAsciiHexDigitLower)) return null;
        var partition = HeldPartition(key);
        if (await table.GetAsync(partition, HeldHead, cancellationToken) is not { } row) return null;
        var held = StateJson.Read<Held>(row.PartitionKey, row.RowKey, row.Body);
        if (clock.GetUtcNow() - held.HeldAt > HoldFor) return null;
        // Held before keys were per sender, a file's key was its content's hash.
        var content = await FileChunks.ReadAsync(table, partition, "", held.Length, held.Chunks, held.Sha ?? key, cancellationToken);
        return content is null ? null : (new HeldPolicyFile(key, held.FileName, content), row.ETag);
    }

    private async Task ForgetHeldAsync(string key, CancellationToken cancellationToken)
    {
        await FileChunks.DeleteAsync(table, HeldPartition(key), "", cancellationToken);
        try { await table.SubmitAsync(IndexPartition, [EntityWrite.Delete(HeldIndex(key))], cancellationToken); }
        catch (StoreConflictException) { }
    }
}
