using MeetingBot.Core.Policy.Model;
using static MeetingBot.Core.Tests.Policy.Robustness.RobustnessDocuments;

namespace MeetingBot.Core.Tests.Policy.Family;

/// <summary>
/// The joint-meeting clause in the forms other documents write it: a convenor that is a unit, a post or a person;
/// vice-convenors; members listed by function; frequency words; the office and its head; liaison officers; and a
/// document that only refers to a joint meeting, which sets none up.
/// </summary>
public class JointMeetingClauseFormsTests
{
    private const string Plan = """
        某某市养老服务体系建设实施方案
        一、主要任务
        （一）建设养老机构。新建养老院2所。（责任单位：市民政局、市财政局）
        二、保障措施
        （一）加强组织领导。{0}
        （二）营造良好氛围。加强宣传引导。
        """;

    private static JointMeetingClause Clause(string sentence)
    {
        var jm = Ok(string.Format(Plan, sentence)).JointMeeting;
        jm.Should().NotBeNull("\"{0}\" sets up a joint meeting", sentence);
        jm!.Kind.Should().Be(JointMeetingKind.JointMeeting);
        return jm;
    }

    [Theory]
    [InlineData("建立市养老服务联席会议制度，市民政局负责联席会议的召集工作，市财政局、市卫生健康委为成员单位。", "市民政局")]
    [InlineData("建立市养老服务联席会议制度，由市政府分管领导担任召集人，市民政局、市财政局为成员单位。", "市政府分管领导")]
    [InlineData("建立市养老服务联席会议制度，分管副市长任召集人，市民政局、市财政局为成员单位。", "分管副市长")]
    [InlineData("建立市养老服务联席会议制度，召集人由市政府副市长王某某担任，市民政局、市财政局为成员单位。", "市政府副市长王某某")]
    public void Parse_ConvenorAsUnitPostOrPerson_IsReadAsWritten(string sentence, string convenor)
    {
        Clause(sentence).Convenor.Should().Be(convenor);
    }

    [Fact]
    public void Parse_ConvenorsDutyToConvene_IsNoConvenor()
    {
        // Counter-example: "召集人负责召集和主持会议" says what the convenor does, not who it is.
        Clause("建立市养老服务联席会议制度，市民政局、市财政局为成员单位，召集人负责召集和主持全体会议。").Convenor.Should().BeNull();
    }

    [Fact]
    public void Parse_ViceConvenors_AreReadAndNotTakenForTheConvenor()
    {
        var jm = Clause("建立市养老服务联席会议制度，副召集人由市民政局局长、市卫生健康委主任担任，召集人由分管副市长担任，市民政局、市财政局为成员单位。");

        jm.Convenor.Should().Be("分管副市长");
        jm.ViceConvenors.Should().Equal("市民政局局长", "市卫生健康委主任");
    }

    [Fact]
    public void Parse_MembersListedByFunction_EachFieldAndTheUnitNamedAfterThem()
    {
        var jm = Clause("建立市养老服务联席会议制度，联席会议由发展改革、财政、民政、卫生健康等部门和团市委组成，每年至少召开1次会议。");

        jm.Members.Should().Equal("市发展改革部门", "市财政局", "市民政局", "市卫生健康部门", "团市委");
        jm.MinMeetingsPerYear.Should().Be(1);
    }

    [Fact]
    public void Parse_RelatedDepartmentsAlone_AreNotAMemberList()
    {
        var jm = Clause("建立市养老服务联席会议制度，联席会议由相关部门组成，每季度召开一次。");

        jm.Members.Should().NotContain(m => m.Contains("相关"));
        jm.MinMeetingsPerYear.Should().Be(4);
    }

    [Theory]
    [InlineData("联席会议每季度召开一次。", 4)]
    [InlineData("联席会议原则上每季度召开，", 4)]
    [InlineData("联席会议每半年召开一次全体会议。", 2)]
    [InlineData("联席会议每年至少召开1次会议。", 1)]
    [InlineData("联席会议原则上每年召开两次。", 2)]
    [InlineData("联席会议每月召开一次例会。", 12)]
    public void Parse_FrequencyWords_GiveMeetingsAYear(string rule, int perYear)
    {
        Clause("建立市养老服务联席会议制度，市民政局、市财政局为成员单位，" + rule).MinMeetingsPerYear.Should().Be(perYear);
    }

    [Fact]
    public void Parse_OfficeAndItsHeadAndLiaisonOfficers_AreRead()
    {
        var jm = Clause("建立市养老服务联席会议制度，市民政局、市财政局为成员单位。联席会议办公室设在市民政局，办公室主任由市民政局分管负责同志兼任。各成员单位确定1名处级干部为联络员。");

        jm.Office.Should().Be("市民政局");
        jm.OfficeHead.Should().Be("市民政局分管负责同志");
        jm.LiaisonRule.Should().Contain("联络员").And.StartWith("各成员单位");
        jm.Members.Should().Equal("市民政局", "市财政局");
    }

    [Theory]
    [InlineData("充分发挥市养老服务联席会议作用，重大事项提请联席会议研究。")]
    [InlineData("各成员单位要按照市养老服务联席会议的部署做好工作。")]
    public void Parse_DocumentThatOnlyRefersToAJointMeeting_SetsNoneUp(string sentence)
    {
        Ok(string.Format(Plan, sentence)).JointMeeting.Should().BeNull();
    }
}
