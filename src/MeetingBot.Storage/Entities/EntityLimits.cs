using MeetingBot.Core.Domain.Persistence;
namespace MeetingBot.Storage.Entities;

/// <summary>
/// The limits both engines enforce, so that what the embedded store accepts Azure Table Storage accepts too.
/// They come from Azure's: an entity of at most 1 MiB (strings count two bytes a character), keys of at most
/// 1 KiB, at most 100 operations and 4 MiB in one entity-group transaction.
/// </summary>
public static class EntityLimits
{
    /// <summary>Characters of a partition or row key, before escaping: escaped (at most 3×) it stays within Azure's 1 KiB of UTF-16.</summary>
    public const int MaxKeyLength = 160;

    /// <summary>Characters of a row's JSON body: 400,000 UTF-16 characters stay well inside Azure's 1 MiB per entity.</summary>
    public const int MaxBodyLength = 400_000;

    /// <summary>Writes in one atomic batch (Azure: 100 operations per transaction).</summary>
    public const int MaxWritesPerBatch = 100;

    /// <summary>
    /// Bytes of all bodies of one batch as <see cref="RequestBytes"/> counts them (Azure: 4 MiB per transaction
    /// request; the rest is room for keys and the multipart envelope of 100 writes).
    /// </summary>
    public const int MaxBatchBodyBytes = 3_500_000;

    /// <summary>
    /// What a body weighs in Azure's request: the SDK's JSON writes every non-ASCII character (so all Chinese)
    /// and each of " ' &lt; &gt; &amp; + ` \ and the controls as a six-byte \uXXXX escape; the rest is one byte a character.
    /// </summary>
    public static long RequestBytes(string body)
    {
        long bytes = 0;
        foreach (var c in body)
            bytes += c is >= ' ' and <= '~' and not ('"' or '\'' or '<' or '>' or '&' or '+' or '`' or '\\') ? 1 : 6;
        return bytes;
    }

    public static void CheckKey(string key, string what)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length == 0)
            throw new StoreLimitException($"The {what} is empty.");
        // Escaping can triple a key's length (one character becomes %XX), so the limit is on the raw key.
        if (key.Length > MaxKeyLength)
            throw new StoreLimitException($"The {what} has {key.Length} characters; at most {MaxKeyLength} are allowed.");
        CheckText(key, what);
    }

    /// <summary>Prefixes of a query: any text (also empty, meaning the whole partition), but valid UTF-16.</summary>
    public static void CheckPrefixes(IReadOnlyList<string> prefixes)
    {
        ArgumentNullException.ThrowIfNull(prefixes);
        foreach (var prefix in prefixes)
        {
            ArgumentNullException.ThrowIfNull(prefix, nameof(prefixes));
            CheckText(prefix, "row key prefix");
        }
    }

    // A lone surrogate is not text: SQLite would store it as U+FFFD and Azure reject it, so no engine takes it.
    private static void CheckText(string text, string what)
    {
        if (!IsValidUtf16(text))
            throw new StoreLimitException($"The {what} is not valid Unicode text (it holds a lone surrogate).");
    }

    private static bool IsValidUtf16(string text)
    {
        var span = text.AsSpan();
        var i = span.IndexOfAnyInRange('\uD800', '\uDFFF');
        while (i >= 0 && i < span.Length)
        {
            if (!char.IsHighSurrogate(span[i]) || i + 1 == span.Length || !char.IsLowSurrogate(span[i + 1]))
                return false;
            var next = span[(i + 2)..].IndexOfAnyInRange('\uD800', '\uDFFF');
            i = next < 0 ? -1 : i + 2 + next;
        }
        return true;
    }

    public static void CheckBatch(string partitionKey, IReadOnlyList<EntityWrite> writes)
    {
        CheckKey(partitionKey, "partition key");
        if (writes.Count == 0)
            throw new StoreLimitException("A batch needs at least one write.");
        if (writes.Count > MaxWritesPerBatch)
            throw new StoreLimitException($"A batch has {writes.Count} writes; at most {MaxWritesPerBatch} are allowed in one atomic change.");

        long bytes = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < writes.Count; i++)
        {
            var write = writes[i];
            CheckKey(write.RowKey, "row key");
            if (!seen.Add(write.RowKey))
                throw new StoreLimitException($"A batch writes row '{write.RowKey}' twice; one atomic change touches each row once.");
            if (write.Kind is EntityWriteKind.Insert or EntityWriteKind.Replace or EntityWriteKind.Upsert)
            {
                if (write.Body is null)
                    throw new ArgumentException($"Write {i} ({write.Kind}) has no body.", nameof(writes));
                if (write.Body.Length > MaxBodyLength)
                    throw new StoreLimitException($"Row '{write.RowKey}' has {write.Body.Length:N0} characters; at most {MaxBodyLength:N0} fit in one stored entity.");
                CheckText(write.Body, $"body of row '{write.RowKey}'");
                bytes += RequestBytes(write.Body);
            }
            if (write.Kind == EntityWriteKind.Replace && string.IsNullOrEmpty(write.IfMatch))
                throw new ArgumentException($"Write {i} replaces row '{write.RowKey}' without the ETag it was read with.", nameof(writes));
        }
        if (bytes > MaxBatchBodyBytes)
            throw new StoreLimitException($"A batch carries {bytes:N0} bytes; at most {MaxBatchBodyBytes:N0} fit in one atomic change.");
    }
}
