namespace MeetingBot.WebChat.Tests.Infrastructure;

/// <summary>
/// Dates for meetings the scenarios schedule: the host runs on the real clock, so they are counted from today
/// (Beijing time) and moved off weekends. Each scenario takes its own week so they never share a day.
/// </summary>
public static class MeetingDates
{
    private static readonly TimeZoneInfo Beijing = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Beijing).DateTime);

    /// <summary>The Wednesday of the week <paramref name="weeksAhead"/> weeks from now.</summary>
    public static DateOnly WednesdayIn(int weeksAhead)
    {
        var day = Today.AddDays(7 * weeksAhead);
        return day.AddDays(((int)DayOfWeek.Wednesday - (int)day.DayOfWeek + 7) % 7);
    }
}
