namespace MeetingBot.Core.Conversation;

// The year's meetings as one calendar file.
public static partial class Replies
{
    public static string FileMeetingsCalendar(Lang lang, string jointMeeting, int year) =>
        lang.Pick($"{jointMeeting}{year}年会议.ics", $"{jointMeeting} meetings {year}.ics");
}
