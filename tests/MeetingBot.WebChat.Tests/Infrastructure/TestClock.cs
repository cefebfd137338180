namespace MeetingBot.WebChat.Tests.Infrastructure;

/// <summary>
/// The host's clock in these tests: a fake one standing at Mon 2026-03-02 09:00 Beijing (as in the other test
/// projects), so the meetings the scenarios plan fall on known working days whatever day the tests run, and the
/// README picture shows the same dates every time.
/// </summary>
public static class TestClock
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    public static DateOnly Today => DateOnly.FromDateTime(Start.DateTime);

    /// <summary>The Wednesday <paramref name="weeksAhead"/> weeks after today (Wed 2026-03-18 for 2): each scenario takes its own.</summary>
    public static DateOnly WednesdayIn(int weeksAhead) => Today.AddDays(7 * weeksAhead + 2);
}
