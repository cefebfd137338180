using System.Globalization;
using System.Text.RegularExpressions;

namespace MeetingBot.Core.Conversation;

// Report deadlines: one way of writing them, wherever a person reads one (round replies, report cards, reminders,
// the brief, the dashboard, a refusal), so a deadline reads the same before and after the meeting exists.
public static partial class Replies
{
    /// <summary>
    /// "2026年6月10日（周三）" / "Wed 10 Jun 2026". A round's deadline is already a day in the joint meeting's zone
    /// (it passes at the end of that day there), so no conversion is needed here, only one formatter.
    /// </summary>
    public static string ReportDeadline(Lang lang, DateOnly deadline) => MeetingDay(lang, deadline);

    /// <summary>A day a refusal quotes from the domain's message ("2026-06-20"), written like every other deadline.</summary>
    private static string QuotedDay(Lang lang, string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? ReportDeadline(lang, day) : text;

    /// <summary>The English refusal of a deadline with its days written the same way ("The deadline Sat 20 Jun 2026 is after…").</summary>
    private static string EnglishDeadlineDays(string message) => DeadlineDays().Replace(message, m => QuotedDay(Lang.En, m.Value));

    [GeneratedRegex(@"(?<=^The deadline )\d{4}-\d{2}-\d{2}|(?<=^The deadline \S+ is after the meeting of )\d{4}-\d{2}-\d{2}|(?<=^The deadline \S+ has passed \(today is )\d{4}-\d{2}-\d{2}")]
    private static partial Regex DeadlineDays();
}
