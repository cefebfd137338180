using System.Buffers.Text;
using System.Security.Cryptography;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Storage.Entities;
using MeetingBot.Storage.JointMeetings;

namespace MeetingBot.Storage.PolicyFiles;

/// <summary>
/// A file's bytes as rows of one partition: rows hold JSON text, so each holds up to <see cref="ChunkBytes"/> as
/// URL-safe base64 (262,144 ASCII characters: within an entity's 400,000, none of them escaped in Azure's request),
/// written ten rows a batch (2.6 MB, within a transaction's 3.5 MB).
/// </summary>
internal static class FileChunks
{
    public const int ChunkBytes = 192 * 1024;
    private const int RowsPerBatch = 10;

    public static int Count(int length) => Math.Max(1, (length + ChunkBytes - 1) / ChunkBytes);

    public static async Task WriteAsync(IEntityTable table, string partition, string prefix, byte[] content, CancellationToken cancellationToken)
    {
        var rows = Enumerable.Range(0, Count(content.Length))
            .Select(i => EntityWrite.Upsert(RowKey(prefix, i), StateJson.Write(new Chunk(Base64Url.EncodeToString(
                content.AsSpan(i * ChunkBytes, Math.Min(ChunkBytes, content.Length - i * ChunkBytes)))))))
            .ToList();
        foreach (var batch in rows.Chunk(RowsPerBatch))
            await table.SubmitAsync(partition, batch, cancellationToken);
    }

    /// <summary>The file, or null when a row is missing or its bytes are not the ones hashed (written halfway, or damaged).</summary>
    public static async Task<byte[]?> ReadAsync(IEntityTable table, string partition, string prefix, int length, int chunks, string sha, CancellationToken cancellationToken)
    {
        var rows = await table.QueryAsync(partition, [prefix + "c"], cancellationToken);
        if (rows.Count < chunks) return null;
        var content = new byte[length];
        var at = 0;
        for (var i = 0; i < chunks; i++)
        {
            var row = rows.FirstOrDefault(r => r.RowKey == RowKey(prefix, i));
            if (row is null) return null;
            var bytes = Base64Url.DecodeFromChars(StateJson.Read<Chunk>(row.PartitionKey, row.RowKey, row.Body).D);
            if (at + bytes.Length > length) return null;
            bytes.CopyTo(content, at);
            at += bytes.Length;
        }
        return at == length && Convert.ToHexStringLower(SHA256.HashData(content)) == sha ? content : null;
    }

    /// <summary>Deletes the rows of a partition that start with <paramref name="prefix"/>; rows gone meanwhile are no matter.</summary>
    public static async Task DeleteAsync(IEntityTable table, string partition, string prefix, CancellationToken cancellationToken)
    {
        var rows = await table.QueryAsync(partition, [prefix], cancellationToken);
        foreach (var batch in rows.Chunk(EntityLimits.MaxWritesPerBatch))
        {
            try { await table.SubmitAsync(partition, [.. batch.Select(r => EntityWrite.Delete(r.RowKey))], cancellationToken); }
            catch (StoreConflictException)
            {
                // Another instance cleared some of them at the same time: one by one, the rest.
                foreach (var row in batch)
                    try { await table.SubmitAsync(partition, [EntityWrite.Delete(row.RowKey)], cancellationToken); }
                    catch (StoreConflictException) { }
            }
        }
    }

    private static string RowKey(string prefix, int index) => $"{prefix}c{index:D5}";

    private sealed record Chunk(string D);
}
