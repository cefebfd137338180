using MeetingBot.Core.Calendar;
using MeetingBot.Core.Domain.Reminders;

namespace MeetingBot.Core.Tests.Domain.Reminders;

public sealed class RoundReminderPlanTests
{
    private static readonly ReminderTiming China = ReminderTiming.Default(new MainlandChinaCalendar());

    private static IEnumerable<string> Render(IEnumerable<PlannedRoundReminder> plan) =>
        plan.Select(r => $"{r.Name} {r.LocalTime:yyyy-MM-dd HH:mm}");

    [Fact]
    public void For_OrdinaryWeeks_SendsSevenThreeOneAndOnTheDayThenOverdueAndEscalation()
    {
        // Deadline Wednesday 10 June 2026: 3 June (Wed), 7 June is a Sunday → Mon 8 June, 9 June, 10 June.
        var plan = RoundReminderPlan.For(new DateOnly(2026, 6, 10), China);

        Render(plan).Should().Equal(
            "due-7 2026-06-03 09:00",
            "due-3 2026-06-08 09:00",
            "due-1 2026-06-09 09:00",
            "due-0 2026-06-10 09:00",
            "overdue-1 2026-06-11 09:00",
            "overdue-2 2026-06-12 09:00",
            "overdue-3 2026-06-15 09:00",
            "escalation 2026-06-15 09:00",
            "overdue-4 2026-06-16 09:00",
            "overdue-5 2026-06-17 09:00");
    }

    [Fact]
    public void For_AMeetingSoonAfterTheDeadline_NudgesUntilTheDayBeforeItAndEscalatesInTime()
    {
        // Deadline Wed 10 June, meeting Mon 15 June: nudges on 11 and 12 June only; the escalation, due on the
        // 15th, comes with the first nudge instead.
        var plan = RoundReminderPlan.For(new DateOnly(2026, 6, 10), China, meetingDay: new DateOnly(2026, 6, 15));

        Render(plan).Should().Equal(
            "due-7 2026-06-03 09:00",
            "due-3 2026-06-08 09:00",
            "due-1 2026-06-09 09:00",
            "due-0 2026-06-10 09:00",
            "overdue-1 2026-06-11 09:00",
            "escalation 2026-06-11 09:00",
            "overdue-2 2026-06-12 09:00");
    }

    [Fact]
    public void For_AMeetingAfterTheNudges_ChangesNothing()
    {
        RoundReminderPlan.For(new DateOnly(2026, 6, 10), China, meetingDay: new DateOnly(2026, 6, 18))
            .Should().Equal(RoundReminderPlan.For(new DateOnly(2026, 6, 10), China));
    }

    [Fact]
    public void For_DeadlineAfterTheNationalDayWeek_MergesTheRemindersTheHolidayPushesTogether()
    {
        // 2 and 6 October are holidays: both move to Thu 8 October, the day of the one-day reminder, which is kept.
        // Sat 10 October is a make-up working day (调休), so it counts as the first day overdue.
        var plan = RoundReminderPlan.For(new DateOnly(2026, 10, 9), China);

        Render(plan).Should().Equal(
            "due-1 2026-10-08 09:00",
            "due-0 2026-10-09 09:00",
            "overdue-1 2026-10-10 09:00",
            "overdue-2 2026-10-12 09:00",
            "overdue-3 2026-10-13 09:00",
            "escalation 2026-10-13 09:00",
            "overdue-4 2026-10-14 09:00",
            "overdue-5 2026-10-15 09:00");
    }

    [Fact]
    public void For_DeadlineOnASunday_HasNoOnTheDayReminderPastTheDeadline()
    {
        var plan = RoundReminderPlan.For(new DateOnly(2026, 3, 15), ReminderTiming.Default(WeekendCalendar.Instance));

        // 8 March (Sunday) → Monday 9; the Saturday and Sunday reminders would move past the deadline: the
        // overdue nudges of Monday 16 March take over.
        Render(plan).Take(3).Should().Equal("due-7 2026-03-09 09:00", "due-3 2026-03-12 09:00", "overdue-1 2026-03-16 09:00");
    }

    [Theory]
    [InlineData("2026-03-09 21:30", "2026-03-10 09:00")] // quiet evening → next working morning
    [InlineData("2026-03-10 06:00", "2026-03-10 09:00")] // quiet early morning of a working day → that morning
    [InlineData("2026-03-10 08:30", "2026-03-10 08:30")] // allowed as it is
    [InlineData("2026-03-14 10:00", "2026-03-16 09:00")] // Saturday → Monday
    [InlineData("2026-02-13 23:00", "2026-02-14 09:00")] // Friday night → the make-up Saturday of 春节
    [InlineData("2026-02-16 10:00", "2026-02-24 09:00")] // in 春节 → the first day back
    public void Adjust_MovesOffDaysAndQuietHoursToTheNextWorkingMorning(string at, string expected) =>
        China.Adjust(DateTime.Parse(at)).Should().Be(DateTime.Parse(expected));
}
