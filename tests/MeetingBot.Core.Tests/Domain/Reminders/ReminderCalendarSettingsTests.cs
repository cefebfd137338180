using MeetingBot.Core.Domain;
using MeetingBot.Core.Domain.Reminders;
using static MeetingBot.Core.Tests.Domain.DomainBuilder;

namespace MeetingBot.Core.Tests.Domain.Reminders;

public sealed class ReminderCalendarSettingsTests
{
    private static readonly DateOnly NewYear2027 = new(2027, 1, 1);

    [Fact]
    public void AddReminderDaysOff_BySecretariat_IsADayOffAndAudited()
    {
        var jm = NewJointMeeting();

        jm.AddReminderDaysOff(Secretary, [new CalendarDayOff(new DateOnly(2027, 1, 4), "元旦")], Now);

        ReminderCalendars.For(jm.State).Calendar.IsWorkingDay(new DateOnly(2027, 1, 4)).Should().BeFalse();
        ReminderCalendars.For(jm.State).Calendar.HolidayName(new DateOnly(2027, 1, 4)).Should().Be("元旦");
        jm.PendingAudit.Should().ContainSingle(a => a.Action == "reminder-calendar.days-off-added" && a.Subject == "2027-01-04");
    }

    [Fact]
    public void AddReminderWorkingDays_OnADayAddedOff_MakesItAWorkingDayAgain()
    {
        var jm = NewJointMeeting();
        jm.AddReminderDaysOff(Secretary, [new CalendarDayOff(new DateOnly(2027, 1, 4), "元旦")], Now);

        jm.AddReminderWorkingDays(Secretary, [new DateOnly(2027, 1, 4), new DateOnly(2027, 1, 9)], Now);

        var calendar = ReminderCalendars.For(jm.State).Calendar;
        calendar.IsWorkingDay(new DateOnly(2027, 1, 4)).Should().BeTrue();
        calendar.IsWorkingDay(new DateOnly(2027, 1, 9)).Should().BeTrue("a Saturday added as a make-up working day");
        jm.State.ReminderCalendarSettings.DaysOff.Should().BeEmpty();
    }

    [Fact]
    public void UseChinaCalendar_Off_MakesNationalDayAWorkingDay()
    {
        var jm = NewJointMeeting();
        ReminderCalendars.For(jm.State).Calendar.IsWorkingDay(new DateOnly(2026, 10, 1)).Should().BeFalse();

        jm.UseChinaCalendar(Convenor, false, Now);

        ReminderCalendars.For(jm.State).Calendar.IsWorkingDay(new DateOnly(2026, 10, 1)).Should().BeTrue();
        ReminderCalendars.For(jm.State).Calendar.IsWorkingDay(new DateOnly(2026, 10, 10)).Should().BeFalse("调休 is of the official calendar");
    }

    [Theory]
    [InlineData("unit contact")]
    [InlineData("observer")]
    [InlineData("stranger")]
    public void CalendarChanges_ByNonManagers_AreRefusedAndChangeNothing(string who)
    {
        var jm = NewJointMeeting();
        var by = who switch { "unit contact" => FinanceContact, "observer" => Observer, _ => Stranger };
        var before = jm.State;

        FluentActions.Invoking(() => jm.AddReminderDaysOff(by, [new CalendarDayOff(NewYear2027, "元旦")], Now)).Should().Throw<DomainException>();
        FluentActions.Invoking(() => jm.AddReminderWorkingDays(by, [NewYear2027], Now)).Should().Throw<DomainException>();
        FluentActions.Invoking(() => jm.UseChinaCalendar(by, false, Now)).Should().Throw<DomainException>();

        jm.State.Should().BeSameAs(before);
        jm.PendingAudit.Should().BeEmpty();
    }

    [Fact]
    public void AddReminderDaysOff_OneDayOutOfRange_RefusesAllOfThem()
    {
        var jm = NewJointMeeting();

        FluentActions.Invoking(() => jm.AddReminderDaysOff(Secretary, [new CalendarDayOff(NewYear2027, "元旦"), new CalendarDayOff(new DateOnly(1999, 1, 1), "旧")], Now))
            .Should().Throw<DomainException>().Where(e => e.Error == DomainError.InvalidValue);
        FluentActions.Invoking(() => jm.AddReminderWorkingDays(Secretary, [], Now)).Should().Throw<DomainException>();

        jm.State.ReminderCalendar.Should().BeNull();
        jm.PendingAudit.Should().BeEmpty();
    }

    [Fact]
    public void For_StateStoredWithoutSettings_UsesTheChinaCalendar()
    {
        var jm = NewJointMeeting();

        jm.State.ReminderCalendar.Should().BeNull();
        ReminderCalendars.For(jm.State).Calendar.IsWorkingDay(new DateOnly(2026, 10, 10)).Should().BeTrue("调休 Saturday");
    }
}
