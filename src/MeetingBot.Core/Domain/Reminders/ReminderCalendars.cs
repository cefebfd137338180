using MeetingBot.Core.Calendar;
using MeetingBot.Core.Domain.JointMeetings;

namespace MeetingBot.Core.Domain.Reminders;

/// <summary>The working days and reminder hours of a joint meeting, from its calendar settings.</summary>
public static class ReminderCalendars
{
    private static readonly MainlandChinaCalendar China = new();

    public static ReminderTiming For(JointMeetingState state) => ReminderTiming.Default(CalendarOf(state.ReminderCalendarSettings));

    public static IWorkingCalendar CalendarOf(ReminderCalendarSettings settings)
    {
        IWorkingCalendar official = settings.UseChinaCalendar ? China : WeekendCalendar.Instance;
        return settings.DaysOff.Count == 0 && settings.WorkingDays.Count == 0
            ? official
            : new AdjustedCalendar(official, settings.DaysOff, settings.WorkingDays);
    }

    // The official (or weekend) calendar with the secretariat's days on top: an added day wins over the shipped one.
    private sealed class AdjustedCalendar(IWorkingCalendar inner, IReadOnlyList<CalendarDayOff> daysOff, IReadOnlyList<DateOnly> workingDays) : IWorkingCalendar
    {
        private readonly Dictionary<DateOnly, string> off = daysOff.GroupBy(d => d.Day).ToDictionary(g => g.Key, g => g.Last().Name);
        private readonly HashSet<DateOnly> on = [.. workingDays];

        public bool IsWorkingDay(DateOnly day) => on.Contains(day) || (!off.ContainsKey(day) && inner.IsWorkingDay(day));

        public string? HolidayName(DateOnly day) => on.Contains(day) ? null : off.TryGetValue(day, out var name) ? name : inner.HolidayName(day);

        public bool Knows(int year) => inner.Knows(year) || off.Keys.Any(d => d.Year == year) || on.Any(d => d.Year == year);
    }
}
