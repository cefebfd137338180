using System.Runtime.CompilerServices;
using System.Text;
using Azure.Data.Tables;
using MeetingBot.Storage.Entities;

namespace MeetingBot.Storage.AzureTables;

/// <summary>OData filters for the engine's queries, always through <see cref="TableClient.CreateQueryFilter(FormattableString)"/>, which quotes and escapes the values.</summary>
internal static class AzureFilters
{
    /// <summary>
    /// <c>PartitionKey eq pk and ((RowKey ge p1 and RowKey lt p1') or …)</c>: one request (per page) for all
    /// prefixes, each a key range Azure answers from its index. Keys and prefixes arrive escaped.
    /// </summary>
    public static string Prefixes(string partitionKey, IReadOnlyList<string> prefixes)
    {
        // The format holds only placeholders we number ourselves; every value goes in as an argument.
        var format = new StringBuilder("PartitionKey eq {0} and (");
        var arguments = new List<object?> { partitionKey };
        for (var i = 0; i < prefixes.Count; i++)
        {
            if (i > 0)
                format.Append(" or ");
            format.Append($"(RowKey ge {{{arguments.Count}}}");
            arguments.Add(prefixes[i]);
            if (KeyRange.UpperBound(prefixes[i]) is { } upper)
            {
                format.Append($" and RowKey lt {{{arguments.Count}}}");
                arguments.Add(upper);
            }
            format.Append(')');
        }
        format.Append(')');
        return TableClient.CreateQueryFilter(FormattableStringFactory.Create(format.ToString(), [.. arguments]));
    }

    /// <summary>
    /// <c>PartitionKey eq pk and RowKey ge lo and RowKey lt hi</c>, an index seek within one partition. Escaping
    /// (<see cref="AzureKeys"/>) does not keep the order of keys with characters Azure forbids, so the bounds sent
    /// are widened until no escaped key can fall outside them (the caller keeps the plain keys in range): the lower
    /// one to its leading characters below '%' (each escape starts with '%'), the upper one to its leading
    /// characters above '%' (rounded up unless that is the whole bound). Keys of digits, letters and '|' are exact.
    /// </summary>
    public static string PartitionRange(string partitionKey, string fromInclusive, string toExclusive)
    {
        var low = LeadingPlain(fromInclusive, c => c < '%');
        var highPrefix = LeadingPlain(toExclusive, c => c > '%');
        var high = highPrefix.Length == toExclusive.Length ? highPrefix : KeyRange.UpperBound(highPrefix);
        return high is null || high.Length == 0
            ? TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey} and RowKey ge {low}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey} and RowKey ge {low} and RowKey lt {high}");
    }

    private static string LeadingPlain(string key, Func<char, bool> keeps)
    {
        var end = 0;
        while (end < key.Length && keeps(key[end]) && AzureKeys.Escape(key[end].ToString()).Length == 1) end++;
        return key[..end];
    }

    public static string RowKey(string rowKey) => TableClient.CreateQueryFilter($"RowKey eq {rowKey}");

    public static string RowKeyRange(string fromInclusive, string toExclusive) =>
        TableClient.CreateQueryFilter($"RowKey ge {fromInclusive} and RowKey lt {toExclusive}");
}
