using static MeetingBot.Core.Tests.Policy.Robustness.RobustnessDocuments;

namespace MeetingBot.Core.Tests.Policy.Family;

/// <summary>Numbering written with look-alike characters, and Chinese and Arabic numerals mixed within one level.</summary>
public class NumberingCharacterTests
{
    [Theory]
    [InlineData("1．")] // full-width full stop
    [InlineData("1﹒")] // small full stop
    [InlineData("1․")] // one-dot leader
    [InlineData("1‧")] // hyphenation point
    [InlineData("1｡")] // half-width ideographic full stop
    [InlineData("1·")] // middle dot
    [InlineData("1、")]
    public void Parse_DotLikeMarkAfterNumber_IsAnArabicLabel(string label)
    {
        var second = label.Replace('1', '2');
        var doc = Ok($"""
            某某市养老服务工作方案
            一、主要任务
            {label}建设养老机构。新建养老院2所。（责任单位：市民政局）
            {second}培养护理人员。开展培训。（责任单位：市人社局）
            """);

        Paths(doc).Should().Be("一 一.1 一.2");
        doc.Task("一.2").Title.Should().Be("培养护理人员");
    }

    [Theory]
    [InlineData("⑴", "⑵", "⑴", "⑵")] // labels as written
    [InlineData("1）", "2）", "1", "2")]
    [InlineData("（1）", "（2）", "1", "2")]
    [InlineData("⒈", "⒉", "⒈", "⒉")]
    [InlineData("㈠", "㈡", "㈠", "㈡")]
    public void Parse_SingleCharacterAndBracketLabels_AreLevels(string first, string second, string firstPath, string secondPath)
    {
        var doc = Ok($"""
            某某市养老服务工作方案
            一、主要任务
            {first}建设养老机构。（责任单位：市民政局）
            {second}培养护理人员。（责任单位：市人社局）
            """);

        Paths(doc).Should().Be($"一 一.{firstPath} 一.{secondPath}");
        doc.Task($"一.{secondPath}").Lead.Should().Equal("市人社局");
    }

    [Fact]
    public void Parse_ChineseAndArabicNumeralsMixedInOneLevel_StayOneLevel()
    {
        var doc = Ok("""
            某某市养老服务工作方案
            一、主要任务
            （一）建设养老机构。（责任单位：市民政局）
            （二）培养护理人员。（责任单位：市人社局）
            （3）完善医养结合。（责任单位：市卫生健康委）
            （四）加强督导考核。（责任单位：市政府督查室）
            二、保障措施
            """);

        Paths(doc).Should().Be("一 一.一 一.二 一.3 一.四 二");
        doc.Task("一.3").Lead.Should().Equal("市卫生健康委");
    }

    [Fact]
    public void Parse_ArabicLabelAmongChineseTopLevelLabels_TheNextChineseLabelContinues()
    {
        var doc = Ok("""
            某某市养老服务工作方案
            一、建设养老机构。（责任单位：市民政局）
            （一）新建养老院。
            二、培养护理人员。（责任单位：市人社局）
            3、完善医养结合。（责任单位：市卫生健康委）
            四、加强督导考核。（责任单位：市政府督查室）
            （一）开展专项督查。
            """);

        Paths(doc).Should().Be("一 一.一 二 3 四 四.一");
    }

    [Theory]
    [InlineData("1.5万元补助资金由市财政局安排。")]
    [InlineData("3、4月份开展集中宣传。")]
    public void Parse_NumberThatIsNotALabel_StaysText(string line)
    {
        var doc = Ok($"""
            某某市养老服务工作方案
            一、主要任务
            1．建设养老机构。（责任单位：市民政局）
            {line}
            2．培养护理人员。（责任单位：市人社局）
            """);

        Paths(doc).Should().Be("一 一.1 一.2");
        doc.Task("一.1").Text.Should().Contain(line);
    }
}
