using MeetingBot.Storage.Entities;

namespace MeetingBot.Storage.JointMeetings;

/// <summary>
/// One row (<see cref="RowKey"/>) holding a copy of a joint meeting's working-state rows as a load's query read them,
/// keys, bodies and ETags, so that the next load is one point read instead of a query of the partition. Why: a
/// reminder sweep loads every joint meeting that falls due, and a turn loads its joint meeting; on Azure Tables a
/// point read is the cheapest request there is, and on Azurite, which filters its whole table in memory for every
/// query, it is the difference between milliseconds and a scan of the store.
/// <para>
/// Never newer or older than the rows: every batch that writes a working-state row also writes this row as
/// <see cref="Stale"/> (the store's saves, the join-request migration), so a copy that is not stale was written after
/// the last change. A load that finds it stale (or missing) queries the rows and writes them here under the ETag it
/// read the stale row with, before its query: a change that landed since makes that write fail, and the copy stays stale.
/// </para>
/// Copies are trusted only where no instance of a version before them can still be saving (<see cref="CopyTrust"/>):
/// such an instance changes rows without marking the copy stale.
/// </summary>
internal static class WorkingCopy
{
    public const string RowKey = "copy";

    private const string StaleBody = "{}";

    /// <summary>The write every batch that changes a working-state row carries.</summary>
    public static EntityWrite Stale { get; } = EntityWrite.Upsert(RowKey, StaleBody);

    /// <summary>The rows the copy holds, or null when it is stale (or not a copy this version can read).</summary>
    public static IReadOnlyList<EntityRow>? Read(EntityRow copy)
    {
        if (copy.Body == StaleBody) return null;
        try
        {
            var stored = StateJson.Read<Stored>(copy.PartitionKey, copy.RowKey, copy.Body);
            if (stored?.Rows is not { } rows || stored.Version != Version || !rows.Any(r => r.K == RowKeys.JointMeeting)) return null;
            return [.. rows.Select(r => new EntityRow(copy.PartitionKey, r.K, r.B, r.E))];
        }
        catch (InvalidDataException)
        {
            return null; // unreadable: the load queries, as for a stale copy, and writes a good one
        }
    }

    /// <summary>The write that puts <paramref name="rows"/> in the copy, on the copy row as read before they were queried; null when they do not fit in one row.</summary>
    public static EntityWrite? Refresh(IReadOnlyList<EntityRow> rows, EntityRow? readBefore)
    {
        var body = StateJson.Write(new Stored(Version, [.. rows.Select(r => new StoredRow(r.RowKey, r.ETag, r.Body))]));
        // A copy that would not fit (a joint meeting of many years of reports) is not written: its loads stay queries.
        if (body.Length > EntityLimits.MaxBodyLength || EntityLimits.RequestBytes(body) > EntityLimits.MaxBatchBodyBytes) return null;
        return readBefore is null ? EntityWrite.Insert(RowKey, body) : EntityWrite.Replace(RowKey, body, readBefore.ETag);
    }

    // The copy's own format: a version that reads working state differently starts from 2 and ignores copies of 1.
    private const int Version = 1;

    private sealed record Stored(int Version, List<StoredRow> Rows);

    private sealed record StoredRow(string K, string E, string B);
}
