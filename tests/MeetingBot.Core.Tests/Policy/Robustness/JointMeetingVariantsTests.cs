using MeetingBot.Core.Policy.Model;
using static MeetingBot.Core.Tests.Policy.Robustness.RobustnessDocuments;

namespace MeetingBot.Core.Tests.Policy.Robustness;

/// <summary>
/// The joint-meeting clause as other documents write it: members listed as "…等部门为成员单位" or
/// "成员单位包括…", meetings per season or half-year, reports "报送" to the meeting's office, and a stand-alone
/// 联席会议制度 document whose convenor, members, meeting rule and reporting duty sit in different items.
/// </summary>
public class JointMeetingVariantsTests
{
    private const string ClauseInItem = """
        一、主要任务
        （一）建设实训基地。加强建设。（责任单位：市教育局、市财政局）
        二、保障措施
        （一）加强组织领导。{0}
        （二）营造良好氛围。加强宣传引导。
        """;

    [Theory]
    [InlineData("建立市职业教育工作联席会议制度，由市政府分管副市长担任召集人，市教育局、市发展改革委、市财政局、市人社局等部门为成员单位，联席会议原则上每年至少召开2次会议，各成员单位定期向联席会议报告工作进展情况。",
        "市政府分管副市长", "市教育局|市发展改革委|市财政局|市人社局", 2, true)]
    [InlineData("建立市职业教育工作联席会议制度，联席会议由市教育局、市财政局、市人社局组成，召集人由市政府分管教育工作的副市长担任，联席会议每季度召开一次。",
        "市政府分管教育工作的副市长", "市教育局|市财政局|市人社局", 4, false)]
    [InlineData("建立市职业教育工作联席会议制度，联席会议由市教育局、市财政局、市人社局组成，原则上每半年召开一次。",
        null, "市教育局|市财政局|市人社局", 2, false)]
    [InlineData("建立市职业教育工作联席会议制度，联席会议由市教育局、市财政局、市人社局组成，联席会议原则上每年召开两次全体会议，各成员单位每半年向联席会议办公室报送工作进展情况。",
        null, "市教育局|市财政局|市人社局", 2, true)]
    [InlineData("建立市职业教育工作联席会议制度，成员单位包括市教育局、市财政局、市人社局、市发展改革委，每年至少召开一次联席会议。",
        null, "市教育局|市财政局|市人社局|市发展改革委", 1, false)]
    [InlineData("建立市职业教育工作联席会议制度，联席会议成员由市教育局、市财政局、市人社局分管负责同志组成，联席会议每年召开2次。",
        null, "市教育局|市财政局|市人社局", 2, false)]
    public void Parse_JointMeetingClause_ReadsConvenorMembersMeetingsAndReporting(
        string clause, string? convenor, string members, int meetingsPerYear, bool membersReport)
    {
        var doc = Ok(string.Format(ClauseInItem, clause));
        var jm = doc.JointMeeting;

        jm.Should().NotBeNull();
        jm!.Kind.Should().Be(JointMeetingKind.JointMeeting);
        jm.Name.Should().Be("市职业教育工作联席会议");
        jm.Convenor.Should().Be(convenor);
        jm.Members.Should().Equal(List(members));
        jm.MinMeetingsPerYear.Should().Be(meetingsPerYear);
        jm.MembersReport.Should().Be(membersReport);
        jm.Line.Should().Be(4);
    }

    [Fact]
    public void Parse_FourLevelOutline_JointMeetingMembersListedAsMemberUnits()
    {
        // 三、(一): "…由市政府分管副市长担任召集人，市教育局、市发展改革委、市财政局、市人社局、市工业和信息化局等部门为成员单位，
        // 联席会议原则上每年至少召开2次会议，各成员单位定期向联席会议报告工作进展情况。"
        var jm = Load(FourLevels).JointMeeting;

        jm.Should().NotBeNull();
        jm!.Name.Should().Be("市职业教育工作联席会议");
        jm.Convenor.Should().Be("市政府分管副市长");
        jm.MinMeetingsPerYear.Should().Be(2);
        jm.MembersReport.Should().BeTrue();
        jm.Line.Should().Be(31);
        jm.TaskPath.Should().Equal("三", "一");
        jm.Members.Should().Equal("市教育局", "市发展改革委", "市财政局", "市人社局", "市工业和信息化局");
    }

    [Fact]
    public void Parse_WebPagePlan_JointMeetingComposedOfUnits()
    {
        var jm = Load(WebPageNotice).JointMeeting;

        jm.Should().NotBeNull();
        jm!.Convenor.Should().Be("分管副省长");
        jm.Members.Should().Equal("省教育厅", "省发展改革委", "省财政厅", "省人力资源社会保障厅");
        jm.MinMeetingsPerYear.Should().Be(1);
        jm.TaskPath.Should().Equal("三", "一");
    }

    // ---- a 联席会议制度 document: 一、主要职责 二、成员单位 三、工作规则 四、工作要求 -----------------------------------

    [Fact]
    public void Parse_JointMeetingRules_ConvenorAndMembersFromTheMembersItem()
    {
        var jm = Load(JointMeetingRules).JointMeeting;

        jm.Should().NotBeNull();
        jm!.Convenor.Should().Be("区政府分管副区长");
        jm.Members.Should().Equal("区教育局", "区发展改革局", "区财政局", "区人力资源社会保障局", "区工业和信息化局", "区总工会");
    }

    [Fact]
    public void Parse_JointMeetingRules_MeetingRuleFromTheRulesItem()
    {
        // 三、工作规则: "联席会议原则上每半年召开一次全体会议" — twice a year.
        Load(JointMeetingRules).JointMeeting!.MinMeetingsPerYear.Should().Be(2);
    }

    [Fact]
    public void Parse_JointMeetingRules_ReportingDutyFromTheRulesItem()
    {
        // 三、工作规则: "各成员单位…每半年向联席会议报告一次工作进展情况".
        Load(JointMeetingRules).JointMeeting!.MembersReport.Should().BeTrue();
    }

    [Fact]
    public void Parse_JointMeetingRules_NameIsTheMeetingNotAVerbPhrase()
    {
        // "承担联席会议日常工作" mentions the meeting; the meeting is 某某区职业教育工作联席会议 (title and line 3).
        var name = Load(JointMeetingRules).JointMeeting!.Name;

        name.Should().Match(n => n == null || n.EndsWith("职业教育工作联席会议"),
            "the name should be the meeting's (or none rather than a wrong one), not \"{0}\"", name);
    }
}
