using MeetingBot.Core.Policy.Units;
using static MeetingBot.Core.Tests.Policy.Robustness.RobustnessDocuments;

namespace MeetingBot.Core.Tests.Policy.Family;

/// <summary>
/// Units that are not bureaus (customs, state-owned groups, banks' branches, companies, trade councils, unions,
/// courts), and the separators of unit lists: a shared suffix, 和 inside a name or as the last separator, X等各….
/// </summary>
public class UnitNamingTests
{
    [Theory]
    [InlineData("市商务局、武汉海关、市贸促会", "市商务局|武汉海关|市贸促会")]
    [InlineData("省发展改革委、省交通投资集团、省财政厅", "省发展改革委|省交通投资集团|省财政厅")]
    [InlineData("省地方金融管理局、国家金融监督管理总局某某监管局、某某银行某某省分行", "省地方金融管理局|国家金融监督管理总局某某监管局|某某银行某某省分行")]
    [InlineData("省商务厅、中国邮政集团有限公司某某省分公司", "省商务厅|中国邮政集团有限公司某某省分公司")]
    [InlineData("市人社局、中国人民银行、市总工会", "市人社局|中国人民银行|市总工会")]
    [InlineData("区人民法院、区人民检察院、区妇联、团区委", "区人民法院|区人民检察院|区妇联|团区委")]
    [InlineData("市教育局、市科协、市残联", "市教育局|市科协|市残联")]
    public void Parse_UnitsThatAreNotBureaus_KeepTheirOwnNames(string list, string expected)
    {
        UnitListParser.Parse(list).Select(u => u.Name).Should().Equal(List(expected));
    }

    [Theory]
    [InlineData("越秀区、海珠区人民政府", "越秀区人民政府|海珠区人民政府")]
    [InlineData("东湖区、西湖区、青山湖区人民政府", "东湖区人民政府|西湖区人民政府|青山湖区人民政府")]
    [InlineData("各市、县（区）人民政府", "各市、县（区）人民政府")]
    [InlineData("市、县人民政府", "市、县人民政府")]
    [InlineData("亚运会和亚残运会某某执委会、市体育局", "亚运会和亚残运会某某执委会|市体育局")]
    [InlineData("市教育局、市财政局和各县（市、区）人民政府", "市教育局|市财政局|各县（市、区）人民政府")]
    [InlineData("市工业和信息化局和市商务局", "市工业和信息化局|市商务局")]
    [InlineData("市交通运输局等各行业主管部门", "市交通运输局|各行业主管部门")]
    [InlineData("市教育局、市财政局等23个部门", "市教育局|市财政局")]
    [InlineData("市教育局、市财政局等十二个成员单位", "市教育局|市财政局")]
    public void Parse_Separators_GiveTheUnitsAReaderMeans(string list, string expected)
    {
        UnitListParser.Parse(list).Select(u => u.Name).Should().Equal(List(expected));
    }

    [Fact]
    public void Parse_AndAsTheLastSeparatorInANote_EveryUnitIsResponsible()
    {
        var doc = Ok("""
            某某市稳外贸工作方案
            一、重点任务
            （一）提升通关便利化水平。压缩整体通关时间。（市商务局、武汉海关和各县（市、区）人民政府按职责分工负责）
            （二）加大金融支持。扩大出口信用保险覆盖面。（牵头单位：市地方金融管理局；责任单位：某某银行某某省分行、中国出口信用保险公司某某分公司）
            """);

        var first = doc.Task("一.一");
        first.Lead.Should().Equal(["市商务局"], Json(first));
        first.Responsible.Should().Equal(["武汉海关", "各县（市、区）人民政府"], Json(first));
        doc.Task("一.二").Responsible.Should().Equal("某某银行某某省分行", "中国出口信用保险公司某某分公司");
    }

    [Fact]
    public void Parse_SharedSuffixInANote_TwoUnitsWithTheWrittenFormAsAlias()
    {
        var doc = Ok("""
            某某市老旧小区改造工作方案
            一、重点任务
            （一）完成老旧小区改造。（牵头单位：市住房城乡建设局；责任单位：越秀区、海珠区人民政府）
            （二）完善配套设施。（责任单位：越秀区人民政府）
            """);

        doc.Task("一.一").Responsible.Should().Equal("越秀区人民政府", "海珠区人民政府");
        doc.Units.Should().ContainSingle(u => u.Name == "越秀区人民政府").Which.Tasks.Should().HaveCount(2);
    }
}
