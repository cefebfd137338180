using MeetingBot.Core.Domain;
using MeetingBot.Core.Domain.Meetings;
using static MeetingBot.Core.Tests.Domain.DomainBuilder;

namespace MeetingBot.Core.Tests.Domain;

public class MeetingTests
{
    [Fact]
    public void Schedule_ByTheSecretariat_PlansItAtLocalTime()
    {
        var meeting = NewMeeting(NewJointMeeting());

        meeting.Status.Should().Be(MeetingStatus.Planned);
        meeting.StartsAt.Should().Be(Local(2026, 6, 18, 14, 30));
        meeting.StartsAt.UtcDateTime.Should().Be(new DateTime(2026, 6, 18, 6, 30, 0, DateTimeKind.Utc));
        meeting.PendingAudit.Should().ContainSingle().Which.Action.Should().Be("meeting.scheduled");
    }

    [Fact]
    public void Schedule_InThePast_IsRefused()
    {
        var schedule = () => Meeting.Schedule(NewJointMeeting(), Secretary, "m1", new MeetingPlan(new DateTime(2026, 3, 2, 8, 59, 0), MeetingPlan.DefaultDuration), Now);

        schedule.Should().Throw<DomainException>().Which.Error.Should().Be(DomainError.MeetingInPast);
    }

    [Fact]
    public void Schedule_ByAUnitContact_IsRefused()
    {
        var schedule = () => Meeting.Schedule(NewJointMeeting(), FinanceContact, "m1", new MeetingPlan(new DateTime(2026, 6, 18, 14, 30, 0), MeetingPlan.DefaultDuration), Now);

        schedule.Should().Throw<DomainException>().Which.Error.Should().Be(DomainError.NotAllowed);
    }

    [Theory]
    [InlineData(10, null)]
    [InlineData(120, "ftp://example.org/room")]
    [InlineData(120, "会议室")]
    public void Schedule_WithBadDurationOrLink_IsRefused(int minutes, string? link)
    {
        var schedule = () => Meeting.Schedule(NewJointMeeting(), Secretary, "m1",
            new MeetingPlan(new DateTime(2026, 6, 18, 14, 30, 0), TimeSpan.FromMinutes(minutes), OnlineLink: link), Now);

        schedule.Should().Throw<DomainException>().Which.Error.Should().Be(DomainError.InvalidValue);
    }

    [Fact]
    public void Reschedule_MovesTheMeeting()
    {
        var jm = NewJointMeeting();
        var meeting = NewMeeting(jm);

        meeting.Reschedule(jm, Convenor, new MeetingPlan(new DateTime(2026, 6, 25, 9, 0, 0), TimeSpan.FromHours(3), OnlineLink: "https://meet.example.org/abc"), Now);

        meeting.StartsAt.Should().Be(Local(2026, 6, 25, 9));
        meeting.State.OnlineLink.Should().Be("https://meet.example.org/abc");
        meeting.State.Location.Should().BeNull();
    }

    [Fact]
    public void Sequence_RisesOnRescheduleAndCancel_NotOnAttendance()
    {
        var jm = NewJointMeeting();
        var meeting = NewMeeting(jm);
        meeting.State.Sequence.Should().Be(0);

        meeting.Reschedule(jm, Secretary, new MeetingPlan(new DateTime(2026, 6, 25, 9, 0, 0), MeetingPlan.DefaultDuration), Now);
        meeting.ReplyAttendance(jm, FinanceContact, Finance, Attendance.Attend, null, Now);
        meeting.State.Sequence.Should().Be(1);

        meeting.Cancel(jm, Secretary, "召集人出差", Now);
        meeting.State.Sequence.Should().Be(2);
    }

    [Fact]
    public void Sequence_OfARefusedReschedule_StaysAsItWas()
    {
        var jm = NewJointMeeting();
        var meeting = NewMeeting(jm);

        var reschedule = () => meeting.Reschedule(jm, Secretary, new MeetingPlan(new DateTime(2026, 3, 1, 9, 0, 0), MeetingPlan.DefaultDuration), Now);

        reschedule.Should().Throw<DomainException>();
        meeting.State.Sequence.Should().Be(0);
    }

    [Fact]
    public void Reschedule_ACancelledMeeting_IsRefused()
    {
        var jm = NewJointMeeting();
        var meeting = NewMeeting(jm);
        meeting.Cancel(jm, Secretary, "召集人出差", Now);

        var reschedule = () => meeting.Reschedule(jm, Secretary, new MeetingPlan(new DateTime(2026, 6, 25, 9, 0, 0), MeetingPlan.DefaultDuration), Now);

        reschedule.Should().Throw<DomainException>().Which.Error.Should().Be(DomainError.MeetingNotPlanned);
        meeting.State.CancelReason.Should().Be("召集人出差");
    }

    [Fact]
    public void Cancel_WithoutAReason_IsRefused()
    {
        var jm = NewJointMeeting();

        var cancel = () => NewMeeting(jm).Cancel(jm, Secretary, "  ", Now);

        cancel.Should().Throw<DomainException>().Which.Error.Should().Be(DomainError.InvalidValue);
    }

    [Fact]
    public void MarkHeld_BeforeItStarts_IsRefused_AndAfterwardsWorks()
    {
        var jm = NewJointMeeting();
        var meeting = NewMeeting(jm);

        var early = () => meeting.MarkHeld(jm, Secretary, Local(2026, 6, 18, 14, 29));
        early.Should().Throw<DomainException>().Which.Error.Should().Be(DomainError.MeetingNotStarted);

        meeting.MarkHeld(jm, Secretary, Local(2026, 6, 18, 17));
        meeting.Status.Should().Be(MeetingStatus.Held);
    }

    [Fact]
    public void ReplyAttendance_LatestReplyOfAUnitCounts()
    {
        var jm = NewJointMeeting();
        var meeting = NewMeeting(jm);

        meeting.ReplyAttendance(jm, FinanceContact, Finance, Attendance.Attend, null, Now);
        meeting.ReplyAttendance(jm, FinanceContact, Finance, Attendance.SendDeputy, "刘副局长", Now.AddHours(1));

        meeting.State.Replies.Should().ContainSingle().Which.Should().BeEquivalentTo(new { UnitId = Finance, Attendance = Attendance.SendDeputy, Who = "刘副局长" });
    }

    [Fact]
    public void ReplyAttendance_ForAnotherUnit_IsRefused()
    {
        var jm = NewJointMeeting();

        var reply = () => NewMeeting(jm).ReplyAttendance(jm, FinanceContact, Labour, Attendance.Absent, null, Now);

        reply.Should().Throw<DomainException>().Which.Error.Should().Be(DomainError.WrongUnit);
    }

    [Fact]
    public void ReplyAttendance_SendingADeputyWithoutAName_IsRefused()
    {
        var jm = NewJointMeeting();

        var reply = () => NewMeeting(jm).ReplyAttendance(jm, FinanceContact, Finance, Attendance.SendDeputy, null, Now);

        reply.Should().Throw<DomainException>().Which.Error.Should().Be(DomainError.InvalidValue);
    }
}
