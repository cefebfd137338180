using MeetingBot.Core.Policy.Model;
using static MeetingBot.Core.Tests.Policy.Seeds.SeedDocuments;

namespace MeetingBot.Core.Tests.Policy.Seeds;

/// <summary>
/// Expectations for seeds/004 (五华区关于深化产教融合的实施方案), read independently of the parser.
/// Structure: 一、二、三、三、五、六、 (the second 三 on line 32 should have been 四) with （一）…（二十三） numbered
/// continuously across them. Notes are wording, not markers: `A会同有关部门负责` / `A牵头负责` name the lead,
/// `A、B按照职责分工负责` names none (first listed leads). (二十一) sets up a coordination mechanism, not a 联席会议.
/// </summary>
public class WuhuaSeedTests
{
    private static PolicyDocument Doc => Load(Wuhua);

    // ---- document ----------------------------------------------------------------------------------------------

    [Fact]
    public void Parse_WuhuaSeed_TitleIsThePlanItself()
    {
        Doc.Title.Should().Be("五华区关于深化产教融合的实施方案");
    }

    [Fact]
    public void Parse_WuhuaSeed_DateIsSignatureDate()
    {
        Doc.Date.Should().Be(new DateOnly(2020, 1, 19));
    }

    [Fact]
    public void Parse_WuhuaSeed_HasNoDocumentNumberOfItsOwn()
    {
        // 昆发改社会〔2019〕611号 is a cited document.
        Doc.DocumentNumber.Should().BeNull();
    }

    // ---- task structure ----------------------------------------------------------------------------------------

    [Theory]
    [InlineData(1, 6)]  // 一 (18), 二 (21), 三 (25), 三 (32, duplicated), 五 (38), 六 (43)
    [InlineData(2, 23)] // （一）…（二十三）
    [InlineData(3, 0)]
    public void Parse_WuhuaSeed_FindsTasksPerLevel(int level, int expected)
    {
        Doc.Tasks.Count(t => t.Path.Count == level).Should().Be(expected);
    }

    [Fact]
    public void Parse_WuhuaSeedDuplicatedSectionNumber_KeepsBothSectionsAsWritten()
    {
        var sections = Doc.Tasks.Where(t => t.Path.SequenceEqual(new[] { "三" })).ToList();
        sections.Select(t => t.Line).Should().Equal(25, 32);
        sections.Select(t => t.Title).Should().Equal("努力发挥企业主体作用", "加强产教融合人才培养");
        Doc.Tasks.Should().NotContain(t => t.Path.SequenceEqual(new[] { "四" }));
    }

    [Fact]
    public void Parse_WuhuaSeedDuplicatedSectionNumber_IsWarnedAboutAtLine32()
    {
        Doc.Warnings.Should().NotBeEmpty();
        Doc.Warnings.Should().Contain(w => w.Line == 32 || w.Message.Contains("32"));
    }

    [Theory]
    [InlineData("一", "一|二")]
    [InlineData("二", "三|四|五")]
    [InlineData("五", "十七|十八|十九|二十")]
    [InlineData("六", "二十一|二十二|二十三")]
    public void Parse_WuhuaSeedSection_HoldsItsContinuouslyNumberedItems(string section, string items)
    {
        Doc.Tasks.Where(t => t.Path.Count == 2 && t.Path[0] == section).Select(t => t.Path[1])
            .Should().Equal(List(items));
    }

    [Fact]
    public void Parse_WuhuaSeedBothSectionsThree_HoldItemsSixToSixteen()
    {
        Doc.Tasks.Where(t => t.Path.Count == 2 && t.Path[0] == "三").Select(t => t.Path[1]).Should().Equal(
            "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六");
        Doc.Task("三.十一").Line.Should().Be(31);
        Doc.Task("三.十二").Line.Should().Be(33);
    }

    [Theory]
    [InlineData("一", 18, "产教融合总体要求")]
    [InlineData("六", 43, "加大产教融合保障力度")]
    [InlineData("一.一", 19, "指导思想")]
    [InlineData("二.三", 22, "统筹产教融合规划布局")]
    [InlineData("三.七", 27, "推进“引企入教”改革")]
    [InlineData("三.十二", 33, "将劳动实践融入基础教育")]
    [InlineData("六.二十一", 44, "加强组织实施")]
    [InlineData("六.二十三", 46, "营造良好氛围")]
    public void Parse_WuhuaSeed_TaskHasHeadingTitleAndLabelLine(string path, int line, string title)
    {
        var task = Doc.Task(path);
        task.Title.Should().Be(title);
        task.Line.Should().Be(line);
    }

    // ---- units per task ----------------------------------------------------------------------------------------

    [Theory]
    [InlineData("二.四", "区教育体育局")]                                     // 区教育体育局会同有关部门负责
    [InlineData("三.六", "区教育体育局|区人力资源社会保障局")]                 // …会同有关部门按照职责分工负责
    [InlineData("三.七", "区教育体育局|区人力资源社会保障局|区科技和信息化局|昆明市第一职业中等专业学校")]
    [InlineData("三.十一", "区总工会|区人力资源社会保障局|区发展改革局")]
    [InlineData("三.十五", "区教育体育局|区人力资源社会保障局")]
    [InlineData("五.十八", "区教育体育局|区科技和信息化局|区人力资源社会保障局")]
    [InlineData("五.十九", "区教育体育局|区民政局")]
    [InlineData("六.二十一", "区教育体育局")]                                 // 区教育体育局牵头负责
    [InlineData("六.二十二", "区教育体育局")]
    public void Parse_WuhuaSeedLeadWording_GivesExplicitLeadsOnly(string path, string lead)
    {
        var task = Doc.Task(path);
        task.Assignment.Should().Be(UnitAssignment.Explicit);
        task.Lead.Should().Equal(List(lead));
        task.Responsible.Should().BeEmpty();
    }

    [Theory]
    [InlineData("二.三", "区教育体育局", "区发展改革局|区财政局|区自然资源局|西翥街道办事处")]
    [InlineData("三.八", "区教育体育局", "区人力资源社会保障局|区发展改革局")]
    [InlineData("三.九", "区教育体育局", "区人力资源社会保障局|区商务和投资促进局|区农业农村局")]
    [InlineData("三.十", "区教育体育局", "区科技和信息化局")]
    [InlineData("三.十二", "区教育体育局", "区总工会")]
    [InlineData("三.十三", "区教育体育局", "区人力资源社会保障局|区总工会|昆明市第一职业中等专业学校")]
    [InlineData("三.十四", "区教育体育局", "区人力资源社会保障局")]
    public void Parse_WuhuaSeedDivisionOfDutiesNote_FirstListedUnitLeads(string path, string lead, string responsible)
    {
        // A、B按照职责分工负责: no lead named.
        var task = Doc.Task(path);
        task.Assignment.Should().Be(UnitAssignment.FirstListed);
        task.Lead.Should().Equal(List(lead));
        task.Responsible.Should().Equal(List(responsible));
    }

    [Fact]
    public void Parse_WuhuaSeedLastItem_DevelopmentBureauLeadsByBeingListedFirst()
    {
        // 区发展改革局、区教育体育局、新闻办按照职责分工负责
        var task = Doc.Task("六.二十三");
        task.Assignment.Should().Be(UnitAssignment.FirstListed);
        task.Lead.Should().Equal("区发展改革局");
        task.Responsible.Should().HaveCount(2);
        task.Responsible[0].Should().Be("区教育体育局");
    }

    [Theory]
    [InlineData("一")]
    [InlineData("一.一")]
    [InlineData("一.二")]
    [InlineData("二")]
    public void Parse_WuhuaSeedTaskWithoutNote_HasNoUnits(string path)
    {
        var task = Doc.Task(path);
        task.Assignment.Should().Be(UnitAssignment.None);
        task.Lead.Should().BeEmpty();
        task.Responsible.Should().BeEmpty();
    }

    // ---- targets -----------------------------------------------------------------------------------------------

    [Fact]
    public void Parse_WuhuaSeedDevelopmentGoal_IsDueBy2025()
    {
        // 到2025年，基本实现教育和产业统筹融合…
        Doc.Task("一.二").Targets.Should().Contain(t => t.Line == 20 && t.Deadline == new DateOnly(2025, 12, 31));
    }

    [Fact]
    public void Parse_WuhuaSeedStaffTraining_HasSixtyPercentTarget()
    {
        // 确保教育培训经费60%以上用于一线职工
        Doc.Task("三.十一").Targets.Should().Contain(t =>
            t.Line == 31 && t.Value != null && t.Value.StartsWith("60%") && t.Deadline == null);
    }

    // ---- coordination mechanism --------------------------------------------------------------------------------

    [Fact]
    public void Parse_WuhuaSeed_FindsCoordinationMechanismLedByEducationBureau()
    {
        var jm = Doc.JointMeeting;
        jm.Should().NotBeNull();
        jm!.Kind.Should().Be(JointMeetingKind.CoordinationMechanism);
        jm.Convenor.Should().Be("区教育体育局");
        jm.Line.Should().Be(44);
        jm.TaskPath.Should().Equal("六", "二十一");
    }

    [Fact]
    public void Parse_WuhuaSeedCoordinationMechanism_IncludesTheListedBureaus()
    {
        Doc.JointMeeting!.Members.Should().Contain(
        [
            "区发展改革局", "区财政局", "区商务和投资促进局", "区科技和信息化局",
            "区人力资源社会保障局", "区民政局", "区自然资源局",
        ]);
    }

    [Fact]
    public void Parse_WuhuaSeedCoordinationMechanism_StatesNoMeetingFrequency()
    {
        Doc.JointMeeting!.MinMeetingsPerYear.Should().BeNull();
    }

    // ---- units -------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("区总工会", "三.十一|三.十二|三.十三", "三.十一")]
    [InlineData("区科技和信息化局", "三.七|三.十|五.十八", "三.七|五.十八")]
    [InlineData("区民政局", "五.十九", "五.十九")]
    [InlineData("区财政局", "二.三", "")]
    [InlineData("区商务和投资促进局", "三.九", "")]
    [InlineData("区发展改革局", "二.三|三.八|三.十一|六.二十三", "三.十一|六.二十三")]
    public void Parse_WuhuaSeedUnit_KnowsItsTasksAndLeads(string name, string tasks, string leads)
    {
        var unit = Doc.Unit(name);
        Dotted(unit.Tasks).Should().BeEquivalentTo(List(tasks));
        Dotted(unit.Leads).Should().BeEquivalentTo(List(leads));
    }

    [Fact]
    public void Parse_WuhuaSeedEducationBureau_LeadsAllButTwoNotedItems()
    {
        var unit = Doc.Unit("区教育体育局");
        string[] leads =
        [
            "二.三", "二.四", "二.五", "三.六", "三.七", "三.八", "三.九", "三.十", "三.十二", "三.十三", "三.十四",
            "三.十五", "三.十六", "五.十七", "五.十八", "五.十九", "五.二十", "六.二十一", "六.二十二",
        ];
        Dotted(unit.Leads).Should().BeEquivalentTo(leads);
        Dotted(unit.Tasks).Should().BeEquivalentTo([.. leads, "六.二十三"]);
    }
}
