using MeetingBot.Core.Policy.Index;
using MeetingBot.Core.Policy.Model;
using MeetingBot.Core.Tests.Policy.Seeds;

namespace MeetingBot.Core.Tests.Policy.Index;

public class PolicyIndexTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly Lazy<PolicyIndex> AllSeeds = new(() => new PolicyIndex(
        new[] { SeedDocuments.Ningxia, SeedDocuments.Zhejiang, SeedDocuments.Yongnian, SeedDocuments.Shanxi, SeedDocuments.Wuhua }
            .Select(SeedDocuments.Load)));

    private static PolicyIndex Index => AllSeeds.Value;

    [Theory]
    [InlineData("谁负责双师型教师队伍建设？")]
    [InlineData("双师型教师")]
    [InlineData("“双师型”教师由谁负责")]
    [InlineData("who is responsible for 双师型教师")]
    public void Ask_DualQualifiedTeachers_RanksTheTeacherTasksOfEachDocumentFirst(string question)
    {
        var answer = Index.Ask(question, Today);

        answer.Kind.Should().Be(PolicyQuestionKind.WhoIsResponsible);
        var top = answer.Tasks.Take(4).Select(m => (m.Document.SourceName, m.Task.PathText)).ToList();
        top.Should().Contain((SeedDocuments.Shanxi, "四.十一"));
        top.Should().Contain((SeedDocuments.Ningxia, "四.十五"));
        top.Should().Contain((SeedDocuments.Yongnian, "二.三.4"));
        answer.Tasks.Should().OnlyContain(m => m.Task.Text.Contains("双师") || m.Task.Title.Contains("师"));
    }

    [Fact]
    public void Ask_DualQualifiedTeachers_NamesTheExplicitLeadsOfYongnian()
    {
        var yongnian = Index.Ask("谁负责双师型教师队伍建设？", Today).Tasks.Single(m => m.Document.SourceName == SeedDocuments.Yongnian && m.Task.PathText == "二.三.4");

        yongnian.Task.Lead.Should().Equal("区教体局", "区人社局");
        yongnian.Task.Assignment.Should().Be(UnitAssignment.Explicit);
    }

    [Fact]
    public void Ask_TrainingBases_FindsTheTaskTitledAfterThemInEverySeedThatHasOne()
    {
        var answer = Index.Ask("实训基地由谁负责", Today);

        var titled = answer.Tasks.Where(m => m.Task.Title.Contains("实训基地")).Select(m => m.Document.SourceName).ToList();
        titled.Should().Contain([SeedDocuments.Yongnian, SeedDocuments.Shanxi, SeedDocuments.Zhejiang]);
        answer.Tasks.Take(3).Should().OnlyContain(m => m.Task.Title.Contains("实训基地"));
    }

    [Fact]
    public void Ask_TopicWordsSplitInTheText_FindsTheTasks()
    {
        // 生均拨款 is written 生均财政拨款 in both documents.
        var answer = Index.Ask("生均拨款谁负责", Today);

        answer.Tasks.Select(m => (m.Document.SourceName, m.Task.PathText)).Should()
            .Contain((SeedDocuments.Shanxi, "七.二十四")).And.Contain((SeedDocuments.Ningxia, "五.十七"));
    }

    [Fact]
    public void Ask_WhoConvenes_PutsTheJointMeetingClausesFirstAndNamesTheirConvenors()
    {
        var answer = Index.Ask("联席会议召集人是谁", Today);

        answer.Tasks.Take(2).Select(m => (m.Document.SourceName, m.Task.PathText)).Should()
            .BeEquivalentTo([(SeedDocuments.Ningxia, "五.十九"), (SeedDocuments.Yongnian, "三.二")]);
        PolicyAnswerText.Render(answer).Should().Contain("召集人：自治区政府分管教育工作的领导").And.Contain("召集人：政府分管教育工作的副区长");
    }

    [Fact]
    public void Ask_UnitWordingAboutATopic_AnswersTheTopic()
    {
        var answer = Index.Ask("实训基地要做哪些事", Today);

        answer.Kind.Should().Be(PolicyQuestionKind.WhoIsResponsible);
        answer.Tasks.Take(3).Should().OnlyContain(m => m.Task.Title.Contains("实训基地"));
    }

    [Fact]
    public void Ask_UnknownTopic_ReturnsNoTasksAndSaysSo()
    {
        var answer = Index.Ask("谁负责火箭发射？", Today);

        answer.Tasks.Should().BeEmpty();
        PolicyAnswerText.Render(answer).Should().Contain("没有找到").And.Contain("火箭发射");
    }

    [Fact]
    public void Ask_TopicMostlyOutsideTheDocuments_SaysTheyDoNotSayAndNamesNoUnit()
    {
        var answer = Index.Ask("谁负责教师火箭", Today);

        answer.Tasks.Should().BeEmpty();
        PolicyAnswerText.Render(answer).Should().Contain("文件没有写明").And.NotContain("牵头");
    }

    [Theory]
    [InlineData("区财政局负责什么？", SeedDocuments.Yongnian, "区财政局")]
    [InlineData("区财政局负责什么？", SeedDocuments.Wuhua, "区财政局")]
    [InlineData("财政厅的任务", SeedDocuments.Ningxia, "自治区财政厅")]
    [InlineData("财政厅的任务", SeedDocuments.Shanxi, "省财政厅")]
    [InlineData("人社局有哪些任务", SeedDocuments.Yongnian, "区人社局")]
    [InlineData("人社局有哪些任务", SeedDocuments.Wuhua, "区人力资源社会保障局")]
    [InlineData("区教体局负责哪些工作", SeedDocuments.Yongnian, "区教体局")]
    [InlineData("what is the finance bureau responsible for?", SeedDocuments.Yongnian, "区财政局")]
    [InlineData("tasks of the human resources department", SeedDocuments.Ningxia, "自治区人力资源社会保障厅")]
    public void Ask_UnitByNameAliasOrAbbreviation_FindsTheUnit(string question, string document, string unit)
    {
        var answer = Index.Ask(question, Today);

        answer.Kind.Should().Be(PolicyQuestionKind.UnitTasks);
        answer.Units.Should().Contain(m => m.Document.SourceName == document && m.Unit.Name == unit);
    }

    [Fact]
    public void Ask_DistrictFinanceBureau_DoesNotListProvincialFinanceDepartments()
    {
        var answer = Index.Ask("区财政局负责什么？", Today);

        answer.Units.Should().OnlyContain(m => m.Unit.Name == "区财政局");
    }

    [Theory]
    [InlineData("各市县人民政府负责什么", SeedDocuments.Ningxia, "各市、县〔区〕人民政府")]
    [InlineData("各市县区人民政府有哪些任务", SeedDocuments.Ningxia, "各市、县〔区〕人民政府")]
    [InlineData("市县政府有哪些任务", SeedDocuments.Shanxi, "市县人民政府")]
    [InlineData("编办有哪些任务", SeedDocuments.Yongnian, "区委编办")]
    public void Ask_UnitWrittenAnotherWay_FindsTheUnit(string question, string document, string unit)
    {
        var answer = Index.Ask(question, Today);

        answer.Units.Should().Contain(m => m.Document.SourceName == document && m.Unit.Name == unit);
    }

    [Theory]
    [InlineData("组织部有哪些任务", "组织部")] // not 有关行业组织
    [InlineData("教育局有哪些任务", "厅", "局")] // not the 成员单位 of the joint meeting, nor the 教育督导室
    public void Ask_UnitOfOneKind_ListsNoBodyOfAnotherKind(string question, params string[] endings)
    {
        var answer = Index.Ask(question, Today);

        answer.Units.Should().NotBeEmpty().And.OnlyContain(m => endings.Any(e => m.Unit.Name.EndsWith(e)));
    }

    [Fact]
    public void Ask_DistrictEducationBureau_ListsTheDistrictBodiesOnly()
    {
        var answer = Index.Ask("区教育局负责什么", Today);

        answer.Units.Select(m => m.Unit.Name).Should().BeEquivalentTo("区教体局", "区教育体育局");
    }

    [Fact]
    public void Ask_UnitOfANamedDistrict_ListsThatDistrictsDocumentOnly()
    {
        var answer = Index.Ask("五华区教育体育局负责什么", Today);

        answer.Units.Should().ContainSingle().Which.Document.SourceName.Should().Be(SeedDocuments.Wuhua);
    }

    [Fact]
    public void Render_UnitAnswer_CitesDocumentAndTaskPaths()
    {
        var text = PolicyAnswerText.Render(Index.Ask("区财政局负责什么？", Today));

        text.Should().Contain("《永年区职业教育改革发展实施方案》").And.Contain("第二.六.4项“健全经费投入机制”（牵头）");
    }

    [Fact]
    public void Ask_TargetsDueByEnd2022_ListsOnlyTargetsDueByThen_InDateOrder()
    {
        var answer = Index.Ask("2022年底前到期的目标", Today);

        answer.Kind.Should().Be(PolicyQuestionKind.TargetsDue);
        answer.DueBy.Should().Be(new DateOnly(2022, 12, 31));
        answer.Targets.Should().NotBeEmpty().And.OnlyContain(t => t.Target.Deadline <= new DateOnly(2022, 12, 31));
        answer.Targets.Select(t => t.Target.Deadline).Should().BeInAscendingOrder();
        answer.Targets.Should().Contain(t => t.Document.SourceName == SeedDocuments.Shanxi && t.Task!.PathText == "四.十一" && t.Target.Value == "60%");
        answer.Targets.Should().Contain(t => t.Document.SourceName == SeedDocuments.Yongnian && t.Target.Value == "23家");
    }

    [Fact]
    public void Ask_TargetsDueIn2025_ListsThatYearOnly()
    {
        var answer = Index.Ask("哪些目标2025年到期", Today);

        answer.Targets.Should().NotBeEmpty().And.OnlyContain(t => t.Target.Deadline!.Value.Year == 2025);
        answer.Targets.Should().Contain(t => t.Document.SourceName == SeedDocuments.Zhejiang && t.Target.Value!.StartsWith("90%"));
    }

    [Fact]
    public void TargetsDueBy_StartDates_AreNotDeadlines()
    {
        Index.TargetsDueBy(new DateOnly(2030, 1, 1)).Should().NotContain(t => t.Target.DeadlineText!.Contains("起"));
    }

    [Fact]
    public void Ask_TargetsThisYear_UsesTodaysYear()
    {
        var answer = Index.Ask("今年到期的目标", new DateOnly(2022, 3, 1));

        answer.Targets.Should().NotBeEmpty().And.OnlyContain(t => t.Target.Deadline!.Value.Year == 2022);
    }
}
