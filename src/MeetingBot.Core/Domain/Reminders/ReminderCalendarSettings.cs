namespace MeetingBot.Core.Domain.Reminders;

/// <summary>A day the secretariat marked off (a local holiday, a year not published yet), with what it is for.</summary>
public sealed record CalendarDayOff(DateOnly Day, string Name);

/// <summary>
/// Which days a joint meeting's reminders count as working days: mainland China's official calendar (holidays and
/// 调休) or plain weekends, plus what the secretariat added. A joint meeting stored without settings uses the
/// official calendar with nothing added.
/// </summary>
public sealed record ReminderCalendarSettings(bool UseChinaCalendar, IReadOnlyList<CalendarDayOff> DaysOff, IReadOnlyList<DateOnly> WorkingDays)
{
    /// <summary>Days added per kind; more is not a calendar but a mistake (and would bloat the stored state).</summary>
    public const int MaxAddedDays = 1_000;

    public static ReminderCalendarSettings Default { get; } = new(true, [], []);
}
