using static MeetingBot.Core.Tests.Policy.Robustness.RobustnessDocuments;

namespace MeetingBot.Core.Tests.Policy.Family;

/// <summary>
/// A joint-meeting charter (关于建立……联席会议制度的通知): convenor and vice-convenor, member units with a person and
/// post each, liaison officers, working rules, and 成员单位职责 with one item per unit that become its tasks.
/// </summary>
public class CharterTests
{
    private const string Charter = """
        索引号：11350200-2024-00123
        公文种类：通知
        主题分类：民政、扶贫、救灾
        某某区人民政府办公室关于建立某某区未成年人保护工作联席会议制度的通知
        各街道办事处，区政府各部门：
        为加强未成年人保护工作的统筹协调，经区政府同意，建立某某区未成年人保护工作联席会议制度。现将有关事项通知如下：
        一、主要职责
        统筹协调全区未成年人保护工作，研究解决工作中的重大问题。
        二、组成人员
        召集人：李某某　区政府副区长
        副召集人：王某某　区民政局局长
        成员单位：
        区民政局
        区教育局
        区财政局
        区公安分局
        团区委
        区妇联
        联席会议办公室设在区民政局，办公室主任由区民政局局长兼任。各成员单位确定1名科级干部为联络员，负责日常联络。
        三、工作规则
        联席会议原则上每半年召开一次全体会议，由召集人主持。各成员单位每半年向联席会议办公室报送工作情况。
        四、成员单位职责
        （一）区民政局：负责联席会议日常工作，统筹推进未成年人救助保护。
        （二）区教育局：负责学校保护工作，每年开展法治教育不少于2次。
        （三）区财政局：负责保障联席会议工作经费。
        （四）区公安分局：负责依法打击侵害未成年人的违法犯罪。
        （五）团区委：负责开展青少年自护教育。
        （六）区妇联：负责家庭教育指导服务。
        """;

    [Fact]
    public void Parse_Charter_TitleIsTheDocumentsNotAMetadataLine()
    {
        Ok(Charter).Title.Should().Be("某某区人民政府办公室关于建立某某区未成年人保护工作联席会议制度的通知");
    }

    [Fact]
    public void Parse_Charter_ConvenorViceConvenorAndMembers()
    {
        var jm = Ok(Charter).JointMeeting!;

        jm.Name.Should().Be("某某区未成年人保护工作联席会议");
        jm.Convenor.Should().Be("李某某　区政府副区长");
        jm.ViceConvenors.Should().Equal("王某某　区民政局局长");
        jm.Members.Should().Equal("区民政局", "区教育局", "区财政局", "区公安分局", "团区委", "区妇联");
        jm.MinMeetingsPerYear.Should().Be(2);
        jm.MembersReport.Should().BeTrue();
    }

    [Fact]
    public void Parse_Charter_OfficeAndLiaisonOfficers()
    {
        var jm = Ok(Charter).JointMeeting!;

        jm.Office.Should().Be("区民政局");
        jm.OfficeHead.Should().Be("区民政局局长");
        jm.LiaisonRule.Should().StartWith("各成员单位确定1名科级干部为联络员");
    }

    [Theory]
    [InlineData("四.一", "区民政局")]
    [InlineData("四.二", "区教育局")]
    [InlineData("四.五", "团区委")]
    [InlineData("四.六", "区妇联")]
    public void Parse_Charter_EachUnitsDutiesAreThatUnitsTask(string path, string unit)
    {
        var task = Ok(Charter).Task(path);

        task.Lead.Should().Equal([unit], Json(task));
        task.Assignment.Should().Be(Core.Policy.Model.UnitAssignment.Explicit);
    }

    [Fact]
    public void Parse_Charter_UnitOwnsOnlyItsOwnDuties()
    {
        var doc = Ok(Charter);

        doc.Units.Single(u => u.Name == "区财政局").Leads.Select(p => string.Join(".", p)).Should().Equal("四.三");
        doc.Task("一").Lead.Should().BeEmpty("主要职责 names no unit");
    }

    private const string CharterWithPostsPerUnit = """
        苍山县食品安全工作联席会议工作规则
        第一条 为加强食品安全工作的统筹协调，建立苍山县食品安全工作联席会议制度。
        第二条 联席会议组成如下：
        召 集 人：县政府副县长　赵某某
        成员单位：县市场监管局、县农业农村局、县卫生健康局、县公安局
        联 络 员：钱某某（县市场监管局）、孙某某（县农业农村局）
        第三条 联席会议原则上每季度召开一次，由召集人主持。
        第四条 县市场监管局负责联席会议的日常工作。
        """;

    [Fact]
    public void Parse_RulesWithFieldLines_MembersOnOneLineAndNamedLiaisonOfficers()
    {
        var jm = Ok(CharterWithPostsPerUnit).JointMeeting!;

        jm.Name.Should().Be("苍山县食品安全工作联席会议");
        jm.Convenor.Should().Be("县政府副县长　赵某某");
        jm.Members.Should().Equal("县市场监管局", "县农业农村局", "县卫生健康局", "县公安局");
        jm.LiaisonOfficers.Should().Equal("钱某某（县市场监管局）", "孙某某（县农业农村局）");
        jm.MinMeetingsPerYear.Should().Be(4);
    }

    [Fact]
    public void Parse_MembersListedAsUnitPostAndPerson_EachLineGivesItsUnit()
    {
        var jm = Ok("""
            关于建立某某市就业工作联席会议制度的通知
            一、组成人员
            召集人：副市长　周某某
            成员：
            市人力资源社会保障局　局长　吴某某
            市财政局　副局长　郑某某
            市总工会　副主席　王某某
            二、工作规则
            联席会议每年召开两次全体会议。
            """).JointMeeting!;

        jm.Members.Should().Equal("市人力资源社会保障局", "市财政局", "市总工会");
        jm.MinMeetingsPerYear.Should().Be(2);
    }

    [Fact]
    public void Parse_ItemTitledWithAColonThatIsNoUnit_GetsNoLead()
    {
        // Counter-example: "主要目标：" and "工作要求：" are headings, not units.
        var doc = Ok("""
            某某区养老服务工作方案
            （一）主要目标：建成养老服务体系。
            （二）工作要求：负责落实到位。
            """);

        doc.Tasks.Should().OnlyContain(t => t.Lead.Count == 0);
    }
}
