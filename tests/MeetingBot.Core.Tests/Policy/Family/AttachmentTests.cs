using static MeetingBot.Core.Tests.Policy.Robustness.RobustnessDocuments;

namespace MeetingBot.Core.Tests.Policy.Family;

/// <summary>
/// Tasks that sit in an attachment: a numbered list with a note per item, a table flattened to one row per line, a
/// table flattened to one cell per line. The notice's own list of attachments names them but holds no task.
/// </summary>
public class AttachmentTests
{
    private const string ListAttachment = """
        青川市人民政府办公室关于印发青川市2025年优化营商环境工作要点的通知
        各区人民政府，市政府各部门：
        现将《青川市2025年优化营商环境工作要点》印发给你们，请认真贯彻执行。
        附件：青川市2025年优化营商环境工作要点任务清单
        青川市人民政府办公室
        2025年2月18日
        附件
        青川市2025年优化营商环境工作要点任务清单
        1．推行企业开办“一网通办”，企业开办时间压缩至1个工作日以内。（6月底前完成，牵头单位：市市场监管局；配合单位：市公安局、市税务局）
        2．推进工程建设项目审批制度改革，审批时限压减至60个工作日。（年底前完成，牵头单位：市住房城乡建设局）
        3．开展涉企收费专项清理。（持续推进，责任单位：市发展改革委、市财政局）
        """;

    [Fact]
    public void Parse_ListInAttachment_ItemsAreTasksOfThatAttachment()
    {
        var doc = Ok(ListAttachment);

        Paths(doc).Should().Be("附件.1 附件.2 附件.3");
        doc.Parts.Should().ContainSingle().Which.Title.Should().Be("青川市2025年优化营商环境工作要点任务清单");
        doc.Title.Should().Be("青川市2025年优化营商环境工作要点");
    }

    [Theory]
    [InlineData("附件.1", "市市场监管局", "市公安局|市税务局", "2025-06-30")]
    [InlineData("附件.2", "市住房城乡建设局", "", "2025-12-31")]
    [InlineData("附件.3", "市发展改革委", "市财政局", "")]
    public void Parse_ListInAttachment_NoteGivesUnitsAndDeadline(string path, string lead, string responsible, string due)
    {
        var task = Ok(ListAttachment).Task(path);

        task.Lead.Should().Equal(List(lead), Json(task));
        task.Responsible.Should().Equal(List(responsible), Json(task));
        if (due.Length > 0) task.Targets.Should().Contain(t => t.Deadline == Date(due), Json(task));
        else task.Targets.Should().NotContain(t => t.Deadline != null, "持续推进 is no date; {0}", Json(task));
    }

    private const string PipeTable = """
        白鹭县农村人居环境整治提升工作方案
        一、工作目标
        到2025年，农村卫生厕所普及率达到90%。
        二、保障措施
        （一）加强组织领导。县农业农村局牵头，各乡镇人民政府负责落实。
        （二）强化资金保障。（责任单位：县财政局）
        附件：重点任务分工表
        序号 | 工作任务 | 牵头单位 | 责任单位 | 完成时限
        1 | 完成农村户厕改造1200户 | 县农业农村局 | 县卫生健康局、各乡镇人民政府 | 2025年9月底前
        2 | 建设农村生活污水处理设施15处 | 县生态环境局 | 县住房城乡建设局 | 2025年底前
        3 | 开展村庄清洁行动 | 县农业农村局 | 各乡镇人民政府 | 长期坚持
        """;

    [Theory]
    [InlineData("附件.1", "县农业农村局", "县卫生健康局|各乡镇人民政府", "1200户", "2025-09-30")]
    [InlineData("附件.2", "县生态环境局", "县住房城乡建设局", "15处", "2025-12-31")]
    [InlineData("附件.3", "县农业农村局", "各乡镇人民政府", "", "")]
    public void Parse_TableFlattenedToRows_EachRowIsATaskWithItsCells(string path, string lead, string responsible, string value, string due)
    {
        var task = Ok(PipeTable).Task(path);

        task.Lead.Should().Equal(List(lead), Json(task));
        task.Responsible.Should().Equal(List(responsible), Json(task));
        task.Assignment.Should().Be(Core.Policy.Model.UnitAssignment.Explicit);
        if (value.Length > 0) task.Targets.Should().Contain(t => t.Value == value, Json(task));
        if (due.Length > 0) task.Targets.Should().Contain(t => t.Deadline == Date(due), Json(task));
    }

    [Fact]
    public void Parse_TableFlattenedToRows_MainTextIsUnchanged()
    {
        var doc = Ok(PipeTable);

        Paths(doc).Should().Be("一 二 二.一 二.二 附件.1 附件.2 附件.3");
        doc.Task("二.二").Lead.Should().Equal("县财政局");
    }

    private const string CellTable = """
        某某区2024年就业工作要点
        一、稳定就业总体规模
        全年城镇新增就业2000人。（牵头单位：区人力资源社会保障局）
        二、抓好重点群体就业
        实施高校毕业生就业促进行动。（牵头单位：区人力资源社会保障局）
        附件1
        重点任务清单
        序号
        工作任务
        牵头单位
        责任单位
        完成时限
        1
        举办专场招聘会20场以上
        区人力资源社会保障局
        区工商联、区总工会
        12月底前
        2
        开发公益性岗位300个
        区人力资源社会保障局
        区财政局
        年底前
        3
        落实创业担保贷款贴息
        区人力资源社会保障局
        年底前
        """;

    [Theory]
    [InlineData("附件1.1", "区人力资源社会保障局", "区工商联|区总工会", "20场以上", "2024-12-31")]
    [InlineData("附件1.2", "区人力资源社会保障局", "区财政局", "300个", "2024-12-31")]
    public void Parse_TableOneCellPerLine_RowsAreRegroupedByTheirNumbers(string path, string lead, string responsible, string value, string due)
    {
        var task = Ok(CellTable).Task(path);

        task.Lead.Should().Equal(List(lead), Json(task));
        task.Responsible.Should().Equal(List(responsible), Json(task));
        task.Targets.Should().Contain(t => t.Value == value && t.Deadline == Date(due), Json(task));
    }

    [Fact]
    public void Parse_TableRowWithAnEmptyCell_ReadByWhatTheCellsHoldWithAWarning()
    {
        var doc = Ok(CellTable);
        var task = doc.Task("附件1.3");

        task.Lead.Should().Equal(["区人力资源社会保障局"], Json(task));
        task.Responsible.Should().BeEmpty();
        doc.Warnings.Should().Contain(w => w.Message.Contains("row 3"));
    }

    [Fact]
    public void Parse_NoticeThatOnlyListsItsAttachments_ReadsNoTaskFromTheList()
    {
        const string text = """
            某某市教育局关于印发两个方案的通知
            各县（区）教育局：
            现将有关方案印发给你们，请遵照执行。
            附件：1．某某市中小学课后服务实施方案
                  2．某某市校园安全专项整治方案
            某某市教育局
            2024年9月1日
            附件1
            某某市中小学课后服务实施方案
            一、工作目标
            到2025年，课后服务覆盖率达到100%。（牵头单位：市教育局）
            二、保障措施
            落实经费保障。（责任单位：市财政局）
            """;

        var doc = Ok(text);

        Paths(doc).Should().Be("附件1.一 附件1.二");
        doc.Tasks.Should().NotContain(t => t.Title.Contains("校园安全"));
    }

    [Fact]
    public void Parse_TableWithWideSpacesBetweenCells_RowsAreTasks()
    {
        var doc = Ok("""
            某某县2024年河湖治理工作要点
            一、总体要求
            全面落实河湖长制。（牵头单位：县水利局）
            二、重点工作
            落实河湖管护责任。（牵头单位：县水利局）
            附件
            序号    工作任务              牵头单位        完成时限
            1       清理河道垃圾300吨      县水利局        6月底前
            2       新建生态护岸5公里      县水利局        年底前
            """);

        var task = doc.Task("附件.2");
        task.Lead.Should().Equal(["县水利局"], Json(task));
        task.Targets.Should().Contain(t => t.Value == "5公里" && t.Deadline == Date("2024-12-31"), Json(task));
        doc.Task("附件.1").Targets.Should().Contain(t => t.Deadline == Date("2024-06-30"));
    }

    [Fact]
    public void Parse_TableWithoutAUnitColumn_IsNotATaskTable()
    {
        // Counter-example: a table of figures names no units; its lines stay text of the item above.
        var doc = Ok("""
            某某县2024年河湖治理工作要点
            一、总体要求
            全面落实河湖长制。（牵头单位：县水利局）
            序号 | 河流 | 长度
            1 | 清水河 | 12公里
            二、重点工作
            落实河湖管护责任。（牵头单位：县水利局）
            """);

        Paths(doc).Should().Be("一 二");
        doc.Parts.Should().BeEmpty();
    }

    [Theory]
    [InlineData("gb18030")]
    [InlineData("utf-16")]
    public void Parse_AttachmentTableSavedInAnotherEncoding_ReadsTheSameTasks(string encodingName)
    {
        var encoding = encodingName == "gb18030" ? Gb18030 : new System.Text.UnicodeEncoding(false, true);
        var result = Core.Policy.Parsing.PolicyParser.Parse(WithPreamble(encoding, CellTable), "plan.txt");

        result.Succeeded.Should().BeTrue(result.Error);
        ComparableJson(result.Document!).Should().Be(ComparableJson(Ok(CellTable, "plan.txt")));
    }

    [Fact]
    public void Parse_TableInTheMainText_RowsAreTasksOfTheirOwnPart()
    {
        var doc = Ok("""
            某某区2024年安全生产工作要点
            一、总体要求
            坚持安全第一。（牵头单位：区应急管理局）
            二、重点任务分工
            序号 | 工作任务 | 牵头单位 | 完成时限
            1 | 开展隐患排查整治100处 | 区应急管理局 | 9月底前
            """);

        Paths(doc).Should().Be("一 二 附表.1");
        doc.Task("附表.1").Lead.Should().Equal("区应急管理局");
    }
}
