using static MeetingBot.Core.Tests.Policy.Robustness.RobustnessDocuments;
using static MeetingBot.Core.Tests.Policy.Robustness.Round2.Round2Documents;

namespace MeetingBot.Core.Tests.Policy.Robustness.Round2;

/// <summary>
/// A city's 垃圾分类 plan as pdftotext prints it: every line cut at about 30 characters wherever the typeset line
/// ended (in the notice's title, in the middle of an item's heading, right after a note's "牵头单位：", in the middle of
/// a unit name), no blank line between paragraphs, and a page footer "－2－" plus a form feed in the middle of a sentence.
/// </summary>
public class HardWrappedPdfTextTests
{
    [Theory]
    [InlineData(1, 3)] // 一、二、三、
    [InlineData(2, 8)] // （一）…（五） and （一）…（三）
    public void Parse_HardWrappedText_FindsTasksPerLevel(int level, int expected)
    {
        var doc = Doc(HardWrappedPdfText);

        doc.Tasks.Count(t => t.Level == level).Should().Be(expected, "tasks found: {0}", Paths(doc));
    }

    [Theory]
    [InlineData("二.一", 17, "健全生活垃圾分类投放收集和分类运输设施体系")]
    [InlineData("二.二", 21, "加快推进全市厨余垃圾和可回收物资源化利用及无害化处理设施建设")] // heading cut after 设 (line 21 | 22)
    [InlineData("二.四", 29, "开展生活垃圾分类进家庭、进校园、进社区活动")]
    [InlineData("三.三", 43, "严格考核评价")]
    public void Parse_HardWrappedText_TaskHasLineAndWholeTitle(string path, int line, string title)
    {
        var task = Doc(HardWrappedPdfText).Task(path);

        task.Line.Should().Be(line, Json(task));
        task.Title.Should().Be(title, Json(task));
    }

    [Theory]
    [InlineData("二.一", "市城市管理局", "市住房和城乡建设局|各区人民政府", "explicit")] // note cut after "（牵头单位："
    [InlineData("二.二", "市城市管理局", "市发展改革委|市商务局|市生态环境局", "explicit")] // cut inside 牵|头 and 生态|环境局
    [InlineData("二.三", "市机关事务服务中心", "市教育局|市卫生健康委", "first-listed")] // cut inside 卫生健康|委
    [InlineData("二.四", "市妇联", "团市委|市教育局", "first-listed")]              // note after the page break
    [InlineData("三.二", "市财政局", "市发展改革委", "first-listed")]
    [InlineData("三.三", "市城市管理局", "市委督查室", "first-listed")]              // cut inside 市委督|查室
    [InlineData("三.一", "", "", "none")]
    public void Parse_HardWrappedText_TaskHasUnits(string path, string lead, string responsible, string assignment)
    {
        Doc(HardWrappedPdfText).Task(path).ShouldHaveUnits(lead, responsible, assignment);
    }

    [Theory]
    [InlineData("一", "2025-12-31", "35%以上")]
    [InlineData("二.一", "2024-12-31", "2000个")]
    [InlineData("二.三", "2024-06-30", "*")]
    public void Parse_HardWrappedText_TaskHasTarget(string path, string deadline, string value)
    {
        Doc(HardWrappedPdfText).Task(path).ShouldHaveTarget(deadline, value);
    }

    [Fact]
    public void Parse_PageFooterInsideASentence_IsNotPartOfTheText()
    {
        var task = Doc(HardWrappedPdfText).Task("二.四");

        task.Text.Should().Contain("每年开展宣传活动200场次以上", "the sentence runs on across the page break");
        task.Text.Should().NotContain("－2－", "the page number is the page's, not the item's");
    }

    [Fact]
    public void Parse_LinesCutMidSentence_AreRejoined()
    {
        var doc = Doc(HardWrappedPdfText);

        doc.Task("二.二").Text.Should().Contain("建成日处理能力500吨的厨余垃圾处理厂");
        doc.Task("一").Text.Should().Contain("生活垃圾无害化处理率保持100%");
    }

    [Fact]
    public void Parse_NoticeTitleCutBeforeItsLastWord_TitleIsThePlan()
    {
        var doc = Doc(HardWrappedPdfText);

        doc.Title.Should().Be("临江市生活垃圾分类工作实施方案");
        doc.Issuer.Should().Be("临江市人民政府办公室");
        doc.Date.Should().Be(new DateOnly(2024, 4, 2));
        doc.DocumentNumber.Should().Be("临政办发〔2024〕21号");
    }

    [Fact]
    public void Parse_HardWrappedText_EveryUnitIsAWholeUnitName()
    {
        var doc = Doc(HardWrappedPdfText);

        doc.Units.Select(u => u.Name).Should().BeEquivalentTo(
            "市城市管理局", "市住房和城乡建设局", "各区人民政府", "市发展改革委", "市商务局", "市生态环境局", "市机关事务服务中心",
            "市教育局", "市卫生健康委", "市妇联", "团市委", "市财政局", "市委督查室");
    }

    [Theory]
    [InlineData("谁负责厨余垃圾处理设施建设", "二.二", "市城市管理局")]
    [InlineData("垃圾分类投放点改造由谁负责", "二.一", "市城市管理局")]
    public void Ask_HardWrappedText_WhoIsResponsible_TopTaskAndLead(string question, string path, string lead)
    {
        var answer = Ask(HardWrappedPdfText, question, new DateOnly(2024, 5, 1));

        answer.Tasks.Should().NotBeEmpty(Describe(answer));
        answer.Tasks[0].Task.PathText.Should().Be(path, Describe(answer));
        answer.Tasks[0].Task.Lead.Should().Contain(lead, Describe(answer));
    }

    [Fact]
    public void Ask_HardWrappedText_YouthLeagueTasks_IsTheCampaignItem()
    {
        var answer = Ask(HardWrappedPdfText, "团市委有哪些任务", new DateOnly(2024, 5, 1));

        answer.Units.Should().NotBeEmpty(Describe(answer));
        answer.Units[0].Unit.Name.Should().Be("团市委");
        answer.Units[0].Unit.Tasks.Select(p => string.Join(".", p)).Should().Equal(["二.四"], Describe(answer));
    }

    [Fact]
    public void Ask_HardWrappedText_TargetsDueBy2024_AreTheCollectionPointsAndPublicInstitutions()
    {
        var answer = Ask(HardWrappedPdfText, "2024年底前到期的目标", new DateOnly(2024, 5, 1));

        answer.Targets.Select(t => t.Task?.PathText).Should().Contain(["二.一", "二.三"], Describe(answer));
        answer.Targets.Should().OnlyContain(t => t.Target.Deadline <= new DateOnly(2024, 12, 31), Describe(answer));
    }
}
