using MeetingBot.Core.Reminders;

namespace MeetingBot.Core.Tests.Domain.Reminders;

/// <summary>
/// The time-zone part of the schedule inputs: a tzdata update that moves a zone's clocks gives every schedule one
/// more look (a new fingerprint); instances that differ only in language or display names agree.
/// </summary>
public sealed class TimeZoneRulesTests
{
    private static readonly TimeZoneInfo.TransitionTime March = TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0), 3, 2, DayOfWeek.Sunday);
    private static readonly TimeZoneInfo.TransitionTime November = TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0), 11, 1, DayOfWeek.Sunday);

    private static TimeZoneInfo Zone(string displayName, TimeSpan baseOffset, params TimeZoneInfo.AdjustmentRule[] rules) =>
        TimeZoneInfo.CreateCustomTimeZone("Test/Zone", baseOffset, displayName, "Standard", "Daylight", rules);

    private static TimeZoneInfo.AdjustmentRule Daylight(DateTime from, TimeZoneInfo.TransitionTime end) =>
        TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(from, DateTime.MaxValue.Date, TimeSpan.FromHours(1), March, end);

    [Fact]
    public void ADaylightSavingRuleThatChanges_ChangesTheHash()
    {
        var before = TimeZoneRules.Hash([Zone("Test", TimeSpan.FromHours(-5), Daylight(new DateTime(2007, 1, 1), November))]);
        var lastWeekOfOctober = TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0), 10, 5, DayOfWeek.Sunday);

        TimeZoneRules.Hash([Zone("Test", TimeSpan.FromHours(-5), Daylight(new DateTime(2007, 1, 1), lastWeekOfOctober))]).Should().NotEqual(before);
        TimeZoneRules.Hash([Zone("Test", TimeSpan.FromHours(-5))]).Should().NotEqual(before, "daylight saving abolished");
        TimeZoneRules.Hash([Zone("Test", TimeSpan.FromHours(-4), Daylight(new DateTime(2007, 1, 1), November))]).Should().NotEqual(before, "a new base offset");
    }

    [Fact]
    public void TheSameRulesUnderAnotherDisplayName_HashTheSame()
    {
        TimeZoneRules.Hash([Zone("(UTC-05:00) Eastern", TimeSpan.FromHours(-5), Daylight(new DateTime(2007, 1, 1), November))])
            .Should().Equal(TimeZoneRules.Hash([Zone("(UTC-05:00) 东部时间", TimeSpan.FromHours(-5), Daylight(new DateTime(2007, 1, 1), November))]));
    }

    [Fact]
    public void TheSystemsZones_AreRead_AndChinasIsAmongThem()
    {
        var zones = TimeZoneInfo.GetSystemTimeZones(skipSorting: true);
        zones.Should().Contain(z => z.Id == "Asia/Shanghai");
        TimeZoneRules.System.Should().Equal(TimeZoneRules.Hash(zones));
    }
}
