using MeetingBot.Core.Policy.Model;
using static MeetingBot.Core.Tests.Policy.Seeds.SeedDocuments;

namespace MeetingBot.Core.Tests.Policy.Seeds;

/// <summary>
/// Expectations for seeds/000 (宁夏, 自治区深化产教融合推进职业教育改革发展实施方案), read independently of the parser.
/// Structure: 一、…五、 with (一)…(二十) numbered continuously across them; every task closes with a
/// （责任单位：…） note naming no lead, so the first listed unit leads. 总体要求 / 具体目标 are unnumbered preamble.
/// </summary>
public class NingxiaSeedTests
{
    private static PolicyDocument Doc => Load(Ningxia);

    // ---- document ----------------------------------------------------------------------------------------------

    [Fact]
    public void Parse_NingxiaSeed_TitleIsStandaloneTitleLineWithoutBookmark()
    {
        Doc.Title.Should().Be("自治区深化产教融合推进职业教育改革发展实施方案");
    }

    [Fact]
    public void Parse_NingxiaSeed_DateIsPublicationDate()
    {
        Doc.Date.Should().Be(new DateOnly(2020, 4, 14));
    }

    [Fact]
    public void Parse_NingxiaSeed_HasNoDocumentNumberOfItsOwn()
    {
        // Only cited documents (国办发〔2017〕95号, 国发〔2019〕4号) carry numbers; this one has none.
        Doc.DocumentNumber.Should().BeNull();
    }

    // ---- task structure ----------------------------------------------------------------------------------------

    [Theory]
    [InlineData(1, 5)]  // 一、…五、 (lines 13, 26, 42, 60, 88)
    [InlineData(2, 20)] // （一）…（二十）
    [InlineData(3, 0)]  // no 1. items
    public void Parse_NingxiaSeed_FindsTasksPerLevel(int level, int expected)
    {
        Doc.Tasks.Count(t => t.Path.Count == level).Should().Be(expected);
    }

    [Fact]
    public void Parse_NingxiaSeed_FindsTwentySecondLevelTasks()
    {
        Doc.Tasks.Where(t => t.Path.Count == 2).Select(t => t.Path[1]).Should().Equal(
            "一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
            "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十");
    }

    [Fact]
    public void Parse_NingxiaSeed_UnnumberedPreambleHeadingsAreNotTasks()
    {
        Doc.Tasks.Should().NotContain(t => t.Title.Contains("总体要求") || t.Title.Contains("具体目标"));
    }

    [Theory]
    [InlineData("一", 13, "构建职业教育改革发展新格局")]
    [InlineData("二", 26, "提升职业教育发展水平")]
    [InlineData("三", 42, "深化职业教育教学改革")]
    [InlineData("四", 60, "促进产教融合校企“双元”育人")]
    [InlineData("五", 88, "强化职业教育政策保障")]
    [InlineData("一.一", 14, "统筹职业教育与经济社会发展")]
    [InlineData("一.二", 20, "统筹职业教育一体化发展")]
    [InlineData("二.四", 31, "推进高等职业教育高质量发展")]
    [InlineData("四.十一", 62, "推动产教深度融合")]
    [InlineData("四.十五", 82, "建好“双师型”教师队伍")]
    [InlineData("五.十九", 106, "建立职业教育工作联席会议制度")]
    [InlineData("五.二十", 110, "营造职业教育改革发展良好环境")]
    public void Parse_NingxiaSeed_TaskHasHeadingTitleAndLabelLine(string path, int line, string title)
    {
        var task = Doc.Task(path);
        task.Title.Should().Be(title);
        task.Line.Should().Be(line);
    }

    [Fact]
    public void Parse_NingxiaSeed_TaskTextIncludesItsLaterParagraphs()
    {
        // （一） runs over two paragraphs (lines 14 and 16) before its note.
        Doc.Task("一.一").Text.Should().Contain("服务乡村振兴战略");
        Doc.Task("一.一").Text.Should().NotContain("严把教学标准");
    }

    // ---- units per task ----------------------------------------------------------------------------------------

    [Theory]
    [InlineData("一.一", "统筹职业教育与经济社会发展", "自治区发展改革委",
        "自治区工业和信息化厅|自治区教育厅|自治区财政厅|自治区人力资源社会保障厅|自治区自然资源厅|自治区生态环境厅|自治区住房城乡建设厅|自治区交通运输厅|自治区水利厅|自治区农业农村厅|自治区文化和旅游厅|自治区商务厅|自治区扶贫办|各市、县〔区〕人民政府")]
    [InlineData("一.二", "统筹职业教育一体化发展", "自治区教育厅",
        "自治区人力资源社会保障厅|自治区农业农村厅|自治区工业和信息化厅|自治区国资委|各高等院校|各市、县〔区〕人民政府")]
    [InlineData("二.五", "畅通高层次应用型人才培养渠道", "自治区教育厅",
        "自治区人力资源社会保障厅|各高等院校")]
    [InlineData("二.六", "促进职普融合发展", "自治区教育厅",
        "自治区人力资源社会保障厅|各高职院校|各市、县〔区〕人民政府")]
    [InlineData("三.七", "建立完善德技兼备的育人机制", "自治区教育厅",
        "自治区党委宣传部|自治区人力资源社会保障厅")]
    [InlineData("三.九", "推进教材教法改革", "自治区教育厅",
        "自治区人力资源社会保障厅|自治区民政厅")]
    [InlineData("三.十", "健全质量评价和督导评估制度", "自治区教育厅",
        "自治区人力资源社会保障厅|自治区政府教育督导室")]
    [InlineData("四.十一", "推动产教深度融合", "自治区教育厅",
        "自治区发展改革委|自治区工业和信息化厅|自治区国资委|自治区人力资源社会保障厅|自治区财政厅")]
    [InlineData("四.十二", "加快校企深度合作", "自治区教育厅",
        "自治区工业和信息化厅|自治区人力资源社会保障厅|自治区国资委|自治区发展改革委|自治区外办|自治区市场监管厅|各市、县〔区〕人民政府")]
    [InlineData("四.十五", "建好“双师型”教师队伍", "自治区教育厅",
        "自治区人力资源社会保障厅|自治区工业和信息化厅|自治区国资委")]
    [InlineData("五.十七", "健全经费投入机制", "自治区财政厅", // note written with a half-width colon
        "自治区发展改革委|自治区教育厅|自治区人力资源社会保障厅|各市、县〔区〕人民政府")]
    [InlineData("五.十八", "提高技术技能人才待遇水平", "自治区人力资源社会保障厅",
        "自治区教育厅|自治区工业和信息化厅|自治区国资委|自治区党委组织部|各市、县〔区〕人民政府")]
    public void Parse_NingxiaSeedResponsibilityNote_FirstListedUnitLeads(
        string path, string title, string lead, string responsible)
    {
        var task = Doc.Task(path);
        task.Title.Should().Be(title);
        task.Assignment.Should().Be(UnitAssignment.FirstListed);
        task.Lead.Should().Equal(List(lead));
        task.Responsible.Should().Equal(List(responsible));
    }

    [Theory]
    // Only the unambiguous part: these notes also name 总工会 / units after 宁夏税务局, whose prefixed form is debatable.
    [InlineData("二.三", "自治区教育厅", "自治区财政厅|自治区人力资源社会保障厅|自治区民政厅|各市、县〔区〕人民政府")]
    [InlineData("二.四", "自治区教育厅", "自治区财政厅|自治区科技厅|自治区退役军人厅|各市、县〔区〕人民政府")]
    [InlineData("四.十四", "自治区人力资源社会保障厅", "自治区工业和信息化厅|自治区国资委|各市、县〔区〕人民政府")]
    [InlineData("五.十六", "自治区党委编办", "自治区人力资源社会保障厅|自治区发展改革委|宁夏税务局|各市、县〔区〕人民政府")]
    public void Parse_NingxiaSeedNoteWithMixedSeparators_LeadIsFirstListedAndOthersResponsible(
        string path, string lead, string someResponsible)
    {
        var task = Doc.Task(path);
        task.Assignment.Should().Be(UnitAssignment.FirstListed);
        task.Lead.Should().Equal(List(lead));
        task.Responsible.Should().Contain(List(someResponsible));
        task.Responsible.Should().NotContain(lead);
    }

    [Theory]
    [InlineData("一")]
    [InlineData("二")]
    [InlineData("五")]
    public void Parse_NingxiaSeedSectionHeading_HasNoUnitsOfItsOwn(string path)
    {
        var task = Doc.Task(path);
        task.Assignment.Should().Be(UnitAssignment.None);
        task.Lead.Should().BeEmpty();
        task.Responsible.Should().BeEmpty();
    }

    [Fact]
    public void Parse_NingxiaSeed_NoTaskClaimsAnExplicitOrInferredLead()
    {
        // Every note is （责任单位：…） with no 牵头 wording.
        Doc.Tasks.Should().NotContain(t =>
            t.Assignment == UnitAssignment.Explicit || t.Assignment == UnitAssignment.Inferred);
    }

    [Fact]
    public void Parse_NingxiaSeed_ResponsibleNeverRepeatsLead()
    {
        Doc.Tasks.Should().NotContain(t => t.Responsible.Any(r => t.Lead.Contains(r)));
    }

    // ---- targets -----------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("50%")]
    [InlineData("4所")]
    [InlineData("12个")]
    [InlineData("10个以上")]
    public void Parse_NingxiaSeedSpecificGoals_AreDocumentTargets(string value)
    {
        Doc.DocumentTargets.Should().Contain(t => t.Line == 11 && t.Value != null && t.Value.StartsWith(value));
    }

    [Fact]
    public void Parse_NingxiaSeedSpecificGoals_IncludeTheBy2022Target()
    {
        // 到2022年，职业院校（含技工院校，下同）教学条件基本达到国家标准。
        Doc.DocumentTargets.Should().Contain(t => t.Line == 11 && t.Deadline == new DateOnly(2022, 12, 31));
    }

    [Fact]
    public void Parse_NingxiaSeedSpecificGoals_AreNotAttachedToAnyTask()
    {
        Doc.Tasks.SelectMany(t => t.Targets).Should().NotContain(t => t.Line == 11);
    }

    [Theory]
    [InlineData("四.十四", 78, "60%", "")]          // 确保教育培训经费60%以上用于一线职工
    [InlineData("五.十七", 98, "12000元", "")]      // 不低于12000元的标准水平
    public void Parse_NingxiaSeedTask_HasQuantifiedTarget(string path, int line, string value, string deadline)
    {
        Doc.Task(path).Targets.Should().Contain(t =>
            t.Line == line && t.Value != null && t.Value.Contains(value) && t.Deadline == Date(deadline));
    }

    [Theory]
    [InlineData("四.十五", 82, "2020-01-01")] // 自2020年起，…公开招聘
    [InlineData("五.十七", 98, "2020-12-31")] // 到2020年，各市、县（区）要将…全部落实到位
    public void Parse_NingxiaSeedTask_HasTargetWithDeadline(string path, int line, string deadline)
    {
        Doc.Task(path).Targets.Should().Contain(t => t.Line == line && t.Deadline == Date(deadline));
    }

    // ---- joint meeting -----------------------------------------------------------------------------------------

    [Fact]
    public void Parse_NingxiaSeed_FindsJointMeetingInItemNineteen()
    {
        var jm = Doc.JointMeeting;
        jm.Should().NotBeNull();
        jm!.Kind.Should().Be(JointMeetingKind.JointMeeting);
        jm.Line.Should().Be(106);
        jm.TaskPath.Should().Equal("五", "十九");
    }

    [Fact]
    public void Parse_NingxiaSeedJointMeeting_ConvenorIsRegionalLeaderInChargeOfEducation()
    {
        Doc.JointMeeting!.Convenor.Should().Contain("分管教育工作的领导");
    }

    [Fact]
    public void Parse_NingxiaSeedJointMeeting_MeetsAtLeastTwiceAYear()
    {
        Doc.JointMeeting!.MinMeetingsPerYear.Should().Be(2);
    }

    [Fact]
    public void Parse_NingxiaSeedJointMeeting_HasTwentyTwoMembersMappedToUnits()
    {
        var members = Doc.JointMeeting!.Members;
        members.Should().HaveCount(22);
        members.Should().OnlyHaveUniqueItems();
        members.Should().Contain(["自治区教育厅", "自治区财政厅", "自治区人力资源社会保障厅"]);
    }

    // ---- units -------------------------------------------------------------------------------------------------

    [Fact]
    public void Parse_NingxiaSeed_CityAndCountyGovernmentsAreOneUnit()
    {
        Doc.Units.Should().Contain(u => u.Name == "各市、县〔区〕人民政府");
        Doc.Units.Should().NotContain(u => u.Name == "各市" || u.Name.StartsWith("县〔区〕"));
    }

    [Theory]
    [InlineData("自治区工业和信息化厅")]
    [InlineData("自治区文化和旅游厅")]
    [InlineData("宁夏税务局")]
    [InlineData("各高等院校")]
    [InlineData("自治区政府教育督导室")]
    public void Parse_NingxiaSeed_KeepsUnitNameWhole(string name)
    {
        Doc.Units.Should().Contain(u => u.Name == name);
    }

    [Theory]
    [InlineData("自治区财政厅", "财政厅")]
    [InlineData("自治区人力资源社会保障厅", "人力资源社会保障厅")]
    public void Parse_NingxiaSeedPrefixedUnit_HasAliasWithoutPrefix(string name, string alias)
    {
        Doc.Unit(name).Aliases.Should().Contain(alias);
    }

    [Theory]
    [InlineData("自治区财政厅", "一.一|二.三|二.四|四.十一|五.十六|五.十七", "五.十七")]
    [InlineData("自治区人力资源社会保障厅", "四.十四|五.十八", "四.十四|五.十八")]
    [InlineData("自治区民政厅", "二.三|三.九", "")]
    [InlineData("自治区外办", "四.十二", "")]
    [InlineData("宁夏税务局", "五.十六", "")]
    public void Parse_NingxiaSeedUnit_KnowsItsTasksAndLeads(string name, string tasks, string leads)
    {
        // Tasks: at least the tasks whose note names the unit (（十九）/（二十） name only 联席会议成员单位);
        // Leads: exactly the tasks where it is listed first.
        var unit = Doc.Unit(name);
        Dotted(unit.Tasks).Should().Contain(List(tasks));
        Dotted(unit.Leads).Should().BeEquivalentTo(List(leads));
        Dotted(unit.Leads).Should().BeSubsetOf(Dotted(unit.Tasks));
    }

    [Fact]
    public void Parse_NingxiaSeedEducationDepartment_LeadsTheTasksWhereItIsListedFirst()
    {
        Dotted(Doc.Unit("自治区教育厅").Leads).Should().Contain(
            ["一.二", "二.三", "二.四", "二.五", "二.六", "三.七", "三.八", "三.九", "三.十", "四.十一", "四.十二", "四.十三", "四.十五"]);
        Dotted(Doc.Unit("自治区教育厅").Leads).Should().NotContain(["一.一", "四.十四", "五.十六", "五.十七", "五.十八"]);
    }
}
