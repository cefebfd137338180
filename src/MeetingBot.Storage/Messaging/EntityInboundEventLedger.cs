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
/// but a key must never depend on what a caller sends.
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
        if (row is null) return false; // never deleted; treat a vanished row as taken rather than handle twice
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

    private static (string Partition, string Key) Keys(string channel, string eventId)
    {
        ArgumentException.ThrowIfNullOrEmpty(channel);
        ArgumentException.ThrowIfNullOrEmpty(eventId);
        if (channel.Contains('|')) throw new ArgumentException("A channel id has no '|'.", nameof(channel));
        return ($"|inbound|{channel}", "e|" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(eventId))));
    }

    private sealed record InboundRow(string EventId, DateTimeOffset TakenAt, DateTimeOffset? CompletedAt);
}
