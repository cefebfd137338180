namespace MeetingBot.Core.Domain.Meetings;

/// <summary>
/// The rule "at least N meetings in each calendar year" (原则上每年至少召开2次会议) for one year, as of a day:
/// how many meetings are held, how many are still planned, how many are missing, and from which day the year can
/// no longer comply.
/// </summary>
public sealed record MeetingYearCheck(int Year, int Required, int Held, int Planned, int Missing, DateOnly? NoLongerCompliableFrom)
{
    /// <summary>
    /// Member units are told of a meeting 7 days ahead, so a meeting not yet planned needs that notice before the
    /// year ends.
    /// </summary>
    public const int NoticeDays = 7;

    public bool Complies => Missing == 0;

    /// <summary>Can the year still comply if meetings are planned now (on <paramref name="today"/>)?</summary>
    public bool StillPossible(DateOnly today) => NoLongerCompliableFrom is not { } day || today < day;

    public static MeetingYearCheck For(int year, IEnumerable<Meeting> meetings, int required, DateOnly today)
    {
        // Two meetings at the same start are one meeting entered twice: count it once (the held one, if either is).
        var ofYear = meetings.Where(m => m.LocalDate.Year == year && m.Status != MeetingStatus.Cancelled)
            .GroupBy(m => m.State.LocalStart)
            .Select(same => same.OrderBy(m => m.Status == MeetingStatus.Held ? 0 : 1).First())
            .ToList();
        var held = ofYear.Count(m => m.Status == MeetingStatus.Held);
        // A planned meeting whose day has passed without being marked held does not count as planned any more.
        var planned = ofYear.Count(m => m.Status == MeetingStatus.Planned && m.LocalDate >= today);
        var missing = Math.Max(0, required - held - planned);

        // Each missing meeting needs a day of its own, the last one on 31 December at the latest, and the first
        // of them notice ahead: planning must begin by 31 December - (missing - 1) - NoticeDays.
        DateOnly? noLongerFrom = missing == 0 ? null : new DateOnly(year, 12, 31).AddDays(-(missing - 1) - NoticeDays + 1);
        return new MeetingYearCheck(year, required, held, planned, missing, noLongerFrom);
    }
}
