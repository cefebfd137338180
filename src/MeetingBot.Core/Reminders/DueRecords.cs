using MeetingBot.Core.Domain.Reminders;

namespace MeetingBot.Core.Reminders;

/// <summary>
/// The ledger's records of the reminders a look finds due (within the look-back), by reminder id: what decides
/// which are fresh, which wait for a retry and which are done. A few are read one by one, each a point read, rather
/// than the joint meeting's whole ledger: that grows with every reminder it was ever sent, and is a query, which a
/// store that answers one request at a time (Azurite) makes everyone behind it wait for.
/// </summary>
internal static class DueRecords
{
    /// <summary>Beyond this many due reminders (a catch-up after days down) one query of the whole ledger costs less.</summary>
    public const int PointReadsAtMost = 32;

    public static async Task<Dictionary<string, ReminderRecord>> ReadAsync(IReminderLedger ledger, string jointMeetingId,
        IReadOnlyList<DueReminder> due, CancellationToken cancellationToken)
    {
        var keys = due.Select(d => d.Key).DistinctBy(k => k.Id, StringComparer.Ordinal).ToList();
        var records = keys.Count > PointReadsAtMost
            ? await ledger.ListAsync(jointMeetingId, cancellationToken)
            : (await Task.WhenAll(keys.Select(key => ledger.FindAsync(key, cancellationToken)))).OfType<ReminderRecord>().ToList();
        return records.ToDictionary(r => r.Key.Id, StringComparer.Ordinal);
    }
}
