using MeetingBot.Core.Policy.Model;
using static MeetingBot.Core.Tests.Policy.Seeds.SeedDocuments;

namespace MeetingBot.Core.Tests.Policy.Seeds;

/// <summary>
/// Expectations for seeds/001 (浙江省深化产教融合推进职业教育高质量发展实施方案), read independently of the parser.
/// Structure: 一、…五、, each restarting its own （一）…; no responsibility notes at all, so units come only from
/// 牵头/负责 wording in the text (one place: 人力社保部门牵头做好…), marked Inferred. No joint-meeting clause.
/// </summary>
public class ZhejiangSeedTests
{
    private static PolicyDocument Doc => Load(Zhejiang);

    // ---- document ----------------------------------------------------------------------------------------------

    [Fact]
    public void Parse_ZhejiangSeed_TitleIsFirstLine()
    {
        Doc.Title.Should().Be("浙江省深化产教融合推进职业教育高质量发展实施方案");
    }

    [Fact]
    public void Parse_ZhejiangSeed_HasNoDateNoNumberNoJointMeeting()
    {
        Doc.Date.Should().BeNull();
        Doc.DocumentNumber.Should().BeNull();
        Doc.JointMeeting.Should().BeNull();
    }

    // ---- task structure ----------------------------------------------------------------------------------------

    [Theory]
    [InlineData(1, 5)]  // 一、总体要求 … 五、强化组织保障 (lines 3, 5, 9, 15, 22)
    [InlineData(2, 18)] // 二: 3, 三: 5, 四: 6, 五: 4
    [InlineData(3, 0)]
    public void Parse_ZhejiangSeed_FindsTasksPerLevel(int level, int expected)
    {
        Doc.Tasks.Count(t => t.Path.Count == level).Should().Be(expected);
    }

    [Theory]
    [InlineData("二", 3)]
    [InlineData("三", 5)]
    [InlineData("四", 6)]
    [InlineData("五", 4)]
    public void Parse_ZhejiangSeedSection_RestartsItsOwnNumbering(string section, int children)
    {
        Doc.Tasks.Count(t => t.Path.Count == 2 && t.Path[0] == section).Should().Be(children);
    }

    [Theory]
    [InlineData("一", 3, "总体要求")]
    [InlineData("二", 5, "主要目标")]
    [InlineData("二.一", 6, "高标准建设现代职业教育体系，打造质量高地")]
    [InlineData("三.二", 11, "加强与职业能力标准对接，构建具有浙江特色的职业教育标准体系")]
    [InlineData("四.六", 21, "推进职业教育数字化转型")]
    [InlineData("五.二", 24, "保障资金投入")]
    [InlineData("五.四", 26, "营造良好氛围")]
    public void Parse_ZhejiangSeed_TaskHasHeadingTitleAndLabelLine(string path, int line, string title)
    {
        var task = Doc.Task(path);
        task.Title.Should().Be(title);
        task.Line.Should().Be(line);
    }

    // ---- units (inferred only) ---------------------------------------------------------------------------------

    [Fact]
    public void Parse_ZhejiangSeedLeadWording_IsInferredLead()
    {
        // 人力社保部门牵头做好职业技能标准开发指导工作
        var task = Doc.Task("三.二");
        task.Assignment.Should().Be(UnitAssignment.Inferred);
        task.Lead.Should().Equal("人力社保部门");
        task.Responsible.Should().BeEmpty();
    }

    [Theory]
    [InlineData("一", "总体要求")]
    [InlineData("二.一", "高标准建设现代职业教育体系，打造质量高地")]
    [InlineData("三.一", "加强与产业行业对接，健全专业设置动态调整机制")] // 省教育主管部门加强工作指导: no 牵头/负责
    [InlineData("四.四", "构建优势互补的协调发展机制")]               // 建立教育、人力社保等部门定期协商工作机制
    [InlineData("五.二", "保障资金投入")]
    public void Parse_ZhejiangSeedTaskWithoutLeadWording_HasNoUnits(string path, string title)
    {
        var task = Doc.Task(path);
        task.Title.Should().Be(title);
        task.Assignment.Should().Be(UnitAssignment.None);
        task.Lead.Should().BeEmpty();
        task.Responsible.Should().BeEmpty();
    }

    [Fact]
    public void Parse_ZhejiangSeed_NoTaskIsExplicitOrFirstListed()
    {
        Doc.Tasks.Should().NotContain(t =>
            t.Assignment == UnitAssignment.Explicit || t.Assignment == UnitAssignment.FirstListed);
    }

    [Fact]
    public void Parse_ZhejiangSeed_HumanResourcesDepartmentIsTheOnlyUnit()
    {
        var unit = Doc.Units.Should().ContainSingle().Subject;
        unit.Name.Should().Be("人力社保部门");
        Dotted(unit.Leads).Should().Equal("三.二");
        Dotted(unit.Tasks).Should().Equal("三.二");
    }

    // ---- targets -----------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("二.一", 6, "50%", "2025-12-31")]      // 到2025年，中职毕业生升入高一级学校比重达到50%以上
    [InlineData("二.一", 6, "15所", "2025-12-31")]     // 省级高水平高职院校15所
    [InlineData("二.一", 6, "150个", "2025-12-31")]    // 高水平专业150个
    [InlineData("二.二", 7, "300家以上", "2025-12-31")] // 培育300家以上产教融合型企业
    [InlineData("二.二", 7, "500个以上", "2025-12-31")] // 实施500个以上产学合作协同育人项目
    [InlineData("三.五", 14, "90%", "2025-12-31")]     // “双师型”教师…比重达到90%以上
    [InlineData("三.五", 14, "20个", "2025-12-31")]    // 建成20个省级技能大师工作站
    [InlineData("四.二", 17, "100个以上", "")]          // 建设100个以上省级劳动和职业启蒙教育基地
    [InlineData("四.六", 21, "500门", "")]              // 建设500门省级精品在线开放课程
    [InlineData("五.二", 24, "1.2万元", "2020-01-01")] // 从2020年起，…每学年不低于1.2万元
    [InlineData("五.二", 24, "2倍", "2020-01-01")]     // …逐步达到普通高中的2倍以上
    public void Parse_ZhejiangSeedTask_HasTarget(string path, int line, string value, string deadline)
    {
        Doc.Task(path).Targets.Should().Contain(t =>
            t.Line == line && t.Value != null && t.Value.StartsWith(value) && t.Deadline == Date(deadline));
    }

    [Fact]
    public void Parse_ZhejiangSeedGoalsSection_AllTargetsOfFirstGoalAreDue2025()
    {
        // The only quantities in 二（一） follow 到2025年 in one sentence.
        var targets = Doc.Task("二.一").Targets;
        targets.Should().HaveCountGreaterThanOrEqualTo(5);
        targets.Should().OnlyContain(t => t.Deadline == new DateOnly(2025, 12, 31));
    }

    [Fact]
    public void Parse_ZhejiangSeedRatioGoal_IsUndatedTarget()
    {
        // 职业院校承担社会培训规模和全日制学历教育规模比例达到1.2∶1以上 (no year given)
        Doc.Task("二.三").Targets.Should().Contain(t =>
            t.Line == 8 && t.Value != null && t.Value.Contains("1.2") && t.Deadline == null);
    }
}
