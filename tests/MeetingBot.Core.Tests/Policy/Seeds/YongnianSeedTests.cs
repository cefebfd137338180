using MeetingBot.Core.Policy.Model;
using static MeetingBot.Core.Tests.Policy.Seeds.SeedDocuments;

namespace MeetingBot.Core.Tests.Policy.Seeds;

/// <summary>
/// Expectations for seeds/002 (邯郸市永年区, 永年区职业教育改革发展实施方案), read independently of the parser.
/// Structure: 一、工作目标 (（一）…（四）), 二、主要任务 ((一)…(六), each with 1. 2. … items), 三、组织实施
/// ((一)…(四)). Notes are (牵头单位:…;责任单位:…), three of them missing the closing bracket (lines 104/106/108).
/// </summary>
public class YongnianSeedTests
{
    private static PolicyDocument Doc => Load(Yongnian);

    // ---- document ----------------------------------------------------------------------------------------------

    [Fact]
    public void Parse_YongnianSeed_TitleIsThePlanItself()
    {
        Doc.Title.Should().Be("永年区职业教育改革发展实施方案");
    }

    [Fact]
    public void Parse_YongnianSeed_IssuerIsDistrictGovernment()
    {
        Doc.Issuer.Should().Be("邯郸市永年区人民政府");
    }

    [Fact]
    public void Parse_YongnianSeed_DateIsPublicationDateMetadata()
    {
        Doc.Date.Should().Be(new DateOnly(2019, 11, 24));
    }

    [Fact]
    public void Parse_YongnianSeed_EmptyDocumentNumberFieldGivesNoNumber()
    {
        // "文号:" is empty; 邯政字〔201915号 is a cited document.
        Doc.DocumentNumber.Should().BeNull();
    }

    // ---- task structure ----------------------------------------------------------------------------------------

    [Theory]
    [InlineData(1, 3)]  // 一、工作目标 (58), 二、主要任务 (70), 三、组织实施 (128)
    [InlineData(2, 14)] // 一: 4, 二: 6, 三: 4
    [InlineData(3, 20)] // 二(一) 4 + (二) 3 + (三) 4 + (四) 3 + (五) 2 + (六) 4
    public void Parse_YongnianSeed_FindsTasksPerLevel(int level, int expected)
    {
        Doc.Tasks.Count(t => t.Path.Count == level).Should().Be(expected);
    }

    [Theory]
    [InlineData("二.一", 4)]
    [InlineData("二.二", 3)]
    [InlineData("二.三", 4)]
    [InlineData("二.四", 3)]
    [InlineData("二.五", 2)]
    [InlineData("二.六", 4)]
    public void Parse_YongnianSeedMainTask_HasNumberedItems(string parent, int items)
    {
        var parentPath = Path(parent);
        Doc.Tasks.Count(t => t.Path.Count == 3 && t.Path.Take(2).SequenceEqual(parentPath)).Should().Be(items);
    }

    [Theory]
    [InlineData("一", 58, "工作目标")]
    [InlineData("二", 70, "主要任务")]
    [InlineData("三", 128, "组织实施")]
    [InlineData("一.一", 62, "职教中心办学水平大幅提升")]
    [InlineData("二.一", 72, "构建现代职业教育体系")]
    [InlineData("二.一.1", 74, "落实国家职业教育制度框架")]
    [InlineData("二.三.4", 100, "建立一支双师型教师队伍")]
    [InlineData("二.六.4", 124, "健全经费投入机制")]
    [InlineData("三.二", 132, "建立完善区政府职业教育工作联席会议制度")]
    public void Parse_YongnianSeed_TaskHasHeadingTitleAndLabelLine(string path, int line, string title)
    {
        var task = Doc.Task(path);
        task.Title.Should().Be(title);
        task.Line.Should().Be(line);
    }

    // ---- units per task ----------------------------------------------------------------------------------------

    [Theory]
    [InlineData("二.一.1", "区教体局|区人社局",
        "区发改局|区财政局|区自然资源和规划局|区行政审批局|区职教中心")]
    [InlineData("二.一.2", "区教体局|区人社局", // note closes the second paragraph (line 78)
        "区自然资源和规划局|区住建局|区职教中心")]
    [InlineData("二.一.3", "区教体局", "区职教中心")]
    [InlineData("二.一.4", "区教体局|区人社局", // note follows 100% without a 。
        "区财政局|区退役军人事务局|区职教中心")]
    [InlineData("二.二.3", "区人社局|区教体局",
        "区民政局|区财政局|区住建局|区退役军人事务局|区总工会|区妇联")]
    [InlineData("二.三.1", "区发改局|区人社局|区教体局", "区财政局|区税务局|区总工会|有关行业组织")]
    [InlineData("二.三.2", "区教体局|区人社局", "区发改局|有关行业组织")]
    [InlineData("二.三.3", "区发改局|区教体局|区人社局", "区财政局")]
    [InlineData("二.三.4", "区教体局|区人社局", "区委编办|区财政局|区职教中心")]
    [InlineData("二.四.1", "区教体局|区人社局", "区发改局|区民政局|区卫健局|区职教中心")] // no closing bracket
    [InlineData("二.四.2", "区教体局|区人社局", "区发改局")]                          // no closing bracket
    [InlineData("二.四.3", "区教体局|区人社局", "区民政局|区财政局|区农业农村局|区职教中心")] // no closing bracket
    [InlineData("二.六.3", "区人社局", "区委组织部|区教体局|区财政局")]
    [InlineData("二.六.4", "区财政局|区教体局|区人社局", "区发改局|区职教中心")] // note after second paragraph (line 126)
    [InlineData("三.二", "区教体局", "区发改局|区财政局|区人社局|区农业农村局|区税务局|区民政局")]
    [InlineData("三.三", "区教体局|区人社局", "")] // 牵头单位 only
    public void Parse_YongnianSeedLeadMarker_GivesExplicitLeadAndResponsible(
        string path, string lead, string responsible)
    {
        var task = Doc.Task(path);
        task.Assignment.Should().Be(UnitAssignment.Explicit);
        task.Lead.Should().Equal(List(lead));
        task.Responsible.Should().Equal(List(responsible));
    }

    [Theory]
    [InlineData("一")]
    [InlineData("一.二")]
    [InlineData("二")]
    [InlineData("二.一")] // its 1.–4. have notes; nothing is inherited upwards or downwards
    [InlineData("二.六")]
    public void Parse_YongnianSeedTaskWithoutNote_HasNoUnits(string path)
    {
        var task = Doc.Task(path);
        task.Assignment.Should().Be(UnitAssignment.None);
        task.Lead.Should().BeEmpty();
        task.Responsible.Should().BeEmpty();
    }

    [Fact]
    public void Parse_YongnianSeed_EveryNumberedItemOfMainTasksHasANote()
    {
        Doc.Tasks.Where(t => t.Path.Count == 3).Should().OnlyContain(t => t.Assignment == UnitAssignment.Explicit);
    }

    // ---- targets -----------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("一.一", 62, "3个", "2022-12-31")]          // 到2022年底,打造3个…骨干专业
    [InlineData("一.二", 64, "40%", "2020-12-31")]          // 到2020年底,…双师型教师比例达到40%
    [InlineData("一.二", 64, "60%", "2022-12-31")]          // 到2022年底,…双师型教师比例达到60%
    [InlineData("一.四", 68, "8000人次", "2022-12-31")]     // 2022年底,…开展各类职业技能培训8000人次以上
    [InlineData("二.一.4", 82, "100%", "2022-12-31")]       // 到2022年底,…标准化建设达标率达到100%
    [InlineData("二.三.3", 98, "23家", "2022-12-31")]       // 到2022年,校企合作创建高水平专业实训基地达到23家
    [InlineData("二.五.2", 114, "8000人次", "2022-12-31")]  // 到2022年底,开展各类职业技能培训8000人次以上
    public void Parse_YongnianSeedTask_HasDatedQuantifiedTarget(string path, int line, string value, string deadline)
    {
        Doc.Task(path).Targets.Should().Contain(t =>
            t.Line == line && t.Value != null && t.Value.StartsWith(value) && t.Deadline == Date(deadline));
    }

    [Theory]
    [InlineData("一", 60, "2022-12-31")]      // 到2022年底,全区职业教育改革发展取得重要进展
    [InlineData("二.一.1", 74, "2021-12-31")] // 到2021年底,新建1职业学校
    [InlineData("二.一.1", 74, "2022-12-31")] // 到2022年底,全面完成中职学校标准化建设
    [InlineData("二.一.2", 76, "2020-12-31")] // 到2020年,重点办好区职教中心…示范校
    [InlineData("二.三.4", 100, "2019-01-01")] // 自2019年起,…公开招聘教师
    public void Parse_YongnianSeedTask_HasTargetWithDeadline(string path, int line, string deadline)
    {
        Doc.Task(path).Targets.Should().Contain(t => t.Line == line && t.Deadline == Date(deadline));
    }

    // ---- joint meeting -----------------------------------------------------------------------------------------

    [Fact]
    public void Parse_YongnianSeed_FindsJointMeetingInOrganisationSection()
    {
        var jm = Doc.JointMeeting;
        jm.Should().NotBeNull();
        jm!.Kind.Should().Be(JointMeetingKind.JointMeeting);
        jm.Line.Should().Be(132);
        jm.TaskPath.Should().Equal("三", "二");
    }

    [Fact]
    public void Parse_YongnianSeedJointMeeting_MembersAreTheSevenListedDepartments()
    {
        Doc.JointMeeting!.Members.Should().BeEquivalentTo(
            ["区教体局", "区人社局", "区发改局", "区财政局", "区农业农村局", "区税务局", "区扶贫办"]);
    }

    [Fact]
    public void Parse_YongnianSeedJointMeeting_ConvenorIsDeputyDistrictHead()
    {
        Doc.JointMeeting!.Convenor.Should().Contain("副区长");
    }

    [Fact]
    public void Parse_YongnianSeedJointMeeting_MeetsTwiceAYearWrittenInWords()
    {
        // 联席会议每年至少召开两次
        Doc.JointMeeting!.MinMeetingsPerYear.Should().Be(2);
    }

    [Fact]
    public void Parse_YongnianSeedJointMeeting_MembersReportToIt()
    {
        // 各成员单位就有关工作情况向联席会议报告
        Doc.JointMeeting!.MembersReport.Should().BeTrue();
    }

    // ---- units -------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("区委编办", "二.三.4|二.六.1", "")]
    [InlineData("区妇联", "二.二.3", "")]
    [InlineData("区卫健局", "二.四.1", "")]
    [InlineData("区住建局", "二.一.2|二.二.3|二.六.2", "")]
    [InlineData("区民政局", "二.二.3|二.四.1|二.四.3|三.二", "")]
    [InlineData("区发改局", "二.一.1|二.三.1|二.三.2|二.三.3|二.四.1|二.四.2|二.五.1|二.六.1|二.六.4|三.二", "二.三.1|二.三.3")]
    [InlineData("区财政局",
        "二.一.1|二.一.4|二.二.3|二.三.1|二.三.3|二.三.4|二.四.3|二.五.1|二.五.2|二.六.1|二.六.2|二.六.3|二.六.4|三.二",
        "二.六.4")]
    public void Parse_YongnianSeedUnit_KnowsItsTasksAndLeads(string name, string tasks, string leads)
    {
        var unit = Doc.Unit(name);
        Dotted(unit.Tasks).Should().BeEquivalentTo(List(tasks));
        Dotted(unit.Leads).Should().BeEquivalentTo(List(leads));
    }

    [Theory]
    [InlineData("区自然资源和规划局")]
    [InlineData("区退役军人事务局")]
    [InlineData("区职教中心")]
    public void Parse_YongnianSeed_KeepsUnitNameWhole(string name)
    {
        Doc.Units.Should().Contain(u => u.Name == name);
    }
}
