using MeetingBot.Core.Policy;
using MeetingBot.Core.Policy.Model;
using static MeetingBot.Core.Tests.Policy.Robustness.RobustnessDocuments;

namespace MeetingBot.Core.Tests.Policy.Robustness;

/// <summary>
/// Responsibility notes as 工作方案 of other jurisdictions write them: labelled (牵头单位/配合单位/责任单位/参与部门),
/// in full- or half-width brackets or 【】, on a line of their own, split over two lines, with a 完成时限 field in the
/// same bracket, as wording (A牵头，B配合 / A会同B负责 / A、B按职责分工负责), with a shared prefix and 和
/// (市教育局、财政局和人社局), and closing a group of paragraphs.
/// </summary>
public class NoteStylesTests
{
    private const string OneItem = """
        一、主要任务
        （一）{0}
        （二）营造良好氛围。加强宣传引导。
        """;

    [Theory]
    [InlineData("建设实训基地。（牵头单位：市教育局；配合单位：市财政局、市人社局）", "市教育局", "市财政局|市人社局", "explicit")]
    [InlineData("建设实训基地。(牵头单位:市教育局;责任单位:市财政局、市人社局)", "市教育局", "市财政局|市人社局", "explicit")]
    [InlineData("建设实训基地。（牵头单位：市教育局　责任单位：市财政局）", "市教育局", "市财政局", "explicit")]
    [InlineData("建设实训基地。（牵头单位：市教育局、市人社局；责任单位：各县（市、区）人民政府）", "市教育局|市人社局", "各县（市、区）人民政府", "explicit")]
    [InlineData("建设实训基地。（牵头单位：市教育局；责任单位：市财政局等部门）", "市教育局", "市财政局", "explicit")]
    [InlineData("建设实训基地。（市发展改革委牵头，市财政局、市教育局配合）", "市发展改革委", "市财政局|市教育局", "explicit")]
    [InlineData("建设实训基地。（由市教育局牵头，市财政局配合）", "市教育局", "市财政局", "explicit")]
    [InlineData("建设实训基地。（市教育局牵头负责）", "市教育局", "", "explicit")]
    [InlineData("建设实训基地。（市财政局会同市教育局负责）", "市财政局", "市教育局", "explicit")]
    [InlineData("建设实训基地。（市教育局牵头，市财政局、市人社局、各县（市、区）人民政府按职责分工负责）", "市教育局", "市财政局|市人社局|各县（市、区）人民政府", "explicit")]
    [InlineData("建设实训基地。（责任单位：市教育局、财政局和人社局）", "市教育局", "市财政局|市人社局", "first-listed")]
    [InlineData("建设实训基地。（省教育厅、财政厅、人力资源社会保障厅按职责分工负责）", "省教育厅", "省财政厅|省人力资源社会保障厅", "first-listed")]
    [InlineData("建设实训基地。【责任单位：市人社局、市退役军人事务局】", "市人社局", "市退役军人事务局", "first-listed")]
    [InlineData("建设实训基地。（市教育局、市财政局按职责分工负责）", "市教育局", "市财政局", "first-listed")]
    [InlineData("建设实训基地。\n责任单位：市教育局", "市教育局", "", "first-listed")]
    // a schedule field in the same bracket is not a unit
    [InlineData("建设实训基地。（牵头单位：市教育局；配合单位：市财政局；完成时限：2024年12月底前）", "市教育局", "市财政局", "explicit")]
    [InlineData("建设实训基地。（牵头单位：市教育局；完成时间：持续推进）", "市教育局", "", "explicit")]
    [InlineData("建设实训基地。（责任单位：市教育局，各县（市、区）人民政府；时间节点：2025年底前）", "市教育局", "各县（市、区）人民政府", "first-listed")]
    // the lead named by wording inside a 责任单位 label
    [InlineData("建设实训基地。（责任单位：市教育局牵头，市财政局、市人社局参与）", "市教育局", "市财政局|市人社局", "explicit")]
    // 部门 instead of 单位 in the labels
    [InlineData("建设实训基地。（牵头部门：市教育局；参与部门：市财政局、市科技局）", "市教育局", "市财政局|市科技局", "explicit")]
    // lead and responsible units on two lines of their own
    [InlineData("建设实训基地。\n牵头单位：市教育局\n配合单位：市财政局、市人社局", "市教育局", "市财政局|市人社局", "explicit")]
    [InlineData("建设实训基地。\n牵头单位：市教育局；\n责任单位：市财政局、市人社局。", "市教育局", "市财政局|市人社局", "explicit")]
    // a person named before the units (牵头领导) is not a unit, and the closing bracket is not part of a name
    [InlineData("建设实训基地。（牵头领导：王某某；牵头单位：市教育局；责任单位：市财政局）", "市教育局", "市财政局", "explicit")]
    public void Parse_ItemWithNote_ReadsLeadAndResponsibleUnits(string item, string lead, string responsible, string assignment)
    {
        var task = Ok(string.Format(OneItem, item)).Task("一.一");

        task.Lead.Should().Equal(List(lead), Json(task));
        task.Responsible.Should().Equal(List(responsible), Json(task));
        PolicyJson.Assignment(task.Assignment).Should().Be(assignment, Json(task));
    }

    [Fact]
    public void Parse_BracketedAsideThatIsNotANote_GivesNoUnits()
    {
        var doc = Ok(string.Format(OneItem, "推进职业院校布局调整（含技工院校，下同）。优化资源配置。"));

        doc.Task("一.一").Assignment.Should().Be(UnitAssignment.None);
        doc.Units.Should().BeEmpty();
    }

    // ---- documents without notes: units inferred from wording -------------------------------------------------

    [Theory]
    [InlineData("区教育局负责实训基地建设，区财政局负责资金保障。", "区教育局|区财政局")]
    [InlineData("建设实训基地。由区教育局牵头，区财政局配合。", "区教育局")]
    public void Parse_NoNotesAnywhere_InfersLeadsFromWording(string item, string leads)
    {
        var task = Ok(string.Format(OneItem, item)).Task("一.一");

        task.Assignment.Should().Be(UnitAssignment.Inferred, Json(task));
        task.Lead.Should().Equal(List(leads), Json(task));
    }

    [Theory]
    [InlineData("建设实训基地。（市教育局、市财政局负责，2025年底前完成）", "市教育局|市财政局")]
    public void Parse_UnitsReadFromText_AreUnitNamesWithoutLabelsOrBrackets(string item, string units)
    {
        var doc = Ok(string.Format(OneItem, item));

        doc.Units.Select(u => u.Name).Should().BeEquivalentTo(List(units), Json(doc.Task("一.一")));
    }

    // ---- a whole 工作方案 --------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("二.一", "市教育局", "市财政局|市人社局", "explicit")]      // note with 完成时限 on its own line
    [InlineData("二.二", "市发展改革委", "市财政局|市教育局", "explicit")] // （A牵头，B、C配合） on its own line
    [InlineData("二.三", "市人社局", "市教育局|各县（市、区）人民政府", "first-listed")] // 责任单位： unbracketed line
    [InlineData("二.四", "市教育局", "市工业和信息化局|市国资委", "explicit")] // 牵头单位：/责任单位： on two lines
    [InlineData("二.五", "市教育局", "市财政局|市人社局", "first-listed")] // note closing two paragraphs, shared prefix and 和
    [InlineData("二.六", "市人社局", "市退役军人事务局|市农业农村局", "first-listed")] // 【责任单位：…】
    [InlineData("三.一", "", "", "none")]                                  // no note: inherits nothing
    [InlineData("三.二", "市政府教育督导室", "", "first-listed")]
    public void Parse_WorkPlan_TaskHasUnits(string path, string lead, string responsible, string assignment)
    {
        var task = Load(WorkPlanNotes).Task(path);

        task.Lead.Should().Equal(List(lead), Json(task));
        task.Responsible.Should().Equal(List(responsible), Json(task));
        PolicyJson.Assignment(task.Assignment).Should().Be(assignment, Json(task));
    }

    [Fact]
    public void Parse_WorkPlan_EveryUnitIsAUnitName()
    {
        var doc = Load(WorkPlanNotes);

        doc.Units.Select(u => u.Name).Should().BeEquivalentTo(
            "市教育局", "市财政局", "市人社局", "市发展改革委", "各县（市、区）人民政府", "市工业和信息化局", "市国资委",
            "市退役军人事务局", "市农业农村局", "市政府教育督导室");
    }

    [Fact]
    public void Parse_WorkPlanWritingFullAndShortName_IsOneUnitWithBothForms()
    {
        // 市人力资源和社会保障局 (二.一), 市人社局 (二.三, 二.六) and 人社局 after the prefix 市 (二.五).
        var doc = Load(WorkPlanNotes);

        var units = doc.Units.Where(u => u.Name.Contains("人社") || u.Name.Contains("人力资源")).ToList();
        units.Should().ContainSingle();
        units[0].Aliases.Append(units[0].Name).Should().Contain(["市人社局", "市人力资源和社会保障局"]);
        units[0].Tasks.Select(p => string.Join(".", p)).Should().BeEquivalentTo("二.一", "二.三", "二.五", "二.六");
        units[0].Leads.Select(p => string.Join(".", p)).Should().BeEquivalentTo("二.三", "二.六");
    }

    [Fact]
    public void Parse_NoteClosingTwoParagraphs_BelongsToTheTaskAndItsTextHasBothParagraphs()
    {
        var task = Load(WorkPlanNotes).Task("二.五");

        task.Title.Should().Be("加强“双师型”教师队伍建设");
        task.Text.Should().Contain("实施职业院校教师素质提高计划").And.Contain("完善兼职教师聘用政策");
    }

    [Fact]
    public void Parse_FourLevelOutlineNoteAfterContinuationParagraph_AppliesPrefixToSharedList()
    {
        // 二.二.2: two paragraphs, then "责任单位：市教育局、财政局和人社局" on its own line.
        var doc = Load(FourLevels);
        var task = doc.Task("二.二.2");

        task.Lead.Should().Equal(["市教育局"], Json(task));
        task.Responsible.Should().Equal(["市财政局", "市人社局"], Json(task));
        task.Assignment.Should().Be(UnitAssignment.FirstListed);
        doc.Units.Single(u => u.Name == "市财政局").Aliases.Should().Contain("财政局");
    }

    [Theory]
    [InlineData("二.二.1")]
    [InlineData("二.二.1.1")]
    [InlineData("二.二.1.2")]
    [InlineData("二.二.1.3")]
    [InlineData("二.二")]
    public void Parse_FourLevelOutlineItemWithoutNote_InheritsNothing(string path)
    {
        var task = Load(FourLevels).Task(path);

        task.Assignment.Should().Be(UnitAssignment.None, Json(task));
        task.AllUnits.Should().BeEmpty();
    }
}
