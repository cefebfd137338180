using MeetingBot.Core.Calendar;
using MeetingBot.Core.Domain.Meetings;
using MeetingBot.Core.Domain.Persistence;

namespace MeetingBot.Core.Domain.Reminders;

/// <summary>
/// Notices of the planned meetings to every member unit, 7 days and 1 day before, on the days their current date
/// gives (so a rescheduled meeting's notices follow it, and a cancelled or held one has none). A notice that a day
/// off would push to or past the meeting's start goes out on the last working day before instead.
/// </summary>
internal static class MeetingReminders
{
    public static readonly IReadOnlyList<(int Days, string Name)> Notices = [(7, ReminderSubjects.Before7), (1, ReminderSubjects.Before1)];

    public static IEnumerable<DueReminder> Of(JointMeetingSnapshot snapshot, ScheduleContext context)
    {
        var units = context.JointMeeting.Units;
        foreach (var meeting in snapshot.Meetings.Select(m => m.Value).Where(m => m.Status == MeetingStatus.Planned))
        {
            var start = context.Instant(meeting.State.LocalStart);
            // Two notices landing on one day: only the nearer one (1 day before) goes out.
            var byDay = new Dictionary<DateOnly, (string Name, DateTime Local)>();
            foreach (var (days, name) in Notices)
            {
                var local = NoticeTime(meeting.LocalDate.AddDays(-days), start, context);
                if (local is null) continue;
                byDay[DateOnly.FromDateTime(local.Value)] = (name, local.Value);
            }
            var subject = ReminderSubjects.Meeting(meeting.Id);
            foreach (var (name, local) in byDay.Values)
                foreach (var unit in units)
                    yield return context.Due(subject, unit.Id, name, local);
        }
    }

    private static DateTime? NoticeTime(DateOnly day, DateTimeOffset start, ScheduleContext context)
    {
        var timing = context.Timing;
        var local = timing.Adjust(day.ToDateTime(timing.Morning));
        if (context.Instant(local) < start) return local;
        // Pushed to or past the meeting: the working day before the notice's day instead.
        for (var earlier = day.AddDays(-1); earlier > day.AddDays(-366); earlier = earlier.AddDays(-1))
            if (timing.Calendar.IsWorkingDay(earlier)) return earlier.ToDateTime(timing.Morning);
        return null;
    }
}
