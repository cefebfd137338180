namespace MeetingBot.Core.Domain;

/// <summary>
/// Time zones by IANA id ("Asia/Shanghai"), and the one place local dates and times become instants: a deadline
/// date ends at midnight local time, a meeting starts at its local wall-clock time.
/// </summary>
public static class TimeZones
{
    public static TimeZoneInfo Find(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            throw new DomainException(DomainError.InvalidValue, $"'{id}' is not a known time zone; use an IANA id such as Asia/Shanghai.");
        }
    }

    public static DateTimeOffset ToInstant(DateTime localTime, TimeZoneInfo zone)
    {
        var wallClock = DateTime.SpecifyKind(localTime, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(wallClock))
            throw new DomainException(DomainError.InvalidValue, $"{wallClock:yyyy-MM-dd HH:mm} does not exist in {zone.Id} (the clocks skip it).");
        return new DateTimeOffset(wallClock, zone.GetUtcOffset(wallClock));
    }

    /// <summary>The instant a day ends: the deadline "by 2026-06-10" holds until 2026-06-11 00:00 local time.</summary>
    public static DateTimeOffset EndOfDay(DateOnly date, TimeZoneInfo zone) =>
        ToInstant(date.AddDays(1).ToDateTime(TimeOnly.MinValue), zone);

    /// <summary>The wall-clock time at <paramref name="instant"/> in <paramref name="zone"/>: what a person there reads.</summary>
    public static DateTime LocalTime(DateTimeOffset instant, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(instant, zone).DateTime;

    public static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
}
