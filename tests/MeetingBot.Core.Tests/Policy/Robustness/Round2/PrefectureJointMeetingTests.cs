using MeetingBot.Core.Policy.Index;
using MeetingBot.Core.Policy.Model;
using static MeetingBot.Core.Tests.Policy.Robustness.RobustnessDocuments;
using static MeetingBot.Core.Tests.Policy.Robustness.Round2.Round2Documents;

namespace MeetingBot.Core.Tests.Policy.Robustness.Round2;

/// <summary>
/// A prefecture's (州) notice setting up a 联席会议制度 whose 二、组成人员 lists the people by post, one per line,
/// the way such notices are set: "召 集 人：州人民政府分管副州长", "副召集人：…", "成　　员：州委组织部副部长" and
/// then one post per line indented with full-width spaces. The members of the meeting are the units those posts
/// belong to. The notice's title is set on two lines under the issuing office.
/// </summary>
public class PrefectureJointMeetingTests
{
    private static readonly string[] MemberUnits =
    [
        "州委组织部", "州委宣传部", "州发展改革委", "州财政局", "州人力资源社会保障局", "州自然资源局", "州住房城乡建设局",
        "州卫生健康委", "州医保局", "州市场监管局", "州总工会", "州残联",
    ];

    [Theory]
    [InlineData(1, 4)]  // 一、…四、
    [InlineData(2, 10)] // 4 + 3 + 3 （一）… items; 二、 has none
    public void Parse_JointMeetingNotice_FindsTasksPerLevel(int level, int expected)
    {
        var doc = Doc(PrefectureJointMeeting);

        doc.Tasks.Count(t => t.Level == level).Should().Be(expected, "tasks found: {0}", Paths(doc));
    }

    [Theory]
    [InlineData("二", 14, "组成人员")]
    [InlineData("三.一", 34, "联席会议原则上每半年召开一次全体会议，由召集人或召集人委托的副召集人主持")]
    [InlineData("四.二", 40, "州民政局牵头制定全州养老服务设施布局规划，州自然资源局、州住房城乡建设局配合做好养老服务设施用地保障和配建工作")]
    public void Parse_JointMeetingNotice_TaskHasLineAndTitle(string path, int line, string title)
    {
        var task = Doc(PrefectureJointMeeting).Task(path);

        task.Line.Should().Be(line, Json(task));
        task.Title.Should().Be(title, Json(task));
    }

    [Fact]
    public void Parse_MembersListedOnePerLine_JointMeetingNameConvenorAndRules()
    {
        var jm = Doc(PrefectureJointMeeting).JointMeeting;

        jm.Should().NotBeNull();
        jm!.Kind.Should().Be(JointMeetingKind.JointMeeting);
        jm.Name.Should().Be("苍岭州养老服务体系建设联席会议");
        jm.Convenor.Should().Be("州人民政府分管副州长", "\"召 集 人：州人民政府分管副州长\" names the convenor");
        jm.MinMeetingsPerYear.Should().Be(2, "原则上每半年召开一次全体会议");
        jm.MembersReport.Should().BeTrue("各成员单位要于每年6月底和12月底前，向联席会议办公室报送…推进情况");
    }

    [Fact]
    public void Parse_MembersListedOnePerLine_MembersAreTheUnitsOfThePosts()
    {
        var jm = Doc(PrefectureJointMeeting).JointMeeting;

        jm.Should().NotBeNull();
        jm!.Members.Should().Contain(MemberUnits, "members: {0}", string.Join("、", jm.Members));
        jm.Members.Should().Contain("州民政局", "the 民政局's director is a deputy convenor and the meeting's office sits there");
        jm.Members.Should().NotContain(m => m.EndsWith("长") || m.EndsWith("主任") || m.EndsWith("主席") || m.Contains("人员"),
            "members are units, not the posts of people; members: {0}", string.Join("、", jm.Members));
    }

    [Fact]
    public void Parse_NoticeTitleUnderIssuingOffice_TitleIsTheNoticeNotTheOffice()
    {
        var doc = Doc(PrefectureJointMeeting);

        doc.Title.Should().EndWith("关于建立苍岭州养老服务体系建设联席会议制度的通知");
        doc.Issuer.Should().Be("苍岭州人民政府办公室");
        doc.Date.Should().Be(new DateOnly(2024, 7, 8));
        doc.DocumentNumber.Should().Be("苍州府办函〔2024〕45号");
    }

    [Fact]
    public void Parse_NoticeWithoutNotes_LeadOfThePlanningDutyIsInferred()
    {
        var task = Doc(PrefectureJointMeeting).Task("四.二");

        task.Lead.Should().Equal(["州民政局"], Json(task));
        task.Assignment.Should().Be(UnitAssignment.Inferred, Json(task));
    }

    [Fact]
    public void Ask_JointMeetingNotice_WhoDrawsUpTheFacilitiesPlan_IsTheCivilAffairsBureau()
    {
        var answer = Ask(PrefectureJointMeeting, "谁负责养老服务设施布局规划", new DateOnly(2024, 8, 1));

        answer.Tasks.Should().NotBeEmpty(Describe(answer));
        answer.Tasks[0].Task.PathText.Should().Be("四.二", Describe(answer));
        Describe(answer).Should().Contain("州民政局");
    }

    [Theory]
    [InlineData("州财政局负责什么", "州财政局")]
    [InlineData("州残联有哪些任务", "州残联")]
    public void Ask_JointMeetingNotice_MemberUnit_IsKnown(string question, string unit)
    {
        var answer = Ask(PrefectureJointMeeting, question, new DateOnly(2024, 8, 1));

        answer.Kind.Should().Be(PolicyQuestionKind.UnitTasks);
        answer.Units.Select(u => u.Unit.Name).Should().Contain(unit, "a member of the joint meeting is a unit of the document; {0}", Describe(answer));
    }
}
