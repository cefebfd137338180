using MeetingBot.Core.Policy.Index;
using static MeetingBot.Core.Tests.Policy.Robustness.RobustnessDocuments;
using static MeetingBot.Core.Tests.Policy.Robustness.Round2.Round2Documents;

namespace MeetingBot.Core.Tests.Policy.Robustness.Round2;

/// <summary>
/// A 国发 opinion of the State Council: no 一、 sections, the top level is （一）…（十二） with a run-in heading
/// sentence, a few items split into 1. 2.; every item closes with a ministries note in the State Council's wording
/// (A、B、C等按职责分工负责 / A负责 / A牵头，B、C配合); signed 国务院 with the date and （此件公开发布）.
/// </summary>
public class StateCouncilOpinionTests
{
    [Theory]
    [InlineData(1, 12)] // （一）…（十二）
    [InlineData(2, 4)]  // 1. 2. under （二） and under （七）
    public void Parse_StateCouncilOpinion_FindsTasksPerLevel(int level, int expected)
    {
        var doc = Doc(StateCouncilOpinion);

        doc.Tasks.Count(t => t.Level == level).Should().Be(expected, "tasks found: {0}", Paths(doc));
    }

    [Theory]
    [InlineData("一", 7, "扩大老年助餐服务")]
    [InlineData("二", 9, "拓展居家助老服务")]
    [InlineData("二.2", 11, "推进老年人居家适老化改造")]
    [InlineData("七.1", 22, "强化老年用品标准化建设")]
    [InlineData("十", 29, "加强人才队伍建设")]
    [InlineData("十一", 31, "完善用地用房保障")]
    [InlineData("十二", 33, "强化组织实施")]
    public void Parse_StateCouncilOpinion_TaskHasLineAndTitle(string path, int line, string title)
    {
        var task = Doc(StateCouncilOpinion).Task(path);

        task.Line.Should().Be(line, Json(task));
        task.Title.Should().Be(title, Json(task));
    }

    [Theory]
    [InlineData("一", "民政部", "国家发展改革委|财政部|农业农村部", "first-listed")] // "…农业农村部等按职责分工负责"
    [InlineData("二.1", "民政部", "", "")]                                          // （民政部负责）
    [InlineData("二.2", "民政部", "住房城乡建设部|中国残联", "first-listed")]
    [InlineData("四", "国家卫生健康委", "国家中医药局|国家疾控局", "explicit")]
    [InlineData("六", "文化和旅游部", "体育总局", "first-listed")]
    [InlineData("九", "中国人民银行", "金融监管总局|中国证监会|人力资源社会保障部", "first-listed")]
    [InlineData("二", "", "", "none")] // a heading whose items carry the notes
    public void Parse_StateCouncilOpinion_TaskHasMinistries(string path, string lead, string responsible, string assignment)
    {
        Doc(StateCouncilOpinion).Task(path).ShouldHaveUnits(lead, responsible, assignment);
    }

    [Fact]
    public void Parse_StateCouncilOpinion_EveryUnitIsAMinistryName()
    {
        var doc = Doc(StateCouncilOpinion);

        doc.Units.Select(u => u.Name).Should().BeEquivalentTo(
            "民政部", "国家发展改革委", "财政部", "农业农村部", "住房城乡建设部", "中国残联", "商务部", "国家卫生健康委",
            "国家中医药局", "国家疾控局", "国家医保局", "文化和旅游部", "体育总局", "市场监管总局", "工业和信息化部",
            "交通运输部", "中国人民银行", "金融监管总局", "中国证监会", "人力资源社会保障部", "教育部", "自然资源部");
    }

    [Theory]
    [InlineData("一", "2027-12-31", "80%以上")]
    [InlineData("二.2", "2026-12-31", "200万户")]
    [InlineData("四", "2025-12-31", "60%以上")]
    [InlineData("七.1", "2027-12-31", "30项以上")]
    [InlineData("十", "2025-12-31", "20万人次")]
    public void Parse_StateCouncilOpinion_TaskHasTarget(string path, string deadline, string value)
    {
        Doc(StateCouncilOpinion).Task(path).ShouldHaveTarget(deadline, value);
    }

    [Fact]
    public void Parse_StateCouncilOpinion_TitleNumberIssuerAndDate()
    {
        var doc = Doc(StateCouncilOpinion);

        doc.Title.Should().Be("国务院关于加快发展银发经济增进老年人福祉的意见");
        doc.DocumentNumber.Should().Be("国发〔2025〕9号");
        doc.Issuer.Should().Be("国务院", "the title and the signature both name the State Council");
        doc.Date.Should().Be(new DateOnly(2025, 3, 18));
    }

    [Fact]
    public void Parse_StateCouncilSignature_IsNotPartOfTheLastItem()
    {
        var task = Doc(StateCouncilOpinion).Task("十二");

        task.Text.Should().EndWith("重要情况及时报告国务院。", "the signature 国务院 on a line of its own closes the document, not item （十二）");
    }

    [Theory]
    [InlineData("谁负责老年助餐服务？", "一", "民政部")]
    [InlineData("居家适老化改造由谁负责", "二.2", "民政部")]
    [InlineData("哪个部门牵头老年医学科建设", "四", "国家卫生健康委")]
    public void Ask_StateCouncilOpinion_WhoIsResponsible_TopTaskAndLead(string question, string path, string lead)
    {
        var answer = Ask(StateCouncilOpinion, question, new DateOnly(2025, 4, 1));

        answer.Kind.Should().Be(PolicyQuestionKind.WhoIsResponsible);
        answer.Tasks.Should().NotBeEmpty(Describe(answer));
        answer.Tasks[0].Task.PathText.Should().Be(path, Describe(answer));
        answer.Tasks[0].Task.Lead.Should().Contain(lead, Describe(answer));
    }

    [Theory]
    [InlineData("国家医保局负责哪些工作", "国家医保局", "五")]
    [InlineData("what is the civil affairs ministry responsible for", "民政部", "一|二.1|二.2|三|五|七.1|七.2|十|十一")]
    public void Ask_StateCouncilOpinion_UnitTasks_ListsTheItemsOfThatMinistry(string question, string unit, string paths)
    {
        var answer = Ask(StateCouncilOpinion, question, new DateOnly(2025, 4, 1));

        answer.Kind.Should().Be(PolicyQuestionKind.UnitTasks);
        answer.Units.Should().NotBeEmpty(Describe(answer));
        answer.Units[0].Unit.Name.Should().Be(unit, Describe(answer));
        answer.Units[0].Unit.Tasks.Select(p => string.Join(".", p)).Should().BeEquivalentTo(List(paths), Describe(answer));
    }

    [Fact]
    public void Ask_StateCouncilOpinion_TargetsDueBy2026_AreThe2025And2026Targets()
    {
        var answer = Ask(StateCouncilOpinion, "2026年底前到期的目标有哪些", new DateOnly(2025, 4, 1));

        answer.Kind.Should().Be(PolicyQuestionKind.TargetsDue);
        var paths = answer.Targets.Select(t => t.Task?.PathText).ToList();
        paths.Should().Contain(["二.2", "四", "十"], Describe(answer));
        answer.Targets.Should().OnlyContain(t => t.Target.Deadline <= new DateOnly(2026, 12, 31), Describe(answer));
    }
}
