using MeetingBot.Core.Policy.Units;

namespace MeetingBot.Core.Tests.Policy.Units;

public class UnitListParserTests
{
    [Theory]
    [InlineData("自治区教育厅、财政厅", "自治区教育厅|自治区财政厅")]
    [InlineData("自治区教育厅，党委宣传部，人力资源社会保障厅", "自治区教育厅|自治区党委宣传部|自治区人力资源社会保障厅")]
    [InlineData("自治区教育厅、人力资源社会保障厅，各市、县〔区〕人民政府", "自治区教育厅|自治区人力资源社会保障厅|各市、县〔区〕人民政府")]
    [InlineData("自治区党委编办，人力资源社会保障厅，宁夏税务局，地方金融监管局", "自治区党委编办|自治区人力资源社会保障厅|宁夏税务局|自治区地方金融监管局")]
    [InlineData("省教育厅、省人社厅和市县人民政府", "省教育厅|省人社厅|市县人民政府")]
    [InlineData("自治区工业和信息化厅、文化和旅游厅", "自治区工业和信息化厅|自治区文化和旅游厅")]
    [InlineData("区自然资源和规划局、区住建局", "区自然资源和规划局|区住建局")]
    [InlineData("区教体局、区人社局等部门", "区教体局|区人社局")]
    [InlineData("市教育局、财政局和人社局", "市教育局|市财政局|市人社局")]
    [InlineData("省委宣传部、团省委、省人社厅", "省委宣传部|团省委|省人社厅")]
    [InlineData("区发改局，有关行业组织", "区发改局|有关行业组织")]
    [InlineData("区教育体育局、有关部门", "区教育体育局")]
    public void Parse_WrittenList_GivesTheUnitsAReaderMeans(string list, string expected)
    {
        UnitListParser.Parse(list).Select(u => u.Name).Should().Equal(expected.Split('|'));
    }

    [Fact]
    public void Parse_SharedPrefix_KeepsTheWrittenFormForAliases()
    {
        UnitListParser.Parse("自治区教育厅、财政厅")[1].Written.Should().Be("财政厅");
    }
}
