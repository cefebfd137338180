using static MeetingBot.Core.Tests.Policy.Robustness.RobustnessDocuments;

namespace MeetingBot.Core.Tests.Policy.Robustness;

/// <summary>
/// Targets and deadlines as other documents write them: full-width digits, 到“十四五”末, 到2025年6月底, 截至, 力争到,
/// 2026年12月31日前, 自…起, spaces around numbers (text copied out of a PDF), Chinese-numeral years, several
/// quantities in one clause, goals that are the item's only sentence, a 完成时限 inside the note; and numbers that are
/// not targets (past figures, durations, recurring dates).
/// </summary>
public class TargetDeadlineTests
{
    private const string GoalItem = """
        一、工作目标
        （一）建设目标。{0}
        （二）营造良好氛围。加强宣传引导。
        """;

    [Theory]
    [InlineData("到2025年6月底，建成市级实训基地10个。", "2025-06-30", "10个")]
    [InlineData("到2025年6月，完成专业设置调整。", "2025-06-30", null)]
    [InlineData("到２０２５年，“双师型”教师占专业课教师比例达到６０％以上。", "2025-12-31", "60%以上")]
    [InlineData("到“十四五”末，全市中等职业学校全部达到国家办学标准。", "2025-12-31", null)]
    [InlineData("到“十五五”末，建成10所高水平职业院校。", "2030-12-31", "10所")]
    [InlineData("截至2024年底，累计培训技能人才5万人次以上。", "2024-12-31", "5万人次以上")]
    [InlineData("2026年12月31日前，完成全部公办中职学校达标建设。", "2026-12-31", null)]
    [InlineData("力争到2027年，新增产教融合型企业100家。", "2027-12-31", "100家")]
    [InlineData("到2025年年底，职业院校毕业生就业率稳定在95%以上。", "2025-12-31", "95%以上")]
    [InlineData("到2030年，职业院校在校生规模达到15万人。", "2030-12-31", "15万人")]
    [InlineData("到2025年底，中职学校生师比不高于20:1。", "2025-12-31", "20:1")]
    [InlineData("到 2025 年，建成 10 个市级实训基地。", "2025-12-31", "10个")] // spaces of PDF-extracted text
    [InlineData("到2024年，完成校舍改造1.2万平方米，新增实训工位3000个。", "2024-12-31", "1.2万平方米")]
    [InlineData("到二〇二五年，建成市级实训基地10个。", "2025-12-31", "10个")]
    public void Parse_GoalSentence_TargetHasDeadlineAndValue(string sentence, string deadline, string? value)
    {
        var task = Ok(string.Format(GoalItem, sentence)).Task("一.一");

        task.Targets.Should().Contain(t => t.Deadline == Date(deadline) && NormaliseValue(t.Value) == value,
            "\"{0}\" states a target due {1} with value {2}; parsed: {3}", sentence, deadline, value ?? "(none)", Json(task));
    }

    [Fact]
    public void Parse_StartsFromWording_TargetStartsOnThatDay()
    {
        var task = Ok(string.Format(GoalItem, "自2024年9月1日起，新入职专业课教师须具有1年以上企业工作经历。")).Task("一.一");

        task.Targets.Should().ContainSingle(Json(task));
        task.Targets[0].Deadline.Should().Be(new DateOnly(2024, 9, 1));
        task.Targets[0].StartsFrom.Should().BeTrue();
        task.Targets[0].Value.Should().BeNull("1年以上 is a duration, not a goal");
    }

    [Theory]
    [InlineData("2022年，全市中等职业学校在校生4.6万人。")]   // a past figure, not a goal
    [InlineData("专业课教师每5年累计不少于6个月到企业实践。")] // durations
    [InlineData("各县区于每年12月10日前报送年度工作总结。")]   // a recurring date without a year
    [InlineData("中职学校学制3年，实行学分制管理。")]
    public void Parse_NumberThatIsNotAGoal_GivesNoTarget(string sentence)
    {
        var task = Ok(string.Format(GoalItem, sentence)).Task("一.一");

        task.Targets.Should().BeEmpty(Json(task));
    }

    [Fact]
    public void Parse_TwoQuantitiesJoinedByHe_GivesOneTargetEach()
    {
        // "建成10所市级高水平中等职业学校和30个骨干专业": two goals, as with 、.
        var task = Ok(string.Format(GoalItem, "到2025年，建成10所市级高水平中等职业学校和30个骨干专业。")).Task("一.一");

        task.Targets.Select(t => t.Value).Should().BeEquivalentTo(["10所", "30个"], Json(task));
        task.Targets.Should().OnlyContain(t => t.Deadline == new DateOnly(2025, 12, 31));
    }

    [Theory]
    [InlineData("一、主要目标\n1．到2025年，全市中职学校“双师型”教师占比达到60%以上。\n2．到2025年底，建成市级高水平专业群30个。\n二、主要任务\n（一）建设实训基地。加强建设。",
        "一.1", "60%以上")]
    [InlineData("一、主要目标\n1．到2025年，全市中职学校“双师型”教师占比达到60%以上。\n2．到2025年底，建成市级高水平专业群30个。\n二、主要任务\n（一）建设实训基地。加强建设。",
        "一.2", "30个")]
    [InlineData("一、主要目标\n（一）到2025年，全市中职学校“双师型”教师占比达到60%以上。\n（二）到2025年底，建成市级高水平专业群30个。",
        "一.一", "60%以上")]
    public void Parse_GoalThatIsTheItemsOnlySentence_IsATarget(string text, string path, string value)
    {
        // Lists of goals number one sentence each: the heading sentence is the target.
        var task = Ok(text).Task(path);

        task.Targets.Should().Contain(t => t.Value == value && t.Deadline != null, Json(task));
    }

    [Theory]
    [InlineData("一.二", "60%以上", "2025-12-31")] // 到２０２５年 in full-width digits
    [InlineData("一.二", "10所", "2025-12-31")]    // 到“十四五”末
    [InlineData("二.一.1", "8所", "2025-06-30")]   // 到2025年6月底前
    [InlineData("二.三.1", "50家", "2024-12-31")]
    [InlineData("三.二", "1.2万元", "2025-12-31")]
    public void Parse_FourLevelOutline_TaskHasTarget(string path, string value, string deadline)
    {
        var task = Load(FourLevels).Task(path);

        task.Targets.Should().Contain(t => t.Value == value && t.Deadline == Date(deadline), Json(task));
    }

    [Fact]
    public void Parse_FourLevelOutlineGoalsParagraph_PastFiguresAreNotTargets()
    {
        // Line 10: "2022年，全市中等职业学校在校生4.6万人，生均公用经费1.2万元，…" describes the starting point.
        var task = Load(FourLevels).Task("一.二");

        task.Targets.Should().NotContain(t => t.Line == 10, Json(task));
    }

    [Fact]
    public void Parse_NoteWithCompletionDeadline_TaskFallsDueThen()
    {
        // （牵头单位：市教育局；配合单位：…；完成时限：2025年12月底前）: the whole task falls due on 2025-12-31.
        var task = Load(WorkPlanNotes).Task("二.一");

        task.Targets.Should().Contain(t => t.Deadline == new DateOnly(2025, 12, 31), Json(task));
        task.Targets.Should().Contain(t => t.Value == "10个" && t.Deadline == new DateOnly(2024, 12, 31), Json(task));
    }

    [Theory]
    [InlineData("一", "20个")]
    [InlineData("一", "100家")]
    [InlineData("一", "70%以上")]
    public void Parse_WorkPlanGoals_DueAtTheYearStated(string path, string value)
    {
        var task = Load(WorkPlanNotes).Task(path);

        task.Targets.Should().Contain(t => t.Value == value && t.Deadline == new DateOnly(2025, 12, 31), Json(task));
    }
}
