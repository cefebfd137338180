using MeetingBot.Core.Domain.Meetings;
using static MeetingBot.Core.Tests.Domain.DomainBuilder;

namespace MeetingBot.Core.Tests.Domain;

public class MeetingYearCheckTests
{
    [Fact]
    public void For_TwoPlannedMeetings_Complies()
    {
        var jm = NewJointMeeting();
        var meetings = new[] { NewMeeting(jm, "m1"), Meeting.Schedule(jm, Secretary, "m2", new MeetingPlan(new DateTime(2026, 11, 20, 9, 0, 0), MeetingPlan.DefaultDuration), Now) };

        var check = MeetingYearCheck.For(2026, meetings, 2, new DateOnly(2026, 3, 2));

        check.Should().Be(new MeetingYearCheck(2026, 2, 0, 2, 0, null));
        check.Complies.Should().BeTrue();
    }

    [Fact]
    public void For_OneHeldAndNothingPlanned_MissesOne_CompliableUntilAWeekBeforeYearEnd()
    {
        var jm = NewJointMeeting();
        var held = NewMeeting(jm);
        held.MarkHeld(jm, Secretary, Local(2026, 6, 18, 17));

        var check = MeetingYearCheck.For(2026, [held], 2, new DateOnly(2026, 7, 1));

        check.Should().Be(new MeetingYearCheck(2026, 2, 1, 0, 1, new DateOnly(2026, 12, 25)));
        check.StillPossible(new DateOnly(2026, 12, 24)).Should().BeTrue();
        check.StillPossible(new DateOnly(2026, 12, 25)).Should().BeFalse();
    }

    [Fact]
    public void For_CancelledMeetingsAndPastUnheldOnes_DoNotCount()
    {
        var jm = NewJointMeeting();
        var cancelled = NewMeeting(jm, "m1");
        cancelled.Cancel(jm, Secretary, "改期", Now);
        var neverMarked = NewMeeting(jm, "m2");

        var check = MeetingYearCheck.For(2026, [cancelled, neverMarked], 2, new DateOnly(2026, 7, 1));

        check.Missing.Should().Be(2);
        check.NoLongerCompliableFrom.Should().Be(new DateOnly(2026, 12, 24));
    }

    [Fact]
    public void For_AnotherYear_CountsOnlyThatYear()
    {
        var check = MeetingYearCheck.For(2027, [NewMeeting(NewJointMeeting())], 2, new DateOnly(2026, 3, 2));

        check.Planned.Should().Be(0);
        check.Missing.Should().Be(2);
    }
}
