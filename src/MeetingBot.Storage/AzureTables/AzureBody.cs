using Azure.Data.Tables;

namespace MeetingBot.Storage.AzureTables;

/// <summary>
/// A row's JSON body as string properties Body0, Body1, … and their count in BodyParts: one Azure string
/// property holds at most 64 KiB (32 Ki UTF-16 characters), a body up to <see cref="Entities.EntityLimits.MaxBodyLength"/>.
/// </summary>
internal static class AzureBody
{
    public const int MaxPartLength = 30_000;
    public const string PartsProperty = "BodyParts";
    private const string PartPrefix = "Body";

    public static void Write(TableEntity entity, string body)
    {
        var parts = 0;
        var start = 0;
        do
        {
            var length = Math.Min(MaxPartLength, body.Length - start);
            // Never split a surrogate pair: each half alone is not text Azure will store.
            if (start + length < body.Length && char.IsHighSurrogate(body[start + length - 1]))
                length--;
            entity[PartPrefix + parts++] = body.Substring(start, length);
            start += length;
        }
        while (start < body.Length);
        entity[PartsProperty] = parts;
    }

    public static string Read(TableEntity entity)
    {
        var parts = entity.GetInt32(PartsProperty)
            ?? throw new InvalidDataException($"Row '{entity.PartitionKey}'/'{entity.RowKey}' has no {PartsProperty}: it was not written by this engine.");
        if (parts == 1)
            return entity.GetString(PartPrefix + 0) ?? "";
        var body = new System.Text.StringBuilder(parts * MaxPartLength);
        for (var i = 0; i < parts; i++)
            body.Append(entity.GetString(PartPrefix + i)
                ?? throw new InvalidDataException($"Row '{entity.PartitionKey}'/'{entity.RowKey}' lacks {PartPrefix}{i} of its {parts} parts."));
        return body.ToString();
    }
}
