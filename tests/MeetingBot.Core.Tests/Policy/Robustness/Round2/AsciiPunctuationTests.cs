using static MeetingBot.Core.Tests.Policy.Robustness.RobustnessDocuments;
using static MeetingBot.Core.Tests.Policy.Robustness.Round2.Round2Documents;

namespace MeetingBot.Core.Tests.Policy.Robustness.Round2;

/// <summary>
/// A banner's (旗, Inner Mongolia) annual 人居环境 plan typed with half-width punctuation throughout — "(一) ",
/// "1. ", ", " and ": " with a space after, "[2024]" in the document number, ASCII quotes — as text comes out of an
/// NFKC-normalising scraper or an English input method (。 and 、 stay full-width). Units are 旗 bureaus, 苏木乡镇
/// governments, the 盟's environment bureau's banner branch, 团旗委, and one list sharing the 旗 prefix
/// (旗财政局、农牧局). The plan's deadlines without a year ("9月底前") are in the plan's year.
/// </summary>
public class AsciiPunctuationTests
{
    [Theory]
    [InlineData(1, 3)] // 一、二、三、
    [InlineData(2, 7)] // (一)…(四) and (一)…(三)
    [InlineData(3, 8)] // 1. 2. under each of 二、(一)…(四)
    public void Parse_AsciiPunctuation_FindsTasksPerLevel(int level, int expected)
    {
        var doc = Doc(AsciiPunctuation);

        doc.Tasks.Count(t => t.Level == level).Should().Be(expected, "tasks found: {0}", Paths(doc));
    }

    [Theory]
    [InlineData("二.一", 18, "扎实推进农村牧区户厕改造")]
    [InlineData("二.一.1", 19, "新建改建农村牧区卫生户厕2000户, 9月底前完成主体施工")]
    [InlineData("二.四", 27, "提升村容村貌")]
    [InlineData("三.一", 32, "加强组织领导")]
    public void Parse_AsciiPunctuation_TaskHasLineAndTitle(string path, int line, string title)
    {
        var task = Doc(AsciiPunctuation).Task(path);

        task.Line.Should().Be(line, Json(task));
        task.Title.Should().Be(title, Json(task));
    }

    [Theory]
    [InlineData("二.一.1", "旗农牧局", "旗卫生健康委员会|旗财政局|各苏木乡镇人民政府", "explicit")]
    [InlineData("二.一.2", "各苏木乡镇人民政府", "", "first-listed")]
    [InlineData("二.二.1", "旗住房和城乡建设局", "旗农牧局|各苏木乡镇人民政府", "explicit")]
    [InlineData("二.二.2", "旗农牧局", "旗林业和草原局|塔拉盟生态环境局乌力吉旗分局", "first-listed")]
    [InlineData("二.三.1", "塔拉盟生态环境局乌力吉旗分局", "旗水利局|旗住房和城乡建设局", "explicit")]
    [InlineData("二.三.2", "旗水利局", "各苏木乡镇人民政府", "first-listed")]
    [InlineData("二.四.1", "旗交通运输局", "旗财政局", "explicit")]
    [InlineData("二.四.2", "旗妇联", "团旗委|旗委宣传部", "first-listed")]
    [InlineData("三.二", "旗财政局", "旗农牧局", "first-listed")] // "旗财政局、农牧局": the 旗 is shared
    [InlineData("三.三", "旗委督查室", "旗政府督查室", "first-listed")]
    [InlineData("二.一", "", "", "none")]
    public void Parse_AsciiPunctuation_TaskHasUnits(string path, string lead, string responsible, string assignment)
    {
        Doc(AsciiPunctuation).Task(path).ShouldHaveUnits(lead, responsible, assignment);
    }

    [Theory]
    [InlineData("一", "2024-12-31", "75%以上")]
    [InlineData("一", "2024-12-31", "30%")]
    [InlineData("二.一.1", "2024-09-30", "2000户")] // "9月底前" in the 2024 plan
    [InlineData("二.一.2", "2024-11-30", "*")]      // 完成时限: 2024年11月底前
    [InlineData("二.三.1", "2024-10-31", "3个")]
    public void Parse_AsciiPunctuation_TaskHasTarget(string path, string deadline, string value)
    {
        Doc(AsciiPunctuation).Task(path).ShouldHaveTarget(deadline, value);
    }

    [Fact]
    public void Parse_AsciiPunctuation_TitleIssuerDateAndNumber()
    {
        var doc = Doc(AsciiPunctuation);

        doc.Title.Should().Be("乌力吉旗2024年农村牧区人居环境整治提升工作方案");
        doc.Issuer.Should().Be("乌力吉旗人民政府办公室");
        doc.Date.Should().Be(new DateOnly(2024, 3, 15));
        doc.DocumentNumber.Should().Be("乌政办发[2024]18号");
    }

    [Fact]
    public void Parse_AsciiPunctuation_EveryUnitIsAWholeUnitName()
    {
        var doc = Doc(AsciiPunctuation);

        doc.Units.Select(u => u.Name).Should().BeEquivalentTo(
            "旗农牧局", "旗卫生健康委员会", "旗财政局", "各苏木乡镇人民政府", "旗住房和城乡建设局", "旗林业和草原局",
            "塔拉盟生态环境局乌力吉旗分局", "旗水利局", "旗交通运输局", "旗妇联", "团旗委", "旗委宣传部", "旗委督查室", "旗政府督查室");
    }

    [Fact]
    public void Ask_AsciiPunctuation_WhoIsResponsibleForToiletRenovation_NamesTheAgricultureBureau()
    {
        var answer = Ask(AsciiPunctuation, "谁负责户厕改造", new DateOnly(2024, 4, 1));

        answer.Tasks.Take(3).Select(m => m.Task.PathText).Should().Contain("二.一.1", Describe(answer));
        answer.Tasks.Single(m => m.Task.PathText == "二.一.1").Task.Lead.Should().Equal(["旗农牧局"], Describe(answer));
    }

    [Theory]
    [InlineData("旗财政局负责什么", "旗财政局", "二.一.1|二.四.1|三.二")]
    [InlineData("what is the finance bureau responsible for", "旗财政局", "二.一.1|二.四.1|三.二")]
    [InlineData("旗农牧局有哪些任务", "旗农牧局", "二.一.1|二.二.1|二.二.2|三.一|三.二")]
    public void Ask_AsciiPunctuation_UnitTasks_ListsTheUnitsItems(string question, string unit, string paths)
    {
        var answer = Ask(AsciiPunctuation, question, new DateOnly(2024, 4, 1));

        answer.Units.Should().NotBeEmpty(Describe(answer));
        answer.Units[0].Unit.Name.Should().Be(unit, Describe(answer));
        answer.Units[0].Unit.Tasks.Select(p => string.Join(".", p)).Should().BeEquivalentTo(List(paths), Describe(answer));
    }

    [Fact]
    public void Ask_AsciiPunctuation_TargetsDueByEndOfNovember_AreTheSeptemberOctoberAndNovemberDeadlines()
    {
        var answer = Ask(AsciiPunctuation, "2024年11月30日前到期的目标", new DateOnly(2024, 4, 1));

        answer.Targets.Select(t => t.Task?.PathText).Should().Contain(["二.一.1", "二.一.2", "二.三.1"], Describe(answer));
        answer.Targets.Should().OnlyContain(t => t.Target.Deadline <= new DateOnly(2024, 11, 30), Describe(answer));
    }
}
