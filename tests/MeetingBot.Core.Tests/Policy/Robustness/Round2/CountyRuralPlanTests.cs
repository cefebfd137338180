using MeetingBot.Core.Policy.Index;
using static MeetingBot.Core.Tests.Policy.Robustness.RobustnessDocuments;
using static MeetingBot.Core.Tests.Policy.Robustness.Round2.Round2Documents;

namespace MeetingBot.Core.Tests.Policy.Robustness.Round2;

/// <summary>
/// A county's annual 乡村振兴 work plan issued jointly by the 县委办 and the 县政府办: 一、（一）1. with notes in the
/// county's wording — （A牵头，B、C配合）, two leads （A、B牵头，C配合）, an unbracketed
/// "责任单位：…；完成时限：2025年6月底前" line — naming party bodies (县委组织部, 县委宣传部, 县委农办), mass
/// organisations (团县委, 县妇联, 县残联), a supply co-operative (县供销社) and a central unit stationed in the
/// county (国家税务总局青禾县税务局). The goals of an annual plan are dated by the plan's year ("2025年，…").
/// </summary>
public class CountyRuralPlanTests
{
    [Theory]
    [InlineData(1, 3)]  // 一、二、三、
    [InlineData(2, 7)]  // 二、（一）…（四）, 三、（一）…（三）
    [InlineData(3, 10)] // 2 + 3 + 2 + 3 items 1. 2. 3.
    public void Parse_CountyPlan_FindsTasksPerLevel(int level, int expected)
    {
        var doc = Doc(CountyRuralPlan);

        doc.Tasks.Count(t => t.Level == level).Should().Be(expected, "tasks found: {0}", Paths(doc));
    }

    [Theory]
    [InlineData("二.一", 19, "巩固拓展脱贫攻坚成果")]
    [InlineData("二.一.2", 21, "推进脱贫人口稳岗就业")]
    [InlineData("二.三.1", 29, "实施农村厕所革命")]
    [InlineData("二.四.3", 34, "关爱农村特殊群体")]
    [InlineData("三.二", 39, "强化要素保障")]
    public void Parse_CountyPlan_TaskHasLineAndTitle(string path, int line, string title)
    {
        var task = Doc(CountyRuralPlan).Task(path);

        task.Line.Should().Be(line, Json(task));
        task.Title.Should().Be(title, Json(task));
    }

    [Theory]
    [InlineData("二.一.1", "县农业农村局", "县民政局|县医保局|各乡镇人民政府", "explicit")]
    [InlineData("二.一.2", "县人力资源和社会保障局", "", "")]                       // 责任单位：…；完成时限：… on the next line
    [InlineData("二.二.2", "县商务局", "县供销社", "first-listed")]
    [InlineData("二.三.2", "县妇联", "团县委|各乡镇人民政府", "first-listed")]
    [InlineData("二.四.1", "县委组织部", "", "")]
    [InlineData("二.四.2", "县委宣传部|县民政局", "县妇联|各乡镇人民政府", "explicit")] // two leads
    [InlineData("二.四.3", "县民政局", "县残联|县妇联", "first-listed")]
    [InlineData("三.二", "县财政局", "国家税务总局青禾县税务局", "first-listed")]
    [InlineData("三.三", "县委农办", "县委督查室", "first-listed")]
    [InlineData("三.一", "", "", "none")]
    public void Parse_CountyPlan_TaskHasUnits(string path, string lead, string responsible, string assignment)
    {
        Doc(CountyRuralPlan).Task(path).ShouldHaveUnits(lead, responsible, assignment);
    }

    [Theory]
    [InlineData("一", "2025-12-31", "92%")]     // "2025年，…农村卫生户厕普及率达到92%" in the goals of the 2025 plan
    [InlineData("一", "2025-12-31", "10个")]
    [InlineData("二.一.2", "2025-12-31", "*")]  // 完成时限：2025年12月底前
    [InlineData("二.二.2", "2025-10-31", "*")]  // 完成时限：2025年10月底前
    [InlineData("二.三.1", "2025-09-30", "1200户")] // "完成农村卫生户厕改造1200户，2025年9月底前全部完成验收"
    [InlineData("二.四.3", "2025-06-30", "*")]
    public void Parse_CountyPlan_TaskHasTarget(string path, string deadline, string value)
    {
        Doc(CountyRuralPlan).Task(path).ShouldHaveTarget(deadline, value);
    }

    [Fact]
    public void Parse_CountyPlanIssuedJointly_TitleIssuersDateAndNumber()
    {
        var doc = Doc(CountyRuralPlan);

        doc.Title.Should().Be("青禾县2025年和美乡村建设工作方案");
        doc.Issuer.Should().Be("中共青禾县委办公室、青禾县人民政府办公室");
        doc.Date.Should().Be(new DateOnly(2025, 2, 28));
        doc.DocumentNumber.Should().Be("青办发〔2025〕6号");
    }

    [Fact]
    public void Parse_CountyPlan_PartyBodiesMassOrganisationsAndCentralUnitsAreUnits()
    {
        var names = Doc(CountyRuralPlan).Units.Select(u => u.Name).ToList();

        names.Should().Contain(["县委组织部", "县委宣传部", "县委农办", "县委督查室", "团县委", "县妇联", "县残联", "县供销社", "国家税务总局青禾县税务局"]);
        names.Should().NotContain(n => n.Contains("完成时限") || n.Contains("：") || n.Contains("牵头"));
    }

    [Theory]
    [InlineData("谁负责农村厕所革命？", "二.三.1", "县农业农村局")]
    [InlineData("移风易俗由谁牵头", "二.四.2", "县委宣传部")]
    public void Ask_CountyPlan_WhoIsResponsible_TopTaskAndLead(string question, string path, string lead)
    {
        var answer = Ask(CountyRuralPlan, question, new DateOnly(2025, 3, 1));

        answer.Tasks.Should().NotBeEmpty(Describe(answer));
        answer.Tasks[0].Task.PathText.Should().Be(path, Describe(answer));
        answer.Tasks[0].Task.Lead.Should().Contain(lead, Describe(answer));
    }

    [Theory]
    [InlineData("县妇联有哪些任务", "县妇联", "二.三.2|二.四.2|二.四.3")]
    [InlineData("团县委负责什么", "团县委", "二.三.2")]
    [InlineData("县税务局负责什么工作", "国家税务总局青禾县税务局", "三.二")]
    public void Ask_CountyPlan_UnitTasks_ListsTheUnitsItems(string question, string unit, string paths)
    {
        var answer = Ask(CountyRuralPlan, question, new DateOnly(2025, 3, 1));

        answer.Units.Should().NotBeEmpty(Describe(answer));
        answer.Units[0].Unit.Name.Should().Be(unit, Describe(answer));
        answer.Units[0].Unit.Tasks.Select(p => string.Join(".", p)).Should().BeEquivalentTo(List(paths), Describe(answer));
    }

    [Fact]
    public void Ask_CountyPlan_TargetsDueThisYear_IncludeTheCompletionDeadlines()
    {
        var answer = Ask(CountyRuralPlan, "今年到期的目标有哪些", new DateOnly(2025, 3, 1));

        answer.Targets.Select(t => t.Task?.PathText).Should().Contain(["二.一.2", "二.二.2", "二.三.1", "二.四.3"], Describe(answer));
    }
}
