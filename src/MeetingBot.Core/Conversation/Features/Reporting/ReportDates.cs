using System.Globalization;
using System.Text.RegularExpressions;

namespace MeetingBot.Core.Conversation.Features.Reporting;

/// <summary>
/// A deadline date as people type it: 2026-06-10, 2026/6/10, 2026.6.10, 2026年6月10日, 6月10日, June 10 (2026),
/// 10 June 2026. Without a year it is the next such day from today (a date already past this year is next year's).
/// </summary>
public static partial class ReportDates
{
    private static readonly string[] Months =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static bool TryParse(string text, DateOnly today, out DateOnly date)
    {
        date = default;
        var t = text.Trim().TrimEnd('。', '.', '前', '止').Trim();
        if (Numeric().Match(t) is { Success: true } n)
            return Make(n.Groups["y"].Success ? int.Parse(n.Groups["y"].Value, CultureInfo.InvariantCulture) : null,
                int.Parse(n.Groups["m"].Value, CultureInfo.InvariantCulture), int.Parse(n.Groups["d"].Value, CultureInfo.InvariantCulture), today, out date);
        if (MonthFirst().Match(t) is { Success: true } md && Month(md.Groups["mon"].Value) is { } m1)
            return Make(md.Groups["y"].Success ? int.Parse(md.Groups["y"].Value, CultureInfo.InvariantCulture) : null,
                m1, int.Parse(md.Groups["d"].Value, CultureInfo.InvariantCulture), today, out date);
        if (DayFirst().Match(t) is { Success: true } dm && Month(dm.Groups["mon"].Value) is { } m2)
            return Make(dm.Groups["y"].Success ? int.Parse(dm.Groups["y"].Value, CultureInfo.InvariantCulture) : null,
                m2, int.Parse(dm.Groups["d"].Value, CultureInfo.InvariantCulture), today, out date);
        return false;
    }

    private static bool Make(int? year, int month, int day, DateOnly today, out DateOnly date)
    {
        date = default;
        if (month is < 1 or > 12 || day < 1) return false;
        var y = year ?? today.Year;
        if (y is < 2000 or > 2100 || day > DateTime.DaysInMonth(y, month)) return false;
        date = new DateOnly(y, month, day);
        // A date without a year that has passed means next year's (in December, "1月10日" is next January).
        if (year is null && date < today)
        {
            if (day > DateTime.DaysInMonth(y + 1, month)) return false;
            date = new DateOnly(y + 1, month, day);
        }
        return true;
    }

    private static int? Month(string name)
    {
        var key = name.ToLowerInvariant();
        var index = Array.FindIndex(Months, m => key.StartsWith(m, StringComparison.Ordinal));
        return index < 0 ? null : index + 1;
    }

    [GeneratedRegex(@"^(?:(?<y>\d{4})\s*[-/.年]\s*)?(?<m>\d{1,2})\s*[-/.月]\s*(?<d>\d{1,2})\s*[日号]?$")]
    private static partial Regex Numeric();

    [GeneratedRegex(@"^(?<mon>[A-Za-z]{3,9})\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?<y>\d{4}))?$")]
    private static partial Regex MonthFirst();

    [GeneratedRegex(@"^(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?<mon>[A-Za-z]{3,9})\.?(?:,?\s+(?<y>\d{4}))?$")]
    private static partial Regex DayFirst();
}
