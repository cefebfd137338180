using MeetingBot.Core.Conversation;
using MeetingBot.Core.Domain;
using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Meetings;

namespace MeetingBot.Conversation.Tests.Conversation;

// Refusals come from the domain in English; the Chinese reply must keep the why and the who-can, in Chinese.
public sealed class RefusalsTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));
    private static readonly ChatAccount Convenor = new("msteams", "c", "张召集");
    private static readonly ChatAccount Stranger = new("msteams", "s", "路人");
    private static readonly ChatAccount FinanceContact = new("msteams", "f", "财政联络员");

    private static JointMeeting Create()
    {
        var proposal = new JointMeetingProposal([], [new("区财政局", []), new("区教体局", [])], [], null);
        var jm = JointMeeting.Create(new JointMeetingSettings("jm", "联席会议"), proposal, Convenor, Now);
        jm.AssignRole(Convenor, FinanceContact, ContactRole.UnitContact, jm.FindUnit("区财政局")!.Id, Now);
        return jm;
    }

    private static DomainException Refused(Action action) => Assert.Throws<DomainException>(action);

    [Fact]
    public void Refusal_StrangerSchedules_SaysWhoCanInChinese()
    {
        var jm = Create();
        var refused = Refused(() => Meeting.Schedule(jm, Stranger, "m1", new MeetingPlan(new DateTime(2026, 6, 18, 14, 30, 0), TimeSpan.FromHours(2)), Now));

        Replies.Refusal(Lang.Zh, refused).Should().Be("没有执行：您还不是本联席会议已批准的成员。只有召集人或联席会议办公室可以安排会议。");
    }

    [Fact]
    public void Refusal_ContactAnswersForAnotherUnit_NamesTheUnitWhoseContactsCan()
    {
        var jm = Create();
        var meeting = Meeting.Schedule(jm, Convenor, "m1", new MeetingPlan(new DateTime(2026, 6, 18, 14, 30, 0), TimeSpan.FromHours(2)), Now);
        var refused = Refused(() => meeting.ReplyAttendance(jm, FinanceContact, jm.FindUnit("区教体局")!.Id, Attendance.Attend, null, Now));

        Replies.Refusal(Lang.Zh, refused).Should().Contain("只有区教体局的联络员可以代表该单位回复参会情况");
    }

    [Fact]
    public void Refusal_MeetingInPast_IsWordedInChinese()
    {
        var jm = Create();
        var refused = Refused(() => Meeting.Schedule(jm, Convenor, "m1", new MeetingPlan(new DateTime(2026, 1, 5, 9, 0, 0), TimeSpan.FromHours(2)), Now));

        Replies.Refusal(Lang.Zh, refused).Should().Be("没有执行：2026-01-05 09:00 已经过去，会议只能安排在将来的时间。");
    }

    [Fact]
    public void Refusal_InEnglish_DropsTheChannelIdOfThePerson()
    {
        var jm = Create();
        var refused = Refused(() => jm.AddUnit(Stranger, "区审计局", [], Now));

        var text = Replies.Refusal(Lang.En, refused);

        text.Should().StartWith("Not done: 路人 is not an approved contact").And.Contain("only the convenor or the secretariat can add member units");
        text.Should().NotContain("msteams:");
    }

    [Fact]
    public void Refusal_UnforeseenMessage_FallsBackToTheKindInChinese() =>
        Replies.Refusal(Lang.Zh, new DomainException(DomainError.UnknownTask, "Something new.")).Should().Be("没有执行：没有这项任务。");
}
