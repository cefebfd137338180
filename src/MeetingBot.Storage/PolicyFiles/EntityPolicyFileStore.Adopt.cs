using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Policy.Files;
using MeetingBot.Storage.Entities;
using MeetingBot.Storage.JointMeetings;
using static MeetingBot.Storage.PolicyFiles.PolicyFileRows;

namespace MeetingBot.Storage.PolicyFiles;

/// <summary>A version of a document found outside the store (an earlier version of the bot kept it on the host's disk), with when it was kept.</summary>
public sealed record FoundPolicyFile(byte[] Content, DateTimeOffset KeptAt);

// Files an earlier version of the bot left on the host's disk, taken into the store once (see PolicyFolderMigration).
public sealed partial class EntityPolicyFileStore
{
    /// <summary>
    /// Takes found versions of a document into the store: those whose content the store has already are left alone
    /// (so running it again, or on several instances at once, adds nothing twice); the others become versions after
    /// the stored ones, and the newest of all, by when each was kept, is the current one. All of one name go in one
    /// atomic change conditioned on the head as read: of several instances adopting at once, one writes, the others
    /// find everything there when they look again. Returns how many versions were added.
    /// </summary>
    public async Task<int> AdoptKeptAsync(string sourceName, IReadOnlyList<FoundPolicyFile> found, CancellationToken cancellationToken)
    {
        var partition = KeptPartition(sourceName);
        for (var attempt = 1; ; attempt++)
        {
            var rows = await table.QueryAsync(partition, ["v", KeptHead], cancellationToken);
            var head = rows.FirstOrDefault(r => r.RowKey == KeptHead);
            var current = head is null ? null : StateJson.Read<Kept>(head.PartitionKey, head.RowKey, head.Body);
            var stored = rows.Where(r => r.RowKey.StartsWith('v')).Select(r => StateJson.Read<Kept>(r.PartitionKey, r.RowKey, r.Body)).ToList();
            var missing = found.Select(f => (File: f, Sha: PolicyFileHash.Of(f.Content)))
                .Where(f => stored.All(s => s.Sha != f.Sha) && current?.Sha != f.Sha)
                .DistinctBy(f => f.Sha).OrderBy(f => f.File.KeptAt).ToList();
            if (missing.Count == 0)
            {
                if (current is not null) await IndexKeptAsync(sourceName, cancellationToken);
                return 0;
            }
            if (missing.Count >= EntityLimits.MaxWritesPerBatch)
                throw new InvalidOperationException($"{missing.Count} versions of {sourceName} do not fit one atomic change; adopt the newest {EntityLimits.MaxWritesPerBatch - 1}.");
            foreach (var (file, sha) in missing)
                await FileChunks.WriteAsync(table, partition, KeptChunkPrefix(sha), file.Content, cancellationToken);
            var next = Math.Max(current?.Version ?? 0, stored.Select(s => s.Version).DefaultIfEmpty(0).Max()) + 1;
            var versions = missing.Select((f, i) => new Kept(f.Sha, next + i, f.File.Content.Length, FileChunks.Count(f.File.Content.Length), f.File.KeptAt)).ToList();
            // The store's current version stays current unless a found one was kept after it.
            var newest = versions[^1];
            var head2 = current is null || newest.KeptAt > current.KeptAt ? newest : current;
            var writes = versions.Select(v => EntityWrite.Insert(KeptVersion(v.Version), StateJson.Write(v))).ToList();
            writes.Add(head is null ? EntityWrite.Insert(KeptHead, StateJson.Write(head2)) : EntityWrite.Replace(KeptHead, StateJson.Write(head2), head.ETag));
            try
            {
                await table.SubmitAsync(partition, writes, cancellationToken);
                await IndexKeptAsync(sourceName, cancellationToken);
                return versions.Count;
            }
            catch (StoreConflictException) when (attempt < KeepTries)
            {
                // Another instance adopted or kept meanwhile: look again.
            }
        }
    }

    /// <summary>
    /// Holds a found preview file under its own key, held since <paramref name="heldAt"/> (so it expires when it would
    /// have): false when it has expired already or the store holds that key already (it is not rewritten).
    /// </summary>
    public async Task<bool> AdoptHeldAsync(string fileName, byte[] content, DateTimeOffset heldAt, CancellationToken cancellationToken)
    {
        if (clock.GetUtcNow() - heldAt > HoldFor) return false;
        var key = PolicyFileHash.Of(content);
        var partition = HeldPartition(key);
        if (await table.GetAsync(partition, HeldHead, cancellationToken) is not null) return false;
        await FileChunks.WriteAsync(table, partition, "", content, cancellationToken);
        try { await table.SubmitAsync(partition, [EntityWrite.Insert(HeldHead, StateJson.Write(new Held(fileName, heldAt, content.Length, FileChunks.Count(content.Length))))], cancellationToken); }
        catch (StoreConflictException) { return false; }
        await table.SubmitAsync(IndexPartition, [EntityWrite.Upsert(HeldIndex(key), StateJson.Write(new HeldIndexRow(heldAt)))], cancellationToken);
        return true;
    }
}
