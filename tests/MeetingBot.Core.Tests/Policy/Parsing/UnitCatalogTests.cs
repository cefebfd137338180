using MeetingBot.Core.Policy.Parsing;

namespace MeetingBot.Core.Tests.Policy.Parsing;

public class UnitCatalogTests
{
    private const string BothForms = """
        区职业教育工作方案
        一、重点任务
        （一）加强师资队伍建设。推进教师培训。（牵头单位：区人力资源社会保障局；责任单位：区财政局）
        （二）开展职业培训。扩大培训规模。（牵头单位：区人社局；责任单位：区教育局）
        （三）保障经费投入。落实生均拨款。（责任单位：区财政局、区人社局）
        """;

    [Fact]
    public void Parse_UnitWrittenInFullAndAbbreviated_IsOneUnitWithTheOtherFormAsAlias()
    {
        var document = PolicyParser.ParseText(BothForms, "both.txt").Document!;

        var unit = document.Units.Should().ContainSingle(u => u.Name == "区人社局" || u.Name == "区人力资源社会保障局").Subject;
        unit.Name.Should().Be("区人社局", "the abbreviated form is the one the document uses most");
        unit.Aliases.Should().Contain("区人力资源社会保障局");
        unit.Tasks.Select(p => string.Join(".", p)).Should().Equal("一.一", "一.二", "一.三");
        document.Tasks.Single(t => t.PathText == "一.一").Lead.Should().Equal("区人社局");
    }
}
