using System.Globalization;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Storage.Entities;

namespace MeetingBot.Storage.JointMeetings;

/// <summary>
/// The rows of one hint partition (<see cref="LookupHints"/>): the joint meetings a person or a conversation is found
/// in. One row holds about 3,000 of the longest ids (a body is at most <see cref="EntityLimits.MaxBodyLength"/>); a provincial
/// liaison may be a contact of every county's joint meeting, so the set spills over further rows of the same partition:
/// <code>
/// ids        {"ids":{"{jointMeetingId}":{"at":…,"tag":…},…},"more":true}   the first row; "more" once a row beyond it exists
/// ids|001    {"ids":{…}}                                                    further rows, each filled up to the limit
/// </code>
/// A reader point-reads the first row (the common case: one request) and, only when it says "more", reads the whole
/// partition with one query (one request, an index seek on Azure). "more" is set before any further row is written and
/// never taken back, so a reader that sees no "more" has seen every row. A joint meeting never moves from the row it
/// was put in (a new tag is written where it is), so a reader reading the rows one after the other cannot miss one.
/// Each row is changed on its own ETag and read again after a conflict, as before. Two saves adding the same joint
/// meeting at once may each put it in a different row: readers take it once, a removal takes away every copy it read.
/// </summary>
internal static class HintRows
{
    /// <summary>The first row of a hint partition.</summary>
    public const string First = "ids";

    private const string SpillPrefix = "ids|";

    // What a row's body may hold; the rest of the engine's limit is left as a margin (a tag rewritten in place keeps
    // its length, so a row is never pushed over it by a later change).
    private const int Capacity = EntityLimits.MaxBodyLength - 4_000;

    // Enough for saves of many joint meetings naming one person at the same moment; beyond it the save fails, unharmed.
    private const int Attempts = 20;

    /// <summary>One row as read: its key, ETag and the joint meetings it names.</summary>
    public sealed record Row(string Key, string ETag, SortedDictionary<string, LookupHints.Hint> Ids, bool More);

    /// <summary>Every row of the partition: one point read, and one query of the partition when the first row says "more".</summary>
    public static async Task<IReadOnlyList<Row>> ReadAsync(IEntityTable table, string partition, CancellationToken cancellationToken)
    {
        var first = await table.GetAsync(partition, First, cancellationToken);
        if (first is null) return [];
        var row = Parse(first);
        if (!row.More) return [row];
        var all = await table.QueryAsync(partition, [First], cancellationToken);
        return [.. all.Where(r => r.RowKey == First || r.RowKey.StartsWith(SpillPrefix, StringComparison.Ordinal)).Select(Parse)];
    }

    /// <summary>Each joint meeting the partition names, with its hint (more than one when it was put in two rows at once).</summary>
    public static IEnumerable<(string Id, LookupHints.Hint Hint)> Entries(IReadOnlyList<Row> rows) =>
        rows.SelectMany(r => r.Ids.Select(e => (e.Key, e.Value)));

    /// <summary>
    /// Puts <paramref name="hints"/> in the partition: a joint meeting already named gets its new hint where it is
    /// (or is left as it is, with <paramref name="keepExisting"/>); the others go into the first row with room, or a new
    /// row. One write a step, each on its row's ETag; a conflict reads the rows again (at most <paramref name="attempts"/> times).
    /// </summary>
    public static async Task AddAsync(IEntityTable table, string partition, IReadOnlyDictionary<string, LookupHints.Hint> hints, bool keepExisting,
        CancellationToken cancellationToken, int attempts = Attempts)
    {
        var left = new Dictionary<string, LookupHints.Hint>(hints, StringComparer.Ordinal);
        for (var conflicts = 0; left.Count > 0;)
        {
            var rows = await ReadAsync(table, partition, cancellationToken);
            var (write, placed) = NextStep(rows, left, keepExisting);
            if (write is null)
            {
                foreach (var id in placed) left.Remove(id);
                continue;
            }
            try
            {
                await table.SubmitAsync(partition, [write], cancellationToken);
                foreach (var id in placed) left.Remove(id);
            }
            catch (StoreConflictException) when (++conflicts < attempts)
            {
                // Another save changed the row meanwhile: read the rows again.
            }
        }
    }

    /// <summary>
    /// Takes <paramref name="jointMeetingId"/> out of every row where its hint still has one of <paramref name="tags"/>
    /// (a copy written again since has a new tag and stays). An emptied further row is deleted; the first row only while
    /// no further row exists (its "more" is what makes readers look for them).
    /// </summary>
    public static async Task RemoveAsync(IEntityTable table, string partition, string jointMeetingId, IReadOnlySet<string> tags,
        CancellationToken cancellationToken, int attempts = Attempts)
    {
        for (var conflicts = 0; ;)
        {
            var rows = await ReadAsync(table, partition, cancellationToken);
            var holding = rows.FirstOrDefault(r => r.Ids.TryGetValue(jointMeetingId, out var hint) && tags.Contains(hint.Tag));
            if (holding is null) return;
            var ids = new SortedDictionary<string, LookupHints.Hint>(holding.Ids, StringComparer.Ordinal);
            ids.Remove(jointMeetingId);
            var write = ids.Count == 0 && (holding.Key != First || !holding.More)
                ? EntityWrite.Delete(holding.Key, holding.ETag)
                : EntityWrite.Replace(holding.Key, Body(ids, holding.More), holding.ETag);
            try
            {
                await table.SubmitAsync(partition, [write], cancellationToken);
            }
            catch (StoreConflictException) when (++conflicts < attempts)
            {
                // Changed meanwhile: read the rows again.
            }
        }
    }

    // The one write that brings the partition closer to naming every hint left, and the hints it places.
    private static (EntityWrite? Write, IReadOnlyList<string> Placed) NextStep(IReadOnlyList<Row> rows, Dictionary<string, LookupHints.Hint> left, bool keepExisting)
    {
        // Already named: a new hint where it is (never moved), or nothing to do.
        var named = left.Keys.Where(id => rows.Any(r => r.Ids.ContainsKey(id))).ToList();
        if (named.Count > 0 && keepExisting) return (null, named);
        if (named.Count > 0)
        {
            var row = rows.First(r => r.Ids.ContainsKey(named[0]));
            var ids = new SortedDictionary<string, LookupHints.Hint>(row.Ids, StringComparer.Ordinal);
            var here = named.Where(row.Ids.ContainsKey).ToList();
            foreach (var id in here) ids[id] = left[id];
            return (EntityWrite.Replace(row.Key, Body(ids, row.More), row.ETag), here);
        }
        if (rows.Count == 0)
        {
            var (ids, placed) = Fill(new SortedDictionary<string, LookupHints.Hint>(StringComparer.Ordinal), left);
            return (EntityWrite.Insert(First, Body(ids, more: false)), placed);
        }
        foreach (var row in rows)
        {
            var (ids, placed) = Fill(row.Ids, left);
            if (placed.Count > 0) return (EntityWrite.Replace(row.Key, Body(ids, row.More), row.ETag), placed);
        }
        // Every row is full: readers must know to look further before a further row exists.
        var first = rows.Single(r => r.Key == First);
        if (!first.More) return (EntityWrite.Replace(First, Body(first.Ids, more: true), first.ETag), []);
        var next = rows.Where(r => r.Key != First).Select(r => int.Parse(r.Key.AsSpan(SpillPrefix.Length), CultureInfo.InvariantCulture)).DefaultIfEmpty(0).Max() + 1;
        var (spilled, into) = Fill(new SortedDictionary<string, LookupHints.Hint>(StringComparer.Ordinal), left);
        return (EntityWrite.Insert(string.Create(CultureInfo.InvariantCulture, $"{SpillPrefix}{next:D3}"), Body(spilled, more: false)), into);
    }

    // As many of the hints left as fit beside those of a row (at least one into an empty row).
    private static (SortedDictionary<string, LookupHints.Hint> Ids, IReadOnlyList<string> Placed) Fill(SortedDictionary<string, LookupHints.Hint> existing, Dictionary<string, LookupHints.Hint> left)
    {
        var ids = new SortedDictionary<string, LookupHints.Hint>(existing, StringComparer.Ordinal);
        var length = Body(ids, more: true).Length;
        var placed = new List<string>();
        foreach (var (id, hint) in left)
        {
            var entry = StateJson.Write(new Dictionary<string, LookupHints.Hint> { [id] = hint }).Length; // "{…}": the comma's room is in the braces
            if (length + entry > Capacity && ids.Count > 0) break;
            ids[id] = hint;
            length += entry;
            placed.Add(id);
        }
        return (ids, placed);
    }

    private static Row Parse(EntityRow row)
    {
        var body = StateJson.Read<RowBody>(row.PartitionKey, row.RowKey, row.Body);
        return new Row(row.RowKey, row.ETag, new SortedDictionary<string, LookupHints.Hint>(body.Ids, StringComparer.Ordinal), body.More);
    }

    private static string Body(SortedDictionary<string, LookupHints.Hint> ids, bool more) =>
        StateJson.Write(new RowBody(new Dictionary<string, LookupHints.Hint>(ids, StringComparer.Ordinal), more));

    // More is left out of the body while false (rows of before the spill read as one row).
    private sealed record RowBody(Dictionary<string, LookupHints.Hint> Ids, [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)] bool More = false);
}
