using static MeetingBot.Core.Tests.Policy.Robustness.RobustnessDocuments;

namespace MeetingBot.Core.Tests.Policy.Family;

/// <summary>A standing rule written inside a note applies to that task and every later task of its document.</summary>
public class StandingRuleTests
{
    private const string WithRule = """
        某某市城乡环境整治工作方案
        一、重点任务
        （一）整治城乡结合部环境。（市城市管理局牵头，市生态环境局、市住房城乡建设局按职责分工负责。以下各项均需各县区人民政府落实，不再一一列出）
        （二）治理农村生活垃圾。（牵头单位：市农业农村局）
        （三）规范户外广告设置。（责任单位：市城市管理局）
        """;

    [Theory]
    [InlineData("一.一", "市城市管理局", "市生态环境局|市住房城乡建设局|各县区人民政府")]
    [InlineData("一.二", "市农业农村局", "各县区人民政府")]
    [InlineData("一.三", "市城市管理局", "各县区人民政府")]
    public void Parse_StandingRuleInANote_AppliesToThatAndEveryLaterTask(string path, string lead, string responsible)
    {
        var task = Ok(WithRule).Task(path);

        task.Lead.Should().Equal(List(lead), Json(task));
        task.Responsible.Should().Equal(List(responsible), Json(task));
    }

    [Fact]
    public void Parse_NoteWithTwoSentencesAndNoRule_IsNotANote()
    {
        // Counter-example: a bracketed aside of two sentences sets no units.
        var doc = Ok("""
            某某市城乡环境整治工作方案
            一、重点任务
            （一）整治城乡结合部环境。（具体范围见附图。由各部门共同商定）
            （二）治理农村生活垃圾。（牵头单位：市农业农村局）
            """);

        doc.Task("一.一").Lead.Should().BeEmpty();
        doc.Task("一.二").Responsible.Should().BeEmpty();
    }
}
