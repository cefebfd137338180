using static MeetingBot.Core.Tests.Policy.Robustness.RobustnessDocuments;

namespace MeetingBot.Core.Tests.Policy.Robustness;

/// <summary>
/// Title, issuer, date and document number from what precedes the first numbered item as other sources write it:
/// the metadata block of a government website (索引号/发布机构/发布日期/成文日期/文号/发文字号), the site's navigation
/// and font-size line, a red-header 通知 whose title breaks over two lines, a 实施意见 whose title names the issuer,
/// and the end matter (附件, 抄送, 印发) after the last item.
/// </summary>
public class HeaderMetadataTests
{
    // ---- 管理办法 with a website metadata block ---------------------------------------------------------------

    [Fact]
    public void Parse_MetadataBlockBeforeTitle_TitleIsTheTitleLine()
    {
        // Lines 1-6 are metadata (the last one "主题分类：劳动、人事、监察"), line 8 the title.
        Load(Articles).Title.Should().Be("某某区职业技能提升补贴管理办法");
    }

    [Fact]
    public void Parse_MetadataBlock_IssuerIsThePublishingBodyWithoutItsLabel()
    {
        Load(Articles).Issuer.Should().Be("某某区人力资源局");
    }

    [Fact]
    public void Parse_MetadataWithWritingAndPublicationDate_DateIsTheWritingDate()
    {
        // 成文日期：2024-03-08 is the document's date; 发布日期：2024-03-15 is when the website published it.
        Load(Articles).Date.Should().Be(new DateOnly(2024, 3, 8));
    }

    [Fact]
    public void Parse_MetadataDocumentNumber_IsTheNumberWithoutItsLabel()
    {
        Load(Articles).DocumentNumber.Should().Be("某人社规〔2024〕2号");
    }

    // ---- a government web page: navigation, metadata, the issuing notice, the plan, 附件 and 抄送 ----------------

    [Fact]
    public void Parse_WebPageWithIssuingNotice_TitleIsThePlan()
    {
        Load(WebPageNotice).Title.Should().Be("某某省职业教育提质培优行动计划（2022—2025年）");
    }

    [Fact]
    public void Parse_WebPageWithIssuingNotice_IssuerAndDateAreTheNotices()
    {
        var doc = Load(WebPageNotice);

        doc.Issuer.Should().Be("某某省人民政府办公厅");
        doc.Date.Should().Be(new DateOnly(2022, 8, 12));
    }

    [Fact]
    public void Parse_WebPageWithNumberOnlyInMetadata_DocumentNumberIsTheNumberWithoutItsLabel()
    {
        // "发文字号：某政办发〔2022〕31号" is the only place the number is written.
        Load(WebPageNotice).DocumentNumber.Should().Be("某政办发〔2022〕31号");
    }

    [Fact]
    public void Parse_WebPageEndMatter_IsNotPartOfTheLastTask()
    {
        var doc = Load(WebPageNotice);
        var last = doc.Tasks[^1];

        last.PathText.Should().Be("三.二");
        last.Text.Should().NotContain("附件").And.NotContain("抄送").And.NotContain("印发");
    }

    [Fact]
    public void Parse_WebPageNavigationAndNoNotice_TitleIsTheTitleLineNotTheNavigation()
    {
        const string text = """
            首页 > 政务公开 > 政策文件
            【字体：大 中 小】【打印】【关闭】
            索引号：11330100002489/2021-00123
            发布机构：某某市教育局
            发布日期：2021-06-30
            某某市职业教育产教融合三年行动方案
            一、总体目标
            到2023年，建成产教融合实训基地10个。
            二、重点任务
            （一）建设实训基地。加强建设。（责任单位：市教育局）
            """;
        var doc = Ok(text);

        doc.Title.Should().Be("某某市职业教育产教融合三年行动方案");
        doc.Issuer.Should().Be("某某市教育局");
        doc.Date.Should().Be(new DateOnly(2021, 6, 30));
    }

    // ---- a red-header notice whose title breaks over two lines ------------------------------------------------

    private const string RedHeaderTwoLineTitle = """
        某某县人民政府办公室文件
        某政办发〔2023〕8号
        某某县人民政府办公室
        关于印发某某县职业教育质量提升
        三年行动方案的通知
        各乡镇人民政府，县直各单位：
        《某某县职业教育质量提升三年行动方案》已经县政府同意，现印发给你们，请认真贯彻执行。
        某某县人民政府办公室
        2023年3月6日
        某某县职业教育质量提升三年行动方案
        一、总体目标
        到2025年，全县中职学校全部达到国家标准。
        二、重点任务
        （一）改善办学条件。加强建设。（责任单位：县教育局）
        """;

    [Fact]
    public void Parse_NoticeTitleBrokenOverTwoLines_TitleIsTheWholePlanName()
    {
        Ok(RedHeaderTwoLineTitle).Title.Should().Be("某某县职业教育质量提升三年行动方案");
    }

    [Fact]
    public void Parse_RedHeaderNotice_IssuerDateAndNumber()
    {
        var doc = Ok(RedHeaderTwoLineTitle);

        doc.Issuer.Should().Be("某某县人民政府办公室");
        doc.Date.Should().Be(new DateOnly(2023, 3, 6));
        doc.DocumentNumber.Should().Be("某政办发〔2023〕8号");
    }

    // ---- 实施意见: the title names the issuer; the signature block closes the document -------------------------

    [Fact]
    public void Parse_OpinionsIssuedByGovernment_TitleNumberAndDate()
    {
        var doc = Load(FourLevels);

        doc.Title.Should().Be("某某市人民政府关于加快推进现代职业教育高质量发展的实施意见");
        doc.DocumentNumber.Should().Be("某政发〔2023〕15号");
        doc.Date.Should().Be(new DateOnly(2023, 5, 10));
    }

    [Fact]
    public void Parse_OpinionsIssuedByGovernment_IssuerIsTheGovernment()
    {
        // Named in the title ("某某市人民政府关于…的实施意见") and in the signature block at the end.
        Load(FourLevels).Issuer.Should().Be("某某市人民政府");
    }
}
