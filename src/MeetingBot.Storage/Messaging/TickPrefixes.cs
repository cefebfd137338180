using System.Globalization;

namespace MeetingBot.Storage.Messaging;

/// <summary>
/// Covers a range of ticks, written as 19 digits, with a few string prefixes, so that a prefix query (all the
/// engine contract offers) reads a time range and not the whole partition.
/// </summary>
internal static class TickPrefixes
{
    public const int Digits = 19;

    /// <summary>
    /// Azure allows at most 15 comparisons in one filter: the partition key takes one, and each prefix two.
    /// </summary>
    public const int MaxPrefixes = 7;

    /// <summary>
    /// The longest prefixes (the tightest cover) such that at most <see cref="MaxPrefixes"/> of them hold every
    /// tick from <paramref name="from"/> to <paramref name="to"/>; the caller filters what lies just outside.
    /// </summary>
    public static IReadOnlyList<string> Covering(long from, long to)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(from);
        ArgumentOutOfRangeException.ThrowIfLessThan(to, from);
        // A prefix of `length` digits holds `unit` ticks: 1 for all 19 digits, up to 10^18 for one digit.
        var unit = 1L;
        for (var length = Digits; length > 0; length--)
        {
            long first = from / unit, last = to / unit;
            if (last - first < MaxPrefixes)
                return [.. Enumerable.Range(0, (int)(last - first + 1)).Select(i => (first + i).ToString("D" + length, CultureInfo.InvariantCulture))];
            if (length > 1)
                unit *= 10;
        }
        // Only when the range spans more than 7 × 10^18 ticks, i.e. never for a DateTimeOffset: everything.
        return [""];
    }
}
