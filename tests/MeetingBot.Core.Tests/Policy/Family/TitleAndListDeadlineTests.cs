using static MeetingBot.Core.Tests.Policy.Robustness.RobustnessDocuments;

namespace MeetingBot.Core.Tests.Policy.Family;

/// <summary>The title never comes from a website's metadata header; a deadline written before a list dates its items.</summary>
public class TitleAndListDeadlineTests
{
    [Theory]
    [InlineData("公文种类：通知")]
    [InlineData("体裁分类：规划计划")]
    [InlineData("有效性：有效")]
    [InlineData("索引号：000014349/2024-00210")]
    public void Parse_MetadataLineBeforeTheTitle_IsNotTheTitle(string metadata)
    {
        var doc = Ok($"""
            {metadata}
            某某市促进民营经济发展若干措施
            一、优化发展环境
            落实公平竞争审查制度。（责任单位：市市场监管局）
            二、加大金融支持
            扩大信贷投放。（责任单位：市地方金融管理局）
            """);

        doc.Title.Should().Be("某某市促进民营经济发展若干措施");
    }

    private const string ListUnderDeadline = """
        某某市制造业高质量发展实施方案
        一、发展目标
        （一）总体目标。到2025年，实现以下目标：
        1．培育专精特新企业500家。
        2．规模以上工业企业研发投入强度达到2%。
        （二）远期目标。推动产业持续升级：
        1．新建智能工厂10个。
        二、重点任务
        （一）实施企业梯度培育。（牵头单位：市工业和信息化局）
        """;

    [Theory]
    [InlineData("一.一.1", "500家")]
    [InlineData("一.一.2", "2%")]
    public void Parse_DeadlineWrittenOnceBeforeAList_AppliesToTheItemsUnderIt(string path, string value)
    {
        var task = Ok(ListUnderDeadline).Task(path);

        task.Targets.Should().ContainSingle(t => t.Value == value, Json(task)).Which.Deadline.Should().Be(Date("2025-12-31"));
    }

    [Fact]
    public void Parse_ListWithoutADeadlineBeforeIt_StaysUndated()
    {
        // Counter-example: "推动产业持续升级：" dates nothing, and the 2025 of the sibling list does not leak into it.
        var task = Ok(ListUnderDeadline).Task("一.二.1");

        task.Targets.Should().ContainSingle(t => t.Value == "10个", Json(task)).Which.Deadline.Should().BeNull();
    }
}
