using System.Globalization;
using System.Security.Cryptography;

namespace MeetingBot.Storage.Reminders;

/// <summary>
/// The due index's rows. A mark lives in its joint meeting's own partition, so the change that makes it due writes
/// it in the same atomic batch; its row key starts with the instant, so one row-key range across partitions finds
/// every joint meeting due by then.
/// <code>
/// partition         row key
/// {jm id}           due|{utcTicks:D19}|c{random}   marked by a saved change (due at once)
/// {jm id}           due|{utcTicks:D19}|next        marked by the sweep that handled it: when its schedule next calls
/// |due              backfilled                     every joint meeting saved before the index was marked
/// </code>
/// The joint meeting's working state ("jm", "m|", "r|", "p|") and its audit ("x|") never start with "due|".
/// </summary>
internal static class DueKeys
{
    public const string Prefix = "due|";
    public const string MetaPartition = "|due";
    public const string Backfilled = "backfilled";

    public static string Changed(DateTimeOffset at) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}{at.UtcTicks:D19}|c{RandomNumberGenerator.GetHexString(8, lowercase: true)}");

    public static string Next(DateTimeOffset at) => string.Create(CultureInfo.InvariantCulture, $"{Prefix}{at.UtcTicks:D19}|next");

    /// <summary>The first key after every mark due at or before <paramref name="now"/>.</summary>
    public static string After(DateTimeOffset now) => string.Create(CultureInfo.InvariantCulture, $"{Prefix}{now.UtcTicks + 1:D19}");

    public static DateTimeOffset InstantOf(string rowKey) =>
        new(long.Parse(rowKey.AsSpan(Prefix.Length, 19), CultureInfo.InvariantCulture), TimeSpan.Zero);
}
