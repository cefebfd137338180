using MeetingBot.Core.Calendar;

namespace MeetingBot.Core.Tests.Calendar;

public sealed class MainlandChinaCalendarTests
{
    private readonly MainlandChinaCalendar calendar = new();

    [Theory]
    [InlineData("2026-02-14", true)]  // Saturday, made a working day for 春节 (调休)
    [InlineData("2026-02-16", false)] // Monday in 春节
    [InlineData("2026-02-23", false)] // Monday, the last day of 春节
    [InlineData("2026-02-28", true)]  // Saturday, made up for 春节
    [InlineData("2026-09-20", true)]  // Sunday, made up for 国庆节
    [InlineData("2026-10-01", false)] // 国庆节
    [InlineData("2026-10-07", false)]
    [InlineData("2026-10-08", true)]  // Thursday after 国庆节
    [InlineData("2026-03-07", false)] // an ordinary Saturday
    [InlineData("2026-03-09", true)]  // an ordinary Monday
    [InlineData("2025-10-11", true)]  // Saturday, made up for 国庆节 2025
    public void IsWorkingDay_FollowsTheOfficialCalendar(string day, bool working) =>
        calendar.IsWorkingDay(DateOnly.Parse(day)).Should().Be(working);

    [Fact]
    public void HolidayName_IsTheChineseName() =>
        calendar.HolidayName(new DateOnly(2026, 2, 17)).Should().Be("春节");

    [Fact]
    public void NextWorkingDay_AfterTheNationalDayWeek_IsTheFirstDayBack() =>
        calendar.NextWorkingDay(new DateOnly(2026, 10, 1)).Should().Be(new DateOnly(2026, 10, 8));

    [Fact]
    public void AddWorkingDays_CountsTheMadeUpSaturday() =>
        // Fri 9 Oct → Sat 10 Oct is a make-up working day, then Mon 12 Oct.
        calendar.AddWorkingDays(new DateOnly(2026, 10, 9), 2).Should().Be(new DateOnly(2026, 10, 12));

    [Fact]
    public void UnpublishedYear_FollowsTheWeekendRuleAndSaysItDoesNotKnow()
    {
        calendar.Knows(2027).Should().BeFalse();
        calendar.IsWorkingDay(new DateOnly(2027, 10, 1)).Should().BeTrue("nothing says 2027's National Day yet");
        calendar.IsWorkingDay(new DateOnly(2027, 10, 2)).Should().BeFalse("a Saturday");
    }

    [Fact]
    public void SecretariatDays_FillAYearNotPublishedYet()
    {
        var extended = new MainlandChinaCalendar([(new DateOnly(2027, 10, 1), "国庆节")], [new DateOnly(2027, 9, 26)]);

        extended.Knows(2027).Should().BeTrue();
        extended.IsWorkingDay(new DateOnly(2027, 10, 1)).Should().BeFalse();
        extended.HolidayName(new DateOnly(2027, 10, 1)).Should().Be("国庆节");
        extended.IsWorkingDay(new DateOnly(2027, 9, 26)).Should().BeTrue("a Sunday added as a make-up working day");
        calendar.Knows(2027).Should().BeFalse("the additions belong to that calendar only");
    }

    [Fact]
    public void ShippedData_CoversThePublishedYearsAndNamesItsSource()
    {
        MainlandChinaCalendar.ShippedYears.Should().Contain(Enumerable.Range(2004, 23));
        MainlandChinaCalendar.Source.Should().StartWith("chinese-days ");
    }

    [Fact]
    public void WeekendCalendar_HasNoHolidays()
    {
        WeekendCalendar.Instance.IsWorkingDay(new DateOnly(2026, 10, 1)).Should().BeTrue();
        WeekendCalendar.Instance.IsWorkingDay(new DateOnly(2026, 2, 14)).Should().BeFalse();
    }
}
