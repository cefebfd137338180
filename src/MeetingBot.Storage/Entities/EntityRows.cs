namespace MeetingBot.Storage.Entities;

/// <summary>What both engines do to the rows a prefix query found, so that they answer alike.</summary>
internal static class EntityRows
{
    /// <summary>
    /// Keeps the rows that really start with one of the prefixes (key ranges can be wider than a prefix) and
    /// orders them by row key, ordinally: the engines' own orders differ (SQLite by code point, Azure by the
    /// escaped key), this one is the contract's.
    /// </summary>
    public static IReadOnlyList<EntityRow> PrefixedInOrder(IEnumerable<EntityRow> rows, IReadOnlyList<string> prefixes)
    {
        var kept = rows.Where(row => prefixes.Any(prefix => row.RowKey.StartsWith(prefix, StringComparison.Ordinal))).ToList();
        kept.Sort((a, b) => string.CompareOrdinal(a.RowKey, b.RowKey));
        return kept;
    }

    /// <summary>Keeps the rows whose row key is in [from, to), ordinally, ordered by row key then partition.</summary>
    public static IReadOnlyList<EntityRow> InRangeInOrder(IEnumerable<EntityRow> rows, string fromInclusive, string toExclusive) =>
        [.. rows.Where(row => string.CompareOrdinal(row.RowKey, fromInclusive) >= 0 && string.CompareOrdinal(row.RowKey, toExclusive) < 0)
            .OrderBy(row => row.RowKey, StringComparer.Ordinal).ThenBy(row => row.PartitionKey, StringComparer.Ordinal)];
}
