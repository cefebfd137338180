using System.Security.Cryptography;
using System.Text;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Messaging;
using MeetingBot.Storage.Entities;
using MeetingBot.Storage.JointMeetings;

namespace MeetingBot.Storage.Messaging;

/// <summary>
/// Inbound events taken, on any <see cref="IEntityTable"/> engine:
/// <code>
/// partition            row key
/// |inbound|{channel}   e|{sha256 of the event id, hex}
/// </code>
/// Taking an event is an insert, so of two instances that get the same redelivery exactly one wins; a take-over of an
/// unfinished one is a replace on its ETag, so exactly one takes over too. The id is hashed: Slack's ids are short,
/// but a key must never depend on what a caller sends. Expiry reads the channel's one partition (what is left of it:
/// only the rows of the retention window) and deletes the old rows on their ETags, so a row taken over or completed
/// meanwhile stays, and a take-over racing a delete loses (its replace finds no row) rather than handle twice.
/// </summary>
public sealed class EntityInboundEventLedger(IEntityTable table) : IInboundEventLedger
{
    public async Task<bool> TryBeginAsync(string channel, string eventId, DateTimeOffset now, TimeSpan takeOverAfter, CancellationToken cancellationToken = default)
    {
        var (partition, key) = Keys(channel, eventId);
        var taken = StateJson.Write(new InboundRow(eventId, now, null));
        try
        {
            await table.SubmitAsync(partition, [EntityWrite.Insert(key, taken)], cancellationToken);
            return true;
        }
        catch (StoreConflictException)
        {
        }

        var row = await table.GetAsync(partition, key, cancellationToken);
        if (row is null) return false; // expired just now, so handled long ago: taken, rather than handled twice
        var seen = StateJson.Read<InboundRow>(row.PartitionKey, row.RowKey, row.Body);
        if (seen.CompletedAt is not null || now - seen.TakenAt < takeOverAfter) return false;
        try
        {
            await table.SubmitAsync(partition, [EntityWrite.Replace(key, taken, row.ETag)], cancellationToken);
            return true;
        }
        catch (StoreConflictException)
        {
            return false;
        }
    }

    public async Task CompleteAsync(string channel, string eventId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var (partition, key) = Keys(channel, eventId);
        var row = await table.GetAsync(partition, key, cancellationToken);
        var takenAt = row is null ? now : StateJson.Read<InboundRow>(row.PartitionKey, row.RowKey, row.Body).TakenAt;
        await table.SubmitAsync(partition, [EntityWrite.Upsert(key, StateJson.Write(new InboundRow(eventId, takenAt, now)))], cancellationToken);
    }

    public async Task<int> ExpireAsync(string channel, DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        var partition = Partition(channel);
        var rows = await table.QueryAsync(partition, [EventPrefix], cancellationToken);
        var expired = rows.Where(row => StateJson.Read<InboundRow>(row.PartitionKey, row.RowKey, row.Body).LastTouched() < before).ToList();
        var deleted = 0;
        foreach (var batch in expired.Chunk(EntityLimits.MaxWritesPerBatch))
        {
            try
            {
                await table.SubmitAsync(partition, [.. batch.Select(row => EntityWrite.Delete(row.RowKey, row.ETag))], cancellationToken);
                deleted += batch.Length;
            }
            catch (StoreConflictException)
            {
                // One of them changed since it was read (taken over, or another instance expired it): one by one.
                foreach (var row in batch)
                {
                    try
                    {
                        await table.SubmitAsync(partition, [EntityWrite.Delete(row.RowKey, row.ETag)], cancellationToken);
                        deleted++;
                    }
                    catch (StoreConflictException)
                    {
                    }
                }
            }
        }
        return deleted;
    }

    private const string EventPrefix = "e|";

    private static (string Partition, string Key) Keys(string channel, string eventId)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventId);
        return (Partition(channel), EventPrefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(eventId))));
    }

    private static string Partition(string channel)
    {
        ArgumentException.ThrowIfNullOrEmpty(channel);
        if (channel.Contains('|')) throw new ArgumentException("A channel id has no '|'.", nameof(channel));
        return $"|inbound|{channel}";
    }

    private sealed record InboundRow(string EventId, DateTimeOffset TakenAt, DateTimeOffset? CompletedAt)
    {
        public DateTimeOffset LastTouched() => CompletedAt is { } completed && completed > TakenAt ? completed : TakenAt;
    }
}
