using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace MeetingBot.Core.Reminders;

/// <summary>
/// The system's time-zone rules as a hash: a schedule's local 09:00 is an instant only through them, and the system's
/// time-zone data (tzdata) is updated apart from the bot, so a change of it must reach every schedule.
/// </summary>
internal static class TimeZoneRules
{
    // Read once: a running process keeps the zones it has read, so a newer tzdata reaches it only with a restart anyway.
    private static readonly Lazy<byte[]> SystemHash = new(() => Hash(TimeZoneInfo.GetSystemTimeZones(skipSorting: true)));

    /// <summary>The system's zones (an alias such as "PRC" is a link to a listed zone in the data, so its rules are in).</summary>
    public static byte[] System => SystemHash.Value;

    /// <summary>
    /// Each zone's id, base offset and adjustment rules; no display names: they follow the culture, and the instances
    /// of one deployment must agree.
    /// </summary>
    public static byte[] Hash(IEnumerable<TimeZoneInfo> zones)
    {
        var text = new StringBuilder();
        foreach (var zone in zones.OrderBy(z => z.Id, StringComparer.Ordinal))
        {
            text.Append(zone.Id).Append(' ').Append(zone.BaseUtcOffset.Ticks).Append('\n');
            foreach (var rule in zone.GetAdjustmentRules())
                text.Append(CultureInfo.InvariantCulture, $"  {rule.DateStart:O} {rule.DateEnd:O} {rule.DaylightDelta.Ticks} {rule.BaseUtcOffsetDelta.Ticks} ")
                    .Append(Transition(rule.DaylightTransitionStart)).Append(' ').Append(Transition(rule.DaylightTransitionEnd)).Append('\n');
        }
        return SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
    }

    private static string Transition(TimeZoneInfo.TransitionTime t) => t.IsFixedDateRule
        ? string.Create(CultureInfo.InvariantCulture, $"{t.Month}/{t.Day}@{t.TimeOfDay:HH:mm:ss.fff}")
        : string.Create(CultureInfo.InvariantCulture, $"{t.Month}w{t.Week}d{(int)t.DayOfWeek}@{t.TimeOfDay:HH:mm:ss.fff}");
}
