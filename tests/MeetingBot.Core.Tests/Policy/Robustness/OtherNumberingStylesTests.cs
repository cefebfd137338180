using MeetingBot.Core.Policy.Model;
using static MeetingBot.Core.Tests.Policy.Robustness.RobustnessDocuments;

namespace MeetingBot.Core.Tests.Policy.Robustness;

/// <summary>
/// Numbering styles the seeds do not use: a 管理办法 in 第N章 / 第N条 articles with （一） items inside articles and
/// article numbers running on across chapters; a 实施意见 four levels deep (一、（一）1.（1））; paragraphs that start
/// with a number but are not headings; repeated and skipped labels.
/// </summary>
public class OtherNumberingStylesTests
{
    // ---- 管理办法: 第一章 … 第五章, 第一条 … 第十二条, （一）…（三） inside 第四条 and 第五条 ---------------------------

    [Theory]
    [InlineData(1, 5)]  // 第一章 … 第五章
    [InlineData(2, 12)] // 第一条 … 第十二条, numbered on across the chapters
    [InlineData(3, 6)]  // （一）…（三） in 第四条 and in 第五条
    public void Parse_ArticlesInChapters_FindsTasksPerLevel(int level, int expected)
    {
        var doc = Load(Articles);

        doc.Tasks.Count(t => t.Level == level).Should().Be(expected, "tasks found: {0}", Paths(doc));
    }

    [Theory]
    [InlineData("第一章", "第一条|第二条|第三条")]
    [InlineData("第二章", "第四条|第五条|第六条")]
    [InlineData("第三章", "第七条|第八条")]
    [InlineData("第四章", "第九条|第十条")]
    [InlineData("第五章", "第十一条|第十二条")]
    public void Parse_ArticlesInChapters_ArticleNumbersRunOnAcrossChapters(string chapter, string articles)
    {
        var doc = Load(Articles);

        doc.Tasks.Where(t => t.Level == 2 && t.Path[0] == chapter).Select(t => t.Path[1])
            .Should().Equal(List(articles));
    }

    [Theory]
    [InlineData("第二章", 18, "补贴对象和标准")]
    [InlineData("第二章.第四条", 20, "下列人员可以申请职业技能提升补贴")]
    [InlineData("第二章.第四条.三", 23, "毕业学年高校毕业生")]
    [InlineData("第二章.第五条.三", 28, "取得高级工证书的，每人补贴2000元")]
    [InlineData("第四章.第十条", 42, "对以欺骗等手段骗取补贴的，由区人力资源局责令退回，并按有关规定处理")]
    [InlineData("第五章.第十二条", 49, "本办法自2024年4月1日起施行，有效期5年")]
    public void Parse_ArticlesInChapters_TaskHasLineAndTitle(string path, int line, string title)
    {
        var task = Load(Articles).Task(path);

        task.Line.Should().Be(line);
        task.Title.Should().Be(title, "the title is the heading sentence without its closing punctuation: {0}", Json(task));
    }

    [Fact]
    public void Parse_ArticleWithSecondParagraph_SecondParagraphBelongsToTheArticle()
    {
        // 第十条 has a second paragraph (款) on line 43 that starts without any label.
        var doc = Load(Articles);

        doc.Task("第四章.第十条").Text.Should().Contain("涉嫌犯罪的，依法移送司法机关处理");
        doc.Tasks.Should().NotContain(t => t.Line == 43);
    }

    [Fact]
    public void Parse_ListItemsEndingWithSemicolon_TitlesDoNotEndWithPunctuation()
    {
        // "（一）在本区依法参加失业保险的企业职工；" — the ； separates list items; it is not part of the title.
        var doc = Load(Articles);

        doc.Tasks.Where(t => t.Title.EndsWith('；') || t.Title.EndsWith(';') || t.Title.EndsWith('。'))
            .Select(Json).Should().BeEmpty();
    }

    [Fact]
    public void Parse_ArticlesStatingRules_DurationsAndAmountsAreNotTargets()
    {
        // 12个月内, 20个工作日内, 每人补贴1000元, 有效期5年: rules of the scheme, not goals to be reached.
        var doc = Load(Articles);

        doc.Tasks.SelectMany(t => t.Targets.Where(x => x.Value is not null).Select(x => $"{t.PathText}: {Json(x)}"))
            .Should().BeEmpty();
    }

    [Fact]
    public void Parse_ArticleAssigningDutiesToTwoBureaus_InfersBothAsLeads()
    {
        // "第三条　区人力资源局负责补贴的组织实施和审核发放，区财政局负责资金保障和监督。" in a document without notes.
        var task = Load(Articles).Task("第一章.第三条");

        task.Assignment.Should().Be(UnitAssignment.Inferred, Json(task));
        task.Lead.Should().Equal(["区人力资源局", "区财政局"], Json(task));
    }

    [Fact]
    public void Parse_ArticlesWithoutChapters_ArticlesAreTopLevelAndItemsBelowThem()
    {
        const string text = """
            某某市职业院校兼职教师管理办法
            第一条　为规范职业院校兼职教师管理，制定本办法。
            第二条　兼职教师应当具备下列条件：
            （一）遵守宪法和法律
            （二）具有中级以上专业技术职称或者高级工以上职业资格
            （三）身体健康，能够胜任教学工作
            第三条　职业院校聘请兼职教师，按照以下程序进行：
            （一）公布岗位
            （二）组织考察
            （三）签订协议
            第四条　本办法自2024年1月1日起施行。
            """;
        var doc = Ok(text);

        Paths(doc).Should().Be("第一条 第二条 第二条.一 第二条.二 第二条.三 第三条 第三条.一 第三条.二 第三条.三 第四条");
        doc.Task("第三条.二").Line.Should().Be(9);
        doc.Task("第三条.二").Title.Should().Be("组织考察");
        doc.Title.Should().Be("某某市职业院校兼职教师管理办法");
    }

    // ---- other spellings of labels ------------------------------------------------------------------------------

    [Theory]
    [InlineData("第一章　发展基础\n第一节　发展成就\n全市职业教育取得显著成效。\n第二节　面临形势\n产业升级对技能人才提出更高要求。\n第二章　总体要求\n第一节　指导思想\n坚持立德树人。\n第二节　发展目标\n到2025年，建成10所高水平职业院校。",
        "第一章 第一章.第一节 第一章.第二节 第二章 第二章.第一节 第二章.第二节")]
    [InlineData("第一部分　总体要求\n一、指导思想。坚持立德树人。\n二、基本原则。坚持统筹推进。\n第二部分　重点任务\n一、建设实训基地。统筹资金。\n二、建设教师队伍。完善制度。",
        "第一部分 第一部分.一 第一部分.二 第二部分 第二部分.一 第二部分.二")]
    [InlineData("一.总体要求\n１．坚持立德树人。加强思想政治教育。\n２．坚持产教融合。深化校企合作。\n二.主要任务\n1）建设实训基地。统筹资金。\n2）建设教师队伍。完善制度。",
        "一 一.1 一.2 二 二.1 二.2")]
    [InlineData("第一条为规范管理，制定本办法。\n第二条本办法适用于全市职业院校。\n第三条 市教育局负责组织实施。",
        "第一条 第二条 第三条")]
    public void Parse_OtherLabelSpellings_ReadAsOutline(string text, string paths)
    {
        Paths(Ok(text)).Should().Be(paths);
    }

    // ---- 实施意见: 一、（一）1.（1） ----------------------------------------------------------------------------------

    [Theory]
    [InlineData(1, 3)] // 一、总体要求 二、重点任务 三、保障措施
    [InlineData(2, 8)] // 一: 2, 二: 3, 三: 3
    [InlineData(3, 6)] // 二.一: 1. 2.; 二.二: 1. 2.; 二.三: 1. 2.
    [InlineData(4, 3)] // 二.二.1: （1）（2）（3）
    public void Parse_FourLevelOutline_FindsTasksPerLevel(int level, int expected)
    {
        var doc = Load(FourLevels);

        doc.Tasks.Count(t => t.Level == level).Should().Be(expected, "tasks found: {0}", Paths(doc));
    }

    [Theory]
    [InlineData("一.二", 9, "主要目标")]
    [InlineData("二.一.1", 14, "调整中职学校布局")]
    [InlineData("二.二", 16, "加强“双师型”教师队伍建设")]
    [InlineData("二.二.1", 17, "完善教师招聘制度")]
    [InlineData("二.二.1.2", 19, "建立企业兼职教师特聘岗位，兼职教师比例不低于专任教师的20%")]
    [InlineData("二.二.2", 21, "提高教师待遇")]
    [InlineData("二.三.2", 27, "建设公共实训基地")]
    [InlineData("三.三", 33, "营造良好氛围")]
    public void Parse_FourLevelOutline_TaskHasLineAndTitle(string path, int line, string title)
    {
        var task = Load(FourLevels).Task(path);

        task.Line.Should().Be(line);
        task.Title.Should().Be(title);
    }

    [Theory]
    [InlineData("一.二", "2022年，全市中等职业学校在校生4.6万人")] // a year opening a paragraph (line 10)
    [InlineData("二.三.1", "2.5亿元以上的产教融合项目优先纳入市重大项目库")] // "2.5" between items 1. and 2. (line 26)
    [InlineData("二.二.2", "职业学校通过校企合作、技术服务取得的收入")] // continuation paragraph (line 22)
    public void Parse_ParagraphStartingWithNumberOrText_StaysInTheTaskAbove(string path, string paragraph)
    {
        var doc = Load(FourLevels);

        var start = paragraph[..6];
        doc.Task(path).Text.Should().Contain(paragraph);
        doc.Tasks.Should().NotContain(t => t.Title.StartsWith(start, StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_SignatureBlockAfterLastItem_IsNotPartOfTheLastTask()
    {
        // The document ends with the issuer and the date (lines 35-36) after 三、(三).
        var task = Load(FourLevels).Task("三.三");

        task.Text.Should().NotContain("2023年5月10日");
        task.Text.Should().NotContain("某某市人民政府");
    }

    // ---- a paragraph that starts like a label but is prose ---------------------------------------------------------

    private const string ProseAfterItems = """
        一、主要任务
        （一）推进专业建设。优化专业结构。
        1.调整专业设置。建立专业动态调整机制。
        2.加强课程建设。开发一批校企合作课程。
        {0}
        （二）营造良好氛围。加强宣传引导。
        """;

    [Theory]
    [InlineData("2022年，全市中等职业学校开设专业85个，在校生4.6万人。")]
    [InlineData("1.2万元以上的实训设备购置纳入政府采购。")]
    [InlineData("3.5万名学生参加技能竞赛。")]
    [InlineData("3、4月份集中开展中职招生宣传活动。")]
    [InlineData("二、三年级学生每学期参加企业认知实习不少于1周。")]
    [InlineData("一是完善课程标准，二是开发活页式教材。")]
    [InlineData("10月底前，各县区完成课程建设自查。")]
    [InlineData("1+X证书制度试点范围进一步扩大。")]
    [InlineData("5G、人工智能等新兴专业优先布局。")]
    public void Parse_ProseParagraphStartingWithNumber_IsNotAHeading(string paragraph)
    {
        var doc = Ok(string.Format(ProseAfterItems, paragraph));

        Paths(doc).Should().Be("一 一.一 一.一.1 一.一.2 一.二", "the paragraph \"{0}\" is prose, not a numbered item", paragraph);
        doc.Task("一.一.2").Text.Should().Contain(paragraph);
    }

    // ---- repeated and skipped labels ----------------------------------------------------------------------------

    private const string RepeatedAndSkipped = """
        一、总体要求
        （一）指导思想。坚持立德树人。
        （二）基本原则。坚持统筹推进。
        二、主要任务
        （一）优化布局结构。调整学校布局。（责任单位：市教育局）
        （二）加强师资建设。完善招聘制度。（责任单位：市人社局）
        （二）深化产教融合。培育产教融合型企业。（责任单位：市发展改革委）
        （四）提升培训能力。开展职业技能培训。（责任单位：市人社局）
        四、保障措施
        （一）加强组织领导。建立工作机制。
        """;

    [Fact]
    public void Parse_RepeatedAndSkippedLabels_KeepsEveryItemAsWritten()
    {
        var doc = Ok(RepeatedAndSkipped);

        Paths(doc).Should().Be("一 一.一 一.二 二 二.一 二.二 二.二 二.四 四 四.一");
        doc.Tasks.Where(t => t.PathText == "二.二").Select(t => t.Title).Should().Equal("加强师资建设", "深化产教融合");
        doc.Tasks.Single(t => t.Line == 7).Lead.Should().Equal("市发展改革委");
    }

    [Theory]
    [InlineData(7)] // the second （二）
    [InlineData(9)] // 四、 after 二、
    public void Parse_RepeatedAndSkippedLabels_WarnsAtTheLine(int line)
    {
        var doc = Ok(RepeatedAndSkipped);

        doc.Warnings.Should().Contain(w => w.Line == line);
    }
}
