using MeetingBot.Core.Policy.Index;
using static MeetingBot.Core.Tests.Policy.Robustness.RobustnessDocuments;
using static MeetingBot.Core.Tests.Policy.Robustness.Round2.Round2Documents;

namespace MeetingBot.Core.Tests.Policy.Robustness.Round2;

/// <summary>
/// A provincial 行动计划 issued by the 办公厅's notice: sections are 【总体目标】【重点任务】【保障措施】 headings
/// without numbers, items are 1. with （1） below, and the numbering starts again at 1. under 【保障措施】. Notes name
/// 省 departments, a 中央驻地 tax bureau, the People's Bank provincial branch (分行) and the financial regulator's
/// local bureau. An attachment line closes the text.
/// </summary>
public class ProvincialActionPlanTests
{
    [Fact]
    public void Parse_ActionPlanWithBracketSections_FindsEveryNumberedItem()
    {
        // 【重点任务】: 1.–4. with eight （1）（2） items; 【保障措施】: 1.–4. again. The 【】 headings carry no number,
        // so whether they are a level of their own is a matter of taste; the sixteen numbered items are not.
        var doc = Doc(ProvincialActionPlan);

        doc.Tasks.Should().HaveCount(16, "tasks found: {0}", Paths(doc));
    }

    [Theory]
    [InlineData("1", 18, "实施智能工厂培育行动")]
    [InlineData("1.1", 19, "分级培育智能制造示范")]
    [InlineData("2.2", 23, "推进“5G+工业互联网”融合应用")]
    [InlineData("4.2", 29, "加强工业数据安全保障")]
    public void Parse_ActionPlan_TaskHasLineAndTitle(string path, int line, string title)
    {
        var task = Doc(ProvincialActionPlan).Task(path);

        task.Line.Should().Be(line, Json(task));
        task.Title.Should().Be(title, Json(task));
    }

    [Theory]
    [InlineData("加强统筹协调", 32)]
    [InlineData("加大财税金融支持", 33)]
    [InlineData("强化人才支撑", 34)]
    [InlineData("营造良好氛围", 35)]
    public void Parse_ActionPlanNumberingRestartedUnderSafeguards_EachItemIsATask(string title, int line)
    {
        var doc = Doc(ProvincialActionPlan);

        doc.Titled(title).Line.Should().Be(line);
        doc.Task("4.2").Text.Should().NotContain(title, "the 【保障措施】 items are items of their own, not text of the last 重点任务 item");
    }

    [Theory]
    [InlineData("1.1", "省工业和信息化厅", "省科技厅|各市州人民政府", "explicit")]
    [InlineData("2.1", "省工业和信息化厅", "省发展改革委|省大数据发展管理局", "explicit")]
    [InlineData("2.2", "省通信管理局", "省工业和信息化厅", "explicit")]
    [InlineData("3.1", "省工业和信息化厅", "省中小企业发展中心", "first-listed")]
    [InlineData("4.2", "省委网信办", "省工业和信息化厅|省公安厅", "first-listed")]
    [InlineData("1", "", "", "none")]
    public void Parse_ActionPlan_TaskHasUnits(string path, string lead, string responsible, string assignment)
    {
        Doc(ProvincialActionPlan).Task(path).ShouldHaveUnits(lead, responsible, assignment);
    }

    [Theory]
    [InlineData("加强统筹协调", "省工业和信息化厅", "", "")]
    [InlineData("加大财税金融支持", "省财政厅", "国家税务总局某某省税务局|人民银行某某省分行|国家金融监督管理总局某某监管局", "first-listed")]
    [InlineData("强化人才支撑", "省人力资源社会保障厅", "省教育厅", "first-listed")]
    [InlineData("营造良好氛围", "省工业和信息化厅", "省委宣传部", "first-listed")]
    public void Parse_ActionPlanSafeguards_TaskHasUnits(string title, string lead, string responsible, string assignment)
    {
        Doc(ProvincialActionPlan).Titled(title).ShouldHaveUnits(lead, responsible, assignment);
    }

    [Theory]
    [InlineData("1.2", "2025-12-31", "600个")]
    [InlineData("2.1", "2025-12-31", "15个")]
    [InlineData("2.2", "2024-12-31", "1.5万个")]
    [InlineData("4.2", "2025-06-30", "*")]
    public void Parse_ActionPlan_TaskHasTarget(string path, string deadline, string value)
    {
        Doc(ProvincialActionPlan).Task(path).ShouldHaveTarget(deadline, value);
    }

    [Theory]
    [InlineData("85%")]
    [InlineData("300家")]
    [InlineData("1000个")]
    [InlineData("65%")]
    public void Parse_ActionPlanGoalsUnderBracketHeading_AreDocumentTargetsDueAtThePlansEnd(string value)
    {
        var doc = Doc(ProvincialActionPlan);

        doc.DocumentTargets.Should().Contain(t => t.Deadline == new DateOnly(2026, 12, 31) && NormaliseValue(t.Value) == value,
            string.Join("; ", doc.DocumentTargets.Select(Json)));
    }

    [Fact]
    public void Parse_ActionPlanIssuedByNotice_TitleIssuerDateAndNumber()
    {
        var doc = Doc(ProvincialActionPlan);

        doc.Title.Should().Be("某某省制造业数字化转型行动计划（2024—2026年）");
        doc.Issuer.Should().Be("某某省人民政府办公厅");
        doc.Date.Should().Be(new DateOnly(2024, 5, 20));
        doc.DocumentNumber.Should().Be("某政办发〔2024〕12号");
    }

    [Theory]
    [InlineData("谁负责工业互联网平台建设？", "2.1", "省工业和信息化厅")]
    [InlineData("工业数据安全由哪个部门负责", "4.2", "省委网信办")]
    public void Ask_ActionPlan_WhoIsResponsible_TopTaskAndLead(string question, string path, string lead)
    {
        var answer = Ask(ProvincialActionPlan, question, new DateOnly(2025, 1, 1));

        answer.Tasks.Should().NotBeEmpty(Describe(answer));
        answer.Tasks[0].Task.PathText.Should().Be(path, Describe(answer));
        answer.Tasks[0].Task.Lead.Should().Contain(lead, Describe(answer));
    }

    [Fact]
    public void Ask_ActionPlan_CommunicationsBureauTasks_AreTheFiveGAndDataItems()
    {
        var answer = Ask(ProvincialActionPlan, "省通信管理局负责哪些工作", new DateOnly(2025, 1, 1));

        answer.Units.Should().NotBeEmpty(Describe(answer));
        answer.Units[0].Unit.Name.Should().Be("省通信管理局");
        answer.Units[0].Unit.Tasks.Select(p => string.Join(".", p)).Should().BeEquivalentTo(["2.2", "4.1"], Describe(answer));
        answer.Units[0].Unit.Leads.Select(p => string.Join(".", p)).Should().Equal(["2.2"], Describe(answer));
    }

    [Fact]
    public void Ask_ActionPlan_PeoplesBankBranchTasks_IsTheFinanceSafeguard()
    {
        var answer = Ask(ProvincialActionPlan, "人民银行某某省分行有哪些任务", new DateOnly(2025, 1, 1));

        answer.Units.Should().NotBeEmpty(Describe(answer));
        answer.Units[0].Unit.Name.Should().Be("人民银行某某省分行");
        PolicyAnswerText.Render(answer).Should().Contain("加大财税金融支持");
    }

    [Fact]
    public void Ask_ActionPlan_TargetsDueBy2025_AreTheItemTargetsNotThePlansEnd()
    {
        var answer = Ask(ProvincialActionPlan, "2025年底前到期的目标", new DateOnly(2025, 1, 1));

        answer.Targets.Select(t => t.Task?.PathText).Should().Contain(["1.2", "2.1", "2.2", "4.2"], Describe(answer));
        answer.Targets.Should().OnlyContain(t => t.Target.Deadline <= new DateOnly(2025, 12, 31), Describe(answer));
    }
}
