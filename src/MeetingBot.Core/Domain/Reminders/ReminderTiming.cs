using MeetingBot.Core.Calendar;

namespace MeetingBot.Core.Domain.Reminders;

/// <summary>
/// When a reminder may reach people: on a working day, outside quiet hours. A time that falls on a day off or in
/// quiet hours moves to the next working morning. Times are wall-clock times of the joint meeting's zone.
/// </summary>
public sealed record ReminderTiming(IWorkingCalendar Calendar, TimeOnly Morning, TimeOnly QuietFrom, TimeOnly QuietUntil)
{
    public static readonly TimeOnly DefaultMorning = new(9, 0);
    public static readonly TimeOnly DefaultQuietFrom = new(20, 0);
    public static readonly TimeOnly DefaultQuietUntil = new(8, 0);

    public static ReminderTiming Default(IWorkingCalendar calendar) => new(calendar, DefaultMorning, DefaultQuietFrom, DefaultQuietUntil);

    public bool IsQuiet(TimeOnly time) => QuietFrom > QuietUntil
        ? time >= QuietFrom || time < QuietUntil   // overnight, e.g. 20:00–08:00
        : time >= QuietFrom && time < QuietUntil;  // within a day

    /// <summary>The time itself when allowed, else the next working morning.</summary>
    public DateTime Adjust(DateTime local)
    {
        var day = DateOnly.FromDateTime(local);
        var time = TimeOnly.FromDateTime(local);
        if (Calendar.IsWorkingDay(day) && !IsQuiet(time)) return local;
        // Early morning of a working day waits for that morning; anything later waits for the next working day.
        var from = IsQuiet(time) && time < Morning && Calendar.IsWorkingDay(day) ? day : day.AddDays(1);
        return Calendar.NextWorkingDay(from).ToDateTime(Morning);
    }
}
