namespace MeetingBot.Core.Calendar;

/// <summary>Which days people work, for reminders that must not land on a day off.</summary>
public interface IWorkingCalendar
{
    bool IsWorkingDay(DateOnly day);

    /// <summary>The holiday a day off is for (e.g. 春节), or null for a weekend or a working day.</summary>
    string? HolidayName(DateOnly day);

    /// <summary>Whether the calendar has the official days of this year; unknown years follow the weekend rule.</summary>
    bool Knows(int year);
}

public static class WorkingCalendars
{
    /// <summary>The first working day on or after <paramref name="day"/>.</summary>
    public static DateOnly NextWorkingDay(this IWorkingCalendar calendar, DateOnly day)
    {
        // Mainland holidays last at most nine days in a row; a year of days off would be a broken calendar.
        for (var candidate = day; candidate < day.AddDays(366); candidate = candidate.AddDays(1))
            if (calendar.IsWorkingDay(candidate)) return candidate;
        throw new InvalidOperationException($"No working day within a year of {day:yyyy-MM-dd}.");
    }

    /// <summary>The <paramref name="count"/>th working day after <paramref name="day"/> (1 = the next one).</summary>
    public static DateOnly AddWorkingDays(this IWorkingCalendar calendar, DateOnly day, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var result = day;
        for (var i = 0; i < count; i++) result = calendar.NextWorkingDay(result.AddDays(1));
        return result;
    }

    internal static bool IsWeekend(DateOnly day) => day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
