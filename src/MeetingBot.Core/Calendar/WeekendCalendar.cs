namespace MeetingBot.Core.Calendar;

/// <summary>Saturdays and Sundays off, nothing else: for joint meetings that switch the official calendar off.</summary>
public sealed class WeekendCalendar : IWorkingCalendar
{
    public static WeekendCalendar Instance { get; } = new();

    public bool IsWorkingDay(DateOnly day) => !WorkingCalendars.IsWeekend(day);

    public string? HolidayName(DateOnly day) => null;

    public bool Knows(int year) => true;
}
