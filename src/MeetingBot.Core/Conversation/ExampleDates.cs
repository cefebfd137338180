using System.Globalization;
using System.Text.RegularExpressions;

namespace MeetingBot.Core.Conversation;

/// <summary>
/// The example dates of help and hints ("安排会议 2026-06-18 14:30", "发起报告 … 截止 2026-06-10") as of today: an
/// example in the past would be refused if typed as shown, so when the earliest is past, all of a text's examples
/// move on by the same whole years (a deadline stays before its meeting, a range stays a range).
/// Only for texts whose dates are all examples: never for a reply that names real meetings or what was typed.
/// </summary>
public static partial class ExampleDates
{
    public static string AsOf(string text, DateOnly today)
    {
        var dates = IsoDate().Matches(text).Select(m => Parse(m.Value)).OfType<DateOnly>().ToList();
        if (dates.Count == 0) return text;
        var earliest = dates.Min();
        if (earliest >= today) return text;
        var years = today.Year - earliest.Year;
        if (earliest.AddYears(years) < today) years++;
        return IsoDate().Replace(text, m => Parse(m.Value) is { } date ? date.AddYears(years).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : m.Value);
    }

    private static DateOnly? Parse(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    [GeneratedRegex(@"(?<![\d-])\d{4}-\d{2}-\d{2}(?![\d-])")]
    private static partial Regex IsoDate();
}
