using Ical.Net.CalendarComponents;
using MeetingBot.Core.Domain.Reminders;

namespace MeetingBot.Core.Calendar;

/// <summary>Why an .ics file was refused; nothing of it is imported.</summary>
public enum IcsProblem { NotACalendar, TooLarge, NoAllDayEvents, EventTooLong }

/// <summary>The days off read from an .ics file, or why it was refused.</summary>
public sealed record IcsDaysOffResult(IReadOnlyList<CalendarDayOff> Days, int SkippedTimedEvents, IcsProblem? Problem, string? Detail)
{
    public bool Ok => Problem is null;
}

/// <summary>
/// Reads the days off of an .ics file (a holiday calendar a secretariat exports or downloads): each all-day
/// VEVENT is a day off, or several when it spans days (DTEND exclusive, as RFC 5545 says). Events with a time are
/// not days off and are counted apart. A file that is not a calendar, or has no all-day event, is refused whole.
/// </summary>
public static class IcsDaysOff
{
    public const int MaxBytes = 1024 * 1024;
    public const int MaxDaysPerEvent = 31;

    public static IcsDaysOffResult Read(string text)
    {
        if (text.Length > MaxBytes) return Refuse(IcsProblem.TooLarge, $"{text.Length} characters");
        if (!text.TrimStart('\uFEFF', ' ', '\r', '\n', '\t').StartsWith("BEGIN:VCALENDAR", StringComparison.OrdinalIgnoreCase))
            return Refuse(IcsProblem.NotACalendar, "it does not start with BEGIN:VCALENDAR");

        Ical.Net.Calendar? calendar;
        try
        {
            calendar = Ical.Net.Calendar.Load(text);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The parser throws several kinds for malformed text; all mean the same to the person importing.
            return Refuse(IcsProblem.NotACalendar, ex.Message);
        }
        if (calendar is null) return Refuse(IcsProblem.NotACalendar, "no VCALENDAR could be read");

        var days = new List<CalendarDayOff>();
        var timed = 0;
        foreach (var e in calendar.Events)
        {
            if (e.DtStart is not { } start) continue;
            if (start.HasTime) { timed++; continue; }
            var first = DateOnly.FromDateTime(start.Value);
            var end = e.DtEnd is { } dtEnd ? DateOnly.FromDateTime(dtEnd.Value) : first.AddDays(1);
            if (end <= first) end = first.AddDays(1);
            if (end.DayNumber - first.DayNumber > MaxDaysPerEvent)
                return Refuse(IcsProblem.EventTooLong, $"{Name(e)} {first:yyyy-MM-dd}–{end.AddDays(-1):yyyy-MM-dd}");
            for (var day = first; day < end; day = day.AddDays(1)) days.Add(new CalendarDayOff(day, Name(e)));
        }
        if (days.Count == 0) return Refuse(IcsProblem.NoAllDayEvents, timed > 0 ? $"{timed} event(s) with a time" : "no events");
        return new IcsDaysOffResult(days.DistinctBy(d => d.Day).OrderBy(d => d.Day).ToList(), timed, null, null);
    }

    private static string Name(CalendarEvent e) => string.IsNullOrWhiteSpace(e.Summary) ? "ics" : e.Summary.Trim()[..Math.Min(e.Summary.Trim().Length, 100)];

    private static IcsDaysOffResult Refuse(IcsProblem problem, string detail) => new([], 0, problem, detail);
}
