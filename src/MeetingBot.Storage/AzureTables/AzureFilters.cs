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

    public static string RowKey(string rowKey) => TableClient.CreateQueryFilter($"RowKey eq {rowKey}");

    public static string RowKeyRange(string fromInclusive, string toExclusive) =>
        TableClient.CreateQueryFilter($"RowKey ge {fromInclusive} and RowKey lt {toExclusive}");
}
