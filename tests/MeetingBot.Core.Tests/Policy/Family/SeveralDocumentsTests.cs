using static MeetingBot.Core.Tests.Policy.Robustness.RobustnessDocuments;

namespace MeetingBot.Core.Tests.Policy.Family;

/// <summary>Several documents in one file: each restarts its numbering at 一、 and is a part of its own.</summary>
public class SeveralDocumentsTests
{
    private const string TwoAttachments = """
        某某县人民政府办公室关于印发养老服务两个文件的通知
        各乡镇人民政府，县政府各部门：
        现将《某某县居家养老服务实施方案》《某某县养老机构管理办法》印发给你们，请认真贯彻落实。
        某某县人民政府办公室
        2024年5月6日
        附件1
        某某县居家养老服务实施方案
        一、建设居家养老服务站
        新建服务站10个。（牵头单位：县民政局）
        二、培养护理人员
        培训护理人员200人次。（牵头单位：县人力资源社会保障局）
        附件2
        某某县养老机构管理办法
        一、规范机构备案
        养老机构应当备案。（牵头单位：县民政局）
        二、加强安全监管
        开展消防安全检查。（责任单位：县消防救援大队、县民政局）
        """;

    [Fact]
    public void Parse_TwoAttachmentsEachRestarting_AreTwoParts()
    {
        var doc = Ok(TwoAttachments);

        Paths(doc).Should().Be("附件1.一 附件1.二 附件2.一 附件2.二");
        doc.Parts.Select(p => p.Title).Should().Equal("某某县居家养老服务实施方案", "某某县养老机构管理办法");
        doc.Task("附件2.二").Lead.Should().Equal("县消防救援大队");
    }

    [Fact]
    public void Parse_SecondDocumentUnderItsOwnTitle_IsAPartNotTextOfTheFirstsLastItem()
    {
        const string text = """
            某某区职业教育发展实施方案
            一、加强学校建设
            建设实训基地3个。（牵头单位：区教育局）
            二、加强师资建设
            培训教师500人次。（牵头单位：区教育局）
            某某区职业教育工作考核办法
            一、考核对象
            各成员单位。（牵头单位：区教育局）
            二、考核结果运用
            考核结果纳入绩效评价。（牵头单位：区考核办）
            """;

        var doc = Ok(text);

        Paths(doc).Should().Be("一 二 文件2.一 文件2.二");
        doc.Task("二").Text.Should().NotContain("考核");
        doc.Parts.Should().ContainSingle().Which.Title.Should().Be("某某区职业教育工作考核办法");
    }

    [Fact]
    public void Parse_RestartWithoutATitle_StaysOneDocument()
    {
        // Counter-example: a "一、" in the middle of prose, with no title line before it, is no second document.
        const string text = """
            某某区职业教育发展实施方案
            一、加强学校建设
            建设实训基地3个。（牵头单位：区教育局）
            二、加强师资建设
            培训教师500人次，重点做好以下工作：
            一、完善培训体系。
            """;

        var doc = Ok(text);

        doc.Parts.Should().BeEmpty();
        Paths(doc).Should().Be("一 二");
    }

    [Fact]
    public void Parse_NoticeThenItsPlanWithoutAnAttachmentHeading_ThePlanIsTheMainText()
    {
        var doc = Ok("""
            某某市人民政府办公室关于印发某某市养老服务提升行动方案的通知
            各区人民政府，市政府各部门：
            现将《某某市养老服务提升行动方案》印发给你们，请认真贯彻落实。
            附件：某某市养老服务提升行动方案
            某某市人民政府办公室
            2024年7月1日
            某某市养老服务提升行动方案
            一、建设社区养老服务设施
            新建社区养老服务中心20个。（牵头单位：市民政局）
            二、发展智慧养老
            建设智慧养老平台。（牵头单位：市民政局；责任单位：市大数据局）
            """);

        Paths(doc).Should().Be("一 二");
        doc.Parts.Should().BeEmpty();
        doc.Title.Should().Be("某某市养老服务提升行动方案");
        doc.Task("二").Responsible.Should().Equal("市大数据局");
    }
}
