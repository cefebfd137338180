namespace MeetingBot.Core.Conversation;

// Report deadlines: one way of writing them, wherever a person reads one (round replies, report cards, reminders,
// the brief, the dashboard), so a deadline reads the same before and after the meeting exists.
public static partial class Replies
{
    /// <summary>
    /// "2026年6月10日（周三）" / "Wed 10 Jun 2026". A round's deadline is already a day in the joint meeting's zone
    /// (it passes at the end of that day there), so no conversion is needed here, only one formatter.
    /// </summary>
    public static string ReportDeadline(Lang lang, DateOnly deadline) => MeetingDay(lang, deadline);
}
