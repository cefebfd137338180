using MeetingBot.Core.Policy.Model;
using static MeetingBot.Core.Tests.Policy.Seeds.SeedDocuments;

namespace MeetingBot.Core.Tests.Policy.Seeds;

/// <summary>
/// Expectations for seeds/003 (山西省推进职业教育改革发展行动计划, 晋政发〔2020〕19号), read independently of the parser.
/// Structure: 一、…七、 with (一)…(二十五) numbered continuously across them; every item closes with a
/// (责任单位:…) note naming no lead, so the first listed leads; `和` separates units; page breaks split sentences,
/// and (十八)'s note itself (lines 78 and 80).
/// </summary>
public class ShanxiSeedTests
{
    private static PolicyDocument Doc => Load(Shanxi);

    // ---- document ----------------------------------------------------------------------------------------------

    [Fact]
    public void Parse_ShanxiSeed_ReadsTitleIssuerDateAndNumber()
    {
        Doc.Title.Should().Be("山西省推进职业教育改革发展行动计划");
        Doc.Issuer.Should().Be("山西省人民政府");
        Doc.Date.Should().Be(new DateOnly(2020, 10, 27));
        Doc.DocumentNumber.Should().Be("晋政发〔2020〕19号");
    }

    // ---- task structure ----------------------------------------------------------------------------------------

    [Theory]
    [InlineData(1, 7)]  // 一、…七、 (lines 24, 28, 38, 50, 70, 84, 92)
    [InlineData(2, 25)] // (一)…(二十五), numbered across sections
    [InlineData(3, 0)]
    public void Parse_ShanxiSeed_FindsTasksPerLevel(int level, int expected)
    {
        Doc.Tasks.Count(t => t.Path.Count == level).Should().Be(expected);
    }

    [Theory]
    [InlineData("一", "一")]
    [InlineData("二", "二|三|四")]
    [InlineData("三", "五|六|七|八")]
    [InlineData("四", "九|十|十一|十二|十三|十四|十五")]
    [InlineData("五", "十六|十七|十八|十九")]
    [InlineData("六", "二十|二十一")]
    [InlineData("七", "二十二|二十三|二十四|二十五")]
    public void Parse_ShanxiSeedSection_HoldsItsContinuouslyNumberedItems(string section, string items)
    {
        Doc.Tasks.Where(t => t.Path.Count == 2 && t.Path[0] == section).Select(t => t.Path[1])
            .Should().Equal(List(items));
    }

    [Theory]
    [InlineData("一", 24, "落实立德树人根本任务")]
    [InlineData("七", 92, "完善改革发展保障机制")]
    [InlineData("一.一", 26, "实施职业教育铸魂育人计划")]
    [InlineData("二.三", 32, "统筹中等职业教育发展")]
    [InlineData("四.十一", 58, "实施职业教育“双师型”教师队伍建设计划")]
    [InlineData("五.十八", 78, "实施高水平实训基地建设计划")]
    [InlineData("五.十九", 82, "深化职业教育集团化办学")]
    [InlineData("七.二十二", 94, "加强组织领导")]
    [InlineData("七.二十五", 102, "营造良好发展环境")]
    public void Parse_ShanxiSeed_TaskHasHeadingTitleAndLabelLine(string path, int line, string title)
    {
        var task = Doc.Task(path);
        task.Title.Should().Be(title);
        task.Line.Should().Be(line);
    }

    [Fact]
    public void Parse_ShanxiSeedItemSplitByPageBreak_KeepsTextAfterTheBreak()
    {
        // (三) starts on line 32 and continues on line 34 after a page break.
        Doc.Task("二.三").Text.Should().Contain("每个县重点办好一所中等职业学校");
    }

    // ---- units per task ----------------------------------------------------------------------------------------

    [Theory]
    [InlineData("一.一", "省教育厅", "省人社厅")]
    [InlineData("二.二", "省教育厅", "省发展改革委|省财政厅|省人社厅|市县人民政府")]  // …省人社厅和市县人民政府
    [InlineData("二.三", "市县人民政府", "省教育厅|省人社厅")]                        // 市县人民政府和省教育厅…
    [InlineData("二.四", "县级人民政府", "")]
    [InlineData("三.六", "市级人民政府", "省教育厅|省发展改革委|省财政厅|省人社厅")]  // note after a page break
    [InlineData("四.十一", "省教育厅", "省财政厅|省人社厅|市县人民政府")]
    [InlineData("四.十四", "市县人民政府", "省人社厅|省教育厅|省财政厅|省农业农村厅|省总工会|省扶贫办")]
    [InlineData("五.十六", "市人民政府",
        "省发展改革委|省教育厅|省财政厅|省人社厅|省国资委|省工信厅|省自然资源厅|省税务局")]
    [InlineData("五.十七", "省教育厅", "省人社厅|省国资委|省工信厅|省税务局|市人民政府")]
    [InlineData("五.十八", "市人民政府", "省发展改革委|省教育厅|省财政厅|省人社厅")]  // note split by a page break
    [InlineData("五.十九", "省教育厅", "省人社厅|省国资委|省工信厅")]                // nothing leaks in from (十八)
    [InlineData("七.二十二", "市县人民政府",
        "省教育厅|省人社厅|省发展改革委|省财政厅|省工信厅|省农业农村厅|省国资委|省税务局|省扶贫办")]
    [InlineData("七.二十三", "省教育厅", "省人社厅|市人民政府")]
    [InlineData("七.二十五", "市县人民政府",
        "省委宣传部|团省委|省人社厅|省教育厅|省发展改革委|省财政厅|省国资委|省工信厅|省总工会|省中华职教社")]
    public void Parse_ShanxiSeedResponsibilityNote_FirstListedUnitLeads(string path, string lead, string responsible)
    {
        var task = Doc.Task(path);
        task.Assignment.Should().Be(UnitAssignment.FirstListed);
        task.Lead.Should().Equal(List(lead));
        task.Responsible.Should().Equal(List(responsible));
    }

    [Theory]
    [InlineData("一")]
    [InlineData("五")]
    [InlineData("七")]
    public void Parse_ShanxiSeedSectionHeading_HasNoUnitsOfItsOwn(string path)
    {
        var task = Doc.Task(path);
        task.Assignment.Should().Be(UnitAssignment.None);
        task.Lead.Should().BeEmpty();
        task.Responsible.Should().BeEmpty();
    }

    [Fact]
    public void Parse_ShanxiSeed_EveryNumberedItemHasAFirstListedLead()
    {
        Doc.Tasks.Where(t => t.Path.Count == 2).Should().OnlyContain(t =>
            t.Assignment == UnitAssignment.FirstListed && t.Lead.Count == 1);
    }

    // ---- targets -----------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("一.一", 26, "100个", "")]              // 建设100个省级思政教育工作室
    [InlineData("一.一", 26, "10000门", "")]            // 建设10000门思政微课
    [InlineData("二.二", 30, "60所", "")]               // 遴选建设60所…省级高水平中等职业学校
    [InlineData("三.五", 40, "10所", "")]               // 遴选建设10所…省级高水平高等职业院校
    [InlineData("四.九", 52, "200个", "")]              // 重点打造200个…职业教育品牌专业
    [InlineData("四.十", 54, "200门", "")]              // 建设200门省级职业教育精品课程
    [InlineData("四.十一", 58, "60%", "2022-12-31")]    // 到2022年,“双师型”教师…比例达到60%
    [InlineData("五.十九", 82, "15个", "2022-12-31")]   // 到2022年,建成15个左右省级职业教育集团
    [InlineData("七.二十四", 98, "12000元", "")]        // 生均财政拨款水平每年不低于12000元
    [InlineData("七.二十四", 98, "8000元", "")]         // 每年达到8000元以上
    public void Parse_ShanxiSeedTask_HasQuantifiedTarget(string path, int line, string value, string deadline)
    {
        Doc.Task(path).Targets.Should().Contain(t =>
            t.Line == line && t.Value != null && t.Value.StartsWith(value) && t.Deadline == Date(deadline));
    }

    [Theory]
    [InlineData("二.三", 34, "2022-12-31")]   // 到2022年,全省中等职业学校基本办学条件达到国家规定标准 (after the page break)
    [InlineData("四.十一", 58, "2020-01-01")] // 2020年起,…从具有3年以上企业工作经历…的人员中公开招聘
    public void Parse_ShanxiSeedTask_HasTargetWithDeadline(string path, int line, string deadline)
    {
        Doc.Task(path).Targets.Should().Contain(t => t.Line == line && t.Deadline == Date(deadline));
    }

    // ---- joint meeting -----------------------------------------------------------------------------------------

    [Fact]
    public void Parse_ShanxiSeed_FindsJointMeetingInItemTwentyTwo()
    {
        var jm = Doc.JointMeeting;
        jm.Should().NotBeNull();
        jm!.Kind.Should().Be(JointMeetingKind.JointMeeting);
        jm.Line.Should().Be(94);
        jm.TaskPath.Should().Equal("七", "二十二");
    }

    [Fact]
    public void Parse_ShanxiSeedJointMeeting_MembersAreTheUnitsOfItsNote()
    {
        Doc.JointMeeting!.Members.Should().BeEquivalentTo(
        [
            "市县人民政府", "省教育厅", "省人社厅", "省发展改革委", "省财政厅",
            "省工信厅", "省农业农村厅", "省国资委", "省税务局", "省扶贫办",
        ]);
    }

    [Fact]
    public void Parse_ShanxiSeedJointMeeting_NamesNoConvenorFrequencyOrReporting()
    {
        var jm = Doc.JointMeeting!;
        jm.Convenor.Should().BeNull();
        jm.MinMeetingsPerYear.Should().BeNull();
        jm.MembersReport.Should().BeFalse();
    }

    // ---- units -------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("市县人民政府",
        "二.二|二.三|四.十一|四.十三|四.十四|六.二十一|七.二十二|七.二十四|七.二十五",
        "二.三|四.十三|四.十四|六.二十一|七.二十二|七.二十四|七.二十五")]
    [InlineData("市人民政府", "五.十六|五.十七|五.十八|七.二十三", "五.十六|五.十八")]
    [InlineData("县级人民政府", "二.四", "二.四")]
    [InlineData("省发展改革委", "二.二|三.五|三.六|三.七|三.八|五.十六|五.十八|七.二十二|七.二十五", "")]
    [InlineData("省总工会", "四.十四|七.二十五", "")]
    [InlineData("省扶贫办", "四.十四|七.二十二", "")]
    [InlineData("省自然资源厅", "五.十六", "")]
    public void Parse_ShanxiSeedUnit_KnowsItsTasksAndLeads(string name, string tasks, string leads)
    {
        var unit = Doc.Unit(name);
        Dotted(unit.Tasks).Should().BeEquivalentTo(List(tasks));
        Dotted(unit.Leads).Should().BeEquivalentTo(List(leads));
    }

    [Fact]
    public void Parse_ShanxiSeed_AndSeparatesUnits()
    {
        Doc.Units.Should().NotContain(u => u.Name.Contains('和'));
    }
}
