using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Messaging;
using MeetingBot.Storage.Entities;
using MeetingBot.Storage.JointMeetings;

namespace MeetingBot.Storage.Messaging;

/// <summary>
/// The undelivered-message log on any <see cref="IEntityTable"/> engine: one row per entry in one partition,
/// keyed by when this log recorded it (see <see cref="MessagingKeys"/>), so entries come back in the order they
/// were recorded and a new entry never lands on an old one. "Since" compares that recording time, this log's
/// clock, not the message's own <see cref="UndeliveredMessage.At"/>.
/// </summary>
public sealed class EntityUndeliveredMessageLog(IEntityTable table, TimeProvider clock) : IUndeliveredMessageLog
{
    private const int InsertTries = 3;

    /// <summary>
    /// How far ahead of this log's clock a listing looks: another instance whose clock runs ahead may have recorded
    /// entries "in the future". Entries of a clock more than this ahead are listed once this clock catches up.
    /// </summary>
    public static readonly TimeSpan ClockSkewAllowance = TimeSpan.FromDays(1);

    public async Task RecordAsync(UndeliveredMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var recordedAt = clock.GetUtcNow();
        var body = UndeliveredBody.Write(message, recordedAt);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                // Insert, never upsert: should a key ever be taken, the entry goes again under a fresh one.
                await table.SubmitAsync(MessagingKeys.UndeliveredPartition,
                    [EntityWrite.Insert(MessagingKeys.Undelivered(recordedAt), body)], cancellationToken);
                return;
            }
            catch (StoreConflictException) when (attempt < InsertTries)
            {
            }
        }
    }

    public async Task<IReadOnlyList<UndeliveredMessage>> ListAsync(DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        var until = Later(clock.GetUtcNow(), since);
        until = DateTimeOffset.MaxValue - until > ClockSkewAllowance ? until + ClockSkewAllowance : DateTimeOffset.MaxValue;
        var rows = await table.QueryAsync(MessagingKeys.UndeliveredPartition, MessagingKeys.UndeliveredBetween(since, until), cancellationToken);
        // The prefixes cover a little more than asked; rows come in key order, which is recording order.
        return [.. rows
            .Select(row => StateJson.Read<UndeliveredRow>(row.PartitionKey, row.RowKey, row.Body))
            .Where(entry => entry.RecordedAt >= since)
            .Select(entry => entry.ToMessage())];
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a >= b ? a : b;
}
