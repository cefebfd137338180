using MeetingBot.Core.Domain;
using MeetingBot.Core.Domain.Reporting;
using static MeetingBot.Core.Tests.Domain.DomainBuilder;

namespace MeetingBot.Core.Tests.Domain;

public class ReportingRoundTests
{
    [Fact]
    public void Open_AsksEveryUnitAboutTheTasksItLeadsOrShares()
    {
        var jm = NewJointMeeting();

        var round = NewRound(jm, NewMeeting(jm));

        round.TasksOf(Education).Should().Equal("二.1", "二.3");
        round.TasksOf(Finance).Should().Equal("二.1", "二.2");
        round.TasksOf(Labour).Should().Equal("二.3");
        round.DeadlinePassesAt.Should().Be(Local(2026, 6, 11, 0));
    }

    [Fact]
    public void Open_WithTheDeadlineAfterTheMeeting_IsRefused()
    {
        var jm = NewJointMeeting();

        var open = () => ReportingRound.Open(jm, NewMeeting(jm), [], Secretary, "r1", new DateOnly(2026, 6, 19), Now);

        open.Should().Throw<DomainException>().Which.Error.Should().Be(DomainError.DeadlineAfterMeeting);
    }

    [Fact]
    public void Open_WithTheDeadlineInThePast_IsRefused()
    {
        var jm = NewJointMeeting();

        var open = () => ReportingRound.Open(jm, NewMeeting(jm), [], Secretary, "r1", new DateOnly(2026, 3, 1), Now);

        open.Should().Throw<DomainException>().Which.Error.Should().Be(DomainError.DeadlineInPast);
    }

    [Fact]
    public void Open_WhileAnotherRoundOfTheMeetingIsOpen_IsRefused()
    {
        var jm = NewJointMeeting();
        var meeting = NewMeeting(jm);
        var first = NewRound(jm, meeting);

        var open = () => ReportingRound.Open(jm, meeting, [first], Secretary, "r2", new DateOnly(2026, 6, 10), Now);

        open.Should().Throw<DomainException>().Which.Error.Should().Be(DomainError.RoundAlreadyOpen);
    }

    [Fact]
    public void Open_ForACancelledMeeting_IsRefused()
    {
        var jm = NewJointMeeting();
        var meeting = NewMeeting(jm);
        meeting.Cancel(jm, Secretary, "取消", Now);

        var open = () => NewRound(jm, meeting);

        open.Should().Throw<DomainException>().Which.Error.Should().Be(DomainError.MeetingNotPlanned);
    }

    [Fact]
    public void Open_ByAUnitContact_IsRefused()
    {
        var jm = NewJointMeeting();

        var open = () => ReportingRound.Open(jm, NewMeeting(jm), [], LabourContact, "r1", new DateOnly(2026, 6, 10), Now);

        open.Should().Throw<DomainException>().Which.Error.Should().Be(DomainError.NotAllowed);
    }

    [Fact]
    public void Close_ThenReopen_OpensItUntilTheNewDay()
    {
        var jm = NewJointMeeting();
        var round = NewRound(jm, NewMeeting(jm));

        round.Close(jm, Secretary, Local(2026, 6, 11));
        round.IsOpen.Should().BeFalse();
        round.Reopen(jm, Secretary, new DateOnly(2026, 6, 12), Local(2026, 6, 11));

        round.IsOpen.Should().BeTrue();
        round.EditsCloseAt.Should().Be(Local(2026, 6, 13, 0));
        round.DeadlinePassesAt.Should().Be(Local(2026, 6, 11, 0), "lateness still counts from the original deadline");
    }
}
