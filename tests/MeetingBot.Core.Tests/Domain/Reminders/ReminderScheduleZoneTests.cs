using MeetingBot.Core.Domain.Reminders;
using static MeetingBot.Core.Tests.Domain.DomainBuilder;

namespace MeetingBot.Core.Tests.Domain.Reminders;

/// <summary>Local 09:00 in a zone with daylight saving time is a different instant before and after the change.</summary>
public sealed class ReminderScheduleZoneTests
{
    private static ScheduleBuilder Berlin()
    {
        var b = new ScheduleBuilder("Europe/Berlin", createdAt: new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(1)));
        b.JointMeeting.UseChinaCalendar(Secretary, false, b.CreatedAt);
        return b;
    }

    private static IEnumerable<(string Name, DateTimeOffset Utc)> ForUnit(ScheduleBuilder b, DateTimeOffset from, DateTimeOffset to) =>
        ReminderSchedule.Between(b.Snapshot(), null, from, to)
            .Where(r => r.Key.Recipient == Education && r.Key.Subject.StartsWith("round:"))
            .Select(r => (r.Key.Name, r.At.ToUniversalTime()));

    [Fact]
    public void Between_BerlinAcrossSpringForward_NineOClockIsEightUtcBeforeAndSevenUtcAfter()
    {
        // Clocks go forward on Sunday 29 March 2026: Friday 27 is CET (+1), Monday 30 is CEST (+2).
        var b = Berlin();
        b.Round(b.Meeting(new DateTime(2026, 4, 2, 10, 0, 0)), new DateOnly(2026, 3, 30));

        ForUnit(b, new DateTimeOffset(2026, 3, 26, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 31, 0, 0, 0, TimeSpan.Zero))
            .Should().Equal(
                ("due-3", new DateTimeOffset(2026, 3, 27, 8, 0, 0, TimeSpan.Zero)),
                ("due-0", new DateTimeOffset(2026, 3, 30, 7, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Between_BerlinAcrossFallBack_NineOClockIsSevenUtcBeforeAndEightUtcAfter()
    {
        // Clocks go back on Sunday 25 October 2026: Friday 23 is CEST (+2), Monday 26 is CET (+1).
        var b = Berlin();
        b.Round(b.Meeting(new DateTime(2026, 10, 29, 10, 0, 0)), new DateOnly(2026, 10, 26));

        ForUnit(b, new DateTimeOffset(2026, 10, 22, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 10, 27, 0, 0, 0, TimeSpan.Zero))
            .Should().Equal(
                ("due-3", new DateTimeOffset(2026, 10, 23, 7, 0, 0, TimeSpan.Zero)),
                ("due-0", new DateTimeOffset(2026, 10, 26, 8, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Between_BerlinWeekendsOnly_ChinaHolidaysAreWorkingDays()
    {
        // 1 October is 国庆 in China, an ordinary Thursday in Berlin.
        var b = Berlin();
        b.Meeting(new DateTime(2026, 6, 18, 14, 30, 0)).MarkHeld(b.JointMeeting, Secretary, new DateTimeOffset(2026, 6, 18, 15, 0, 0, TimeSpan.FromHours(2)));

        ReminderSchedule.Between(b.Snapshot(), null, new DateTimeOffset(2026, 9, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero))
            .Select(r => (r.Key.Name, r.At.ToUniversalTime()))
            .Should().Equal(("october-check", new DateTimeOffset(2026, 10, 1, 7, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Between_Shanghai_NineOClockIsOneUtcAllYear()
    {
        var b = new ScheduleBuilder();
        b.Round(b.Meeting(new DateTime(2026, 11, 5, 9, 0, 0)), new DateOnly(2026, 10, 26));

        ReminderSchedule.Between(b.Snapshot(), null, Local(2026, 3, 1, 0), Local(2026, 12, 1, 0))
            .Should().OnlyContain(r => r.At.ToUniversalTime().TimeOfDay == TimeSpan.FromHours(1));
    }
}
