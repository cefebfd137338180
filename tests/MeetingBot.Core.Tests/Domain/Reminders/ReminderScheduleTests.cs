using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Meetings;
using MeetingBot.Core.Domain.Reminders;
using static MeetingBot.Core.Tests.Domain.DomainBuilder;

namespace MeetingBot.Core.Tests.Domain.Reminders;

public sealed class ReminderScheduleTests
{
    private static IEnumerable<string> About(IEnumerable<string> rendered, string subject) => rendered.Where(r => r.Split(' ')[1] == subject);

    [Fact]
    public void Between_OpenRound_RemindsEveryUnitNotSubmittedAndEscalatesOnTheThirdWorkingDayOverdue()
    {
        var b = new ScheduleBuilder();
        var round = b.Round(b.Meeting(new DateTime(2026, 6, 18, 14, 30, 0)), new DateOnly(2026, 6, 10));
        b.Submit(round, FinanceContact, Finance);
        b.Submit(round, LabourContact, Labour, submit: false); // a draft is not a report: still reminded

        var rendered = About(b.Render(Local(2026, 6, 1, 0), Local(2026, 7, 1, 0)), "round:r1");

        rendered.Should().Equal(
            "due-7 round:r1 u1 2026-06-03 09:00", "due-7 round:r1 u3 2026-06-03 09:00",
            "due-3 round:r1 u1 2026-06-08 09:00", "due-3 round:r1 u3 2026-06-08 09:00",
            "due-1 round:r1 u1 2026-06-09 09:00", "due-1 round:r1 u3 2026-06-09 09:00",
            "due-0 round:r1 u1 2026-06-10 09:00", "due-0 round:r1 u3 2026-06-10 09:00",
            "overdue-1 round:r1 u1 2026-06-11 09:00", "overdue-1 round:r1 u3 2026-06-11 09:00",
            "overdue-2 round:r1 u1 2026-06-12 09:00", "overdue-2 round:r1 u3 2026-06-12 09:00",
            "escalation round:r1 managers 2026-06-15 09:00",
            "overdue-3 round:r1 u1 2026-06-15 09:00", "overdue-3 round:r1 u3 2026-06-15 09:00",
            "overdue-4 round:r1 u1 2026-06-16 09:00", "overdue-4 round:r1 u3 2026-06-16 09:00",
            "overdue-5 round:r1 u1 2026-06-17 09:00", "overdue-5 round:r1 u3 2026-06-17 09:00");
    }

    [Fact]
    public void Between_EveryUnitSubmitted_RemindsNobodyAndDoesNotEscalate()
    {
        var b = new ScheduleBuilder();
        var round = b.Round(b.Meeting(new DateTime(2026, 6, 18, 14, 30, 0)), new DateOnly(2026, 6, 10));
        b.Submit(round, EducationContact, Education);
        b.Submit(round, FinanceContact, Finance);
        b.Submit(round, LabourContact, Labour);

        About(b.Render(Local(2026, 6, 1, 0), Local(2026, 7, 1, 0)), "round:r1").Should().BeEmpty();
    }

    [Fact]
    public void Between_RoundOpenedLate_HasNothingFromBeforeItWasOpened()
    {
        var b = new ScheduleBuilder();
        b.Round(b.Meeting(new DateTime(2026, 6, 18, 14, 30, 0)), new DateOnly(2026, 6, 10), openedAt: Local(2026, 6, 8, 10));

        About(b.Render(Local(2026, 6, 1, 0), Local(2026, 6, 11, 0)), "round:r1").Select(r => r.Split(' ')[0]).Distinct()
            .Should().Equal("due-1", "due-0");
    }

    [Fact]
    public void Between_ClosedRound_HasNoReminders()
    {
        var b = new ScheduleBuilder();
        var round = b.Round(b.Meeting(new DateTime(2026, 6, 18, 14, 30, 0)), new DateOnly(2026, 6, 10));
        round.Close(b.JointMeeting, Secretary, Local(2026, 6, 5));

        About(b.Render(Local(2026, 6, 1, 0), Local(2026, 7, 1, 0)), "round:r1").Should().BeEmpty();
    }

    [Fact]
    public void Between_PlannedMeeting_NoticesEveryMemberUnitSevenDaysAndOneDayBefore()
    {
        var b = new ScheduleBuilder();
        b.Meeting(new DateTime(2026, 6, 18, 14, 30, 0));

        About(b.Render(Local(2026, 6, 1, 0), Local(2026, 6, 19, 0)), "meeting:m1").Should().Equal(
            "before-7 meeting:m1 u1 2026-06-11 09:00", "before-7 meeting:m1 u2 2026-06-11 09:00", "before-7 meeting:m1 u3 2026-06-11 09:00",
            "before-1 meeting:m1 u1 2026-06-17 09:00", "before-1 meeting:m1 u2 2026-06-17 09:00", "before-1 meeting:m1 u3 2026-06-17 09:00");
    }

    [Fact]
    public void Between_CancelledMeeting_HasNoNoticesAndItsRoundNoReminders()
    {
        var b = new ScheduleBuilder();
        var meeting = b.Meeting(new DateTime(2026, 6, 18, 14, 30, 0));
        b.Round(meeting, new DateOnly(2026, 6, 10));
        meeting.Cancel(b.JointMeeting, Secretary, "改期另行通知", Local(2026, 6, 2));

        var rendered = b.Render(Local(2026, 6, 1, 0), Local(2026, 7, 1, 0));

        rendered.Should().NotContain(r => r.Contains("meeting:m1") || r.Contains("round:r1"));
    }

    [Fact]
    public void Between_RescheduledMeeting_NoticesFollowTheNewDateWithKeysOfTheirOwnDays()
    {
        var b = new ScheduleBuilder();
        var meeting = b.Meeting(new DateTime(2026, 6, 18, 14, 30, 0));
        meeting.Reschedule(b.JointMeeting, Secretary, new MeetingPlan(new DateTime(2026, 6, 25, 9, 30, 0), MeetingPlan.DefaultDuration, "区政府三楼会议室"), Local(2026, 6, 2));

        var due = ReminderSchedule.Between(b.Snapshot(), null, Local(2026, 6, 1, 0), Local(2026, 7, 1, 0))
            .Where(r => r.Key.Subject == "meeting:m1" && r.Key.Recipient == Education).ToList();

        due.Select(r => (r.Key.Name, r.Key.Date)).Should().Equal(("before-7", new DateOnly(2026, 6, 18)), ("before-1", new DateOnly(2026, 6, 24)));
    }

    [Fact]
    public void Between_NoticeADayOffPushesToTheMeetingStart_GoesOutOnThePreviousWorkingDay()
    {
        // Monday 22 June 09:00: the day before is 端午 (19–21 June), which would push the notice to 09:00 on the
        // day itself, the meeting's start. It goes out on Thursday 18 June instead.
        var b = new ScheduleBuilder();
        b.Meeting(new DateTime(2026, 6, 22, 9, 0, 0));

        About(b.Render(Local(2026, 6, 1, 0), Local(2026, 6, 23, 0)), "meeting:m1").Where(r => r.Contains(" u1 "))
            .Should().Equal("before-7 meeting:m1 u1 2026-06-15 09:00", "before-1 meeting:m1 u1 2026-06-18 09:00");
    }

    [Fact]
    public void Between_NoticeADayOffPushesToTheMorningOfAnAfternoonMeeting_GoesOutThatMorning()
    {
        var b = new ScheduleBuilder();
        b.Meeting(new DateTime(2026, 6, 22, 14, 30, 0));

        About(b.Render(Local(2026, 6, 16, 0), Local(2026, 6, 23, 0)), "meeting:m1").Where(r => r.Contains(" u1 "))
            .Should().Equal("before-1 meeting:m1 u1 2026-06-22 09:00");
    }

    [Fact]
    public void Between_HeldMeeting_HasNoNotices()
    {
        var b = new ScheduleBuilder();
        var meeting = b.Meeting(new DateTime(2026, 6, 18, 14, 30, 0));
        meeting.MarkHeld(b.JointMeeting, Secretary, Local(2026, 6, 18, 15));

        About(b.Render(Local(2026, 6, 1, 0), Local(2026, 7, 1, 0)), "meeting:m1").Should().BeEmpty();
    }

    [Fact]
    public void Between_NoMeetingInTheFirstHalf_TellsTheManagersOnTheFirstOfJuly()
    {
        var b = new ScheduleBuilder();

        b.Render(Local(2026, 6, 1, 0), Local(2026, 8, 1, 0)).Should().Equal("july-check year:2026 managers 2026-07-01 09:00");
    }

    [Fact]
    public void Between_OneMeetingHeldOrPlanned_SkipsJulyButChecksOnTheFirstWorkingDayAfterNationalDay()
    {
        // 1 October is 国庆: the check waits for Thursday 8 October, the first working day after the holiday.
        var b = new ScheduleBuilder();
        b.Meeting(new DateTime(2026, 6, 18, 14, 30, 0)).MarkHeld(b.JointMeeting, Secretary, Local(2026, 6, 18, 15));

        About(b.Render(Local(2026, 6, 20, 0), Local(2027, 1, 1, 0)), "year:2026").Should().Equal("october-check year:2026 managers 2026-10-08 09:00");
    }

    [Fact]
    public void Between_EveryRequiredMeetingHeldOrPlanned_HasNoYearCheck()
    {
        var b = new ScheduleBuilder();
        b.Meeting(new DateTime(2026, 6, 18, 14, 30, 0)).MarkHeld(b.JointMeeting, Secretary, Local(2026, 6, 18, 15));
        b.Meeting(new DateTime(2026, 11, 19, 9, 0, 0), "m2");

        About(b.Render(Local(2026, 6, 20, 0), Local(2027, 1, 1, 0)), "year:2026").Should().BeEmpty();
    }

    [Fact]
    public void Between_MakeUpWorkingSaturday_CountsAsAWorkingDay()
    {
        // Deadline Friday 9 October; Saturday 10 October is a make-up working day (调休): the first day overdue.
        var b = new ScheduleBuilder();
        b.Round(b.Meeting(new DateTime(2026, 10, 20, 9, 0, 0)), new DateOnly(2026, 10, 9));

        About(b.Render(Local(2026, 10, 9, 12), Local(2026, 10, 13, 0)), "round:r1").Where(r => r.Contains(" u1 "))
            .Should().Equal("overdue-1 round:r1 u1 2026-10-10 09:00", "overdue-2 round:r1 u1 2026-10-12 09:00");
    }

    [Fact]
    public void Between_WeekendsOnlyCalendar_ChecksOnTheFirstOfOctoberItself()
    {
        var b = new ScheduleBuilder();
        b.JointMeeting.UseChinaCalendar(Secretary, false, Now);
        b.Meeting(new DateTime(2026, 6, 18, 14, 30, 0)).MarkHeld(b.JointMeeting, Secretary, Local(2026, 6, 18, 15));

        About(b.Render(Local(2026, 6, 20, 0), Local(2027, 1, 1, 0)), "year:2026").Should().Equal("october-check year:2026 managers 2026-10-01 09:00");
    }

    [Fact]
    public void Between_DayOffAddedBySecretariat_MovesTheReminderToTheNextWorkingMorning()
    {
        var b = new ScheduleBuilder();
        b.JointMeeting.AddReminderDaysOff(Secretary, [new CalendarDayOff(new DateOnly(2026, 7, 1), "建党节调休")], Now);

        b.Render(Local(2026, 6, 1, 0), Local(2026, 8, 1, 0)).Should().Equal("july-check year:2026 managers 2026-07-02 09:00");
    }

    [Fact]
    public void Between_NothingBeforeTheJointMeetingWasCreated()
    {
        var b = new ScheduleBuilder(createdAt: Local(2026, 7, 1, 10));

        var due = ReminderSchedule.Between(b.Snapshot(), null, DateTimeOffset.MinValue, Local(2026, 12, 31, 0));

        due.Should().OnlyContain(r => r.At >= b.CreatedAt);
        due.Select(b.Render).Should().Equal("october-check year:2026 managers 2026-10-08 09:00");
    }

    [Fact]
    public void Between_HalfOpenWindow_IncludesFromAndExcludesTo()
    {
        var b = new ScheduleBuilder();

        b.Render(Local(2026, 7, 1, 9), Local(2026, 7, 1, 9, 1)).Should().ContainSingle();
        b.Render(Local(2026, 6, 30, 9), Local(2026, 7, 1, 9)).Should().BeEmpty();
    }
}
