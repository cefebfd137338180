using MeetingBot.Core.Policy.Model;
using static MeetingBot.Core.Tests.Policy.Robustness.RobustnessDocuments;
using static MeetingBot.Core.Tests.Policy.Robustness.Round2.Round2Documents;

namespace MeetingBot.Core.Tests.Policy.Robustness.Round2;

/// <summary>
/// A county's 近视防控 plan issued jointly by two bureaus in which the responsibility note OPENS the item instead of
/// closing it: "（一）（牵头单位：…；配合单位：…）改善学校视觉环境。…", "（二）【A牵头，B、C配合】…",
/// "1.（责任单位：…）…", "2.（A负责）…", a note on the line between the heading and the body, and a note on a line
/// of its own before two body paragraphs. The joint meeting is set up with "建立由…任召集人，…为成员单位的…联席会议制度".
/// </summary>
public class NoteAtStartTests
{
    [Theory]
    [InlineData(1, 3)] // 一、二、三、
    [InlineData(2, 9)] // （一）…（六） and （一）…（三）
    [InlineData(3, 2)] // 1. 2. under 二、（四）
    public void Parse_NoteAtStart_FindsTasksPerLevel(int level, int expected)
    {
        var doc = Doc(NoteAtStart);

        doc.Tasks.Count(t => t.Level == level).Should().Be(expected, "tasks found: {0}", Paths(doc));
    }

    [Theory]
    [InlineData("二.一", 10, "改善学校视觉环境")]
    [InlineData("二.二", 11, "建立视力健康档案")]
    [InlineData("二.三", 12, "强化户外活动和体育锻炼")]
    [InlineData("二.四.1", 16, "规范眼视光服务")]
    [InlineData("二.四.2", 17, "提升基层筛查能力")]
    [InlineData("二.五", 18, "加强宣传教育")]
    [InlineData("二.六", 19, "切实减轻学生学业负担")]
    [InlineData("三.一", 26, "加强组织领导")]
    [InlineData("三.二", 27, "加强经费保障")]
    public void Parse_NoteAtStart_TitleIsTheHeadingWithoutTheNote(string path, int line, string title)
    {
        var task = Doc(NoteAtStart).Task(path);

        task.Line.Should().Be(line, Json(task));
        task.Title.Should().Be(title, Json(task));
    }

    [Theory]
    [InlineData("二.一", "县教育体育局", "县卫生健康局|县财政局", "explicit")]
    [InlineData("二.二", "县卫生健康局", "县教育体育局|县残联", "explicit")]
    [InlineData("二.三", "县教育体育局", "团县委|县体育中心", "explicit")]
    [InlineData("二.四.1", "县市场监管局", "", "")]
    [InlineData("二.四.2", "县卫生健康局", "", "")]
    [InlineData("二.五", "县委宣传部", "县教育体育局|县妇联", "first-listed")]
    [InlineData("二.六", "县教育体育局", "", "explicit")]
    [InlineData("三.一", "县人民政府办公室", "县教育体育局|县卫生健康局", "explicit")]
    [InlineData("三.三", "县人民政府教育督导室", "", "")]
    [InlineData("二.四", "", "", "none")]
    public void Parse_NoteAtStart_TaskHasUnits(string path, string lead, string responsible, string assignment)
    {
        Doc(NoteAtStart).Task(path).ShouldHaveUnits(lead, responsible, assignment);
    }

    [Theory]
    [InlineData("一", "2025-12-31", "90%以上")]
    [InlineData("一", "2025-12-31", "0.5个百分点以上")] // "每年降低0.5个百分点以上": the unit is 个百分点, not 个
    [InlineData("二.一", "2025-12-31", "*")]
    [InlineData("二.二", "2024-12-31", "*")]
    [InlineData("二.四.2", "2025-06-30", "100人次")]
    public void Parse_NoteAtStart_TaskHasTarget(string path, string deadline, string value)
    {
        Doc(NoteAtStart).Task(path).ShouldHaveTarget(deadline, value);
    }

    [Fact]
    public void Parse_NoteOnItsOwnLineBeforeTheBody_BothBodyParagraphsBelongToTheItem()
    {
        var task = Doc(NoteAtStart).Task("二.六");

        task.Text.Should().Contain("初中家庭作业平均完成时间不超过90分钟").And.Contain("严禁超标超前培训");
    }

    [Fact]
    public void Parse_JointMeetingSetUpWithJianliYou_ConvenorMembersAndRules()
    {
        var jm = Doc(NoteAtStart).JointMeeting;

        jm.Should().NotBeNull();
        jm!.Kind.Should().Be(JointMeetingKind.JointMeeting);
        jm.Name.Should().Be("儿童青少年近视防控工作联席会议");
        jm.Convenor.Should().Be("县人民政府分管副县长", "\"建立由县人民政府分管副县长任召集人\": 建立由 is not part of the post");
        jm.Members.Should().Equal("县教育体育局", "县卫生健康局", "县财政局", "县市场监管局", "团县委", "县妇联");
        jm.MinMeetingsPerYear.Should().Be(2);
        jm.MembersReport.Should().BeTrue();
        jm.TaskPath.Should().Equal("三", "一");
        jm.Line.Should().Be(26);
    }

    [Fact]
    public void Parse_PlanSignedByTwoBureaus_TitleIssuersAndDate()
    {
        var doc = Doc(NoteAtStart);

        doc.Title.Should().Be("云溪县儿童青少年近视综合防控工作实施方案");
        doc.Issuer.Should().Be("云溪县教育体育局、云溪县卫生健康局");
        doc.Date.Should().Be(new DateOnly(2024, 3, 6));
    }

    [Theory]
    [InlineData("谁负责视力健康档案", "二.二", "县卫生健康局")]
    [InlineData("教室照明改造由谁负责", "二.一", "县教育体育局")]
    public void Ask_NoteAtStart_WhoIsResponsible_TopTaskAndLead(string question, string path, string lead)
    {
        var answer = Ask(NoteAtStart, question, new DateOnly(2024, 6, 1));

        answer.Tasks.Should().NotBeEmpty(Describe(answer));
        answer.Tasks[0].Task.PathText.Should().Be(path, Describe(answer));
        answer.Tasks[0].Task.Lead.Should().Contain(lead, Describe(answer));
        Describe(answer).Should().NotContain("“（", "an answer quotes the task's title, not its note");
    }

    [Theory]
    [InlineData("县残联负责什么", "县残联", "二.二")]
    [InlineData("县市场监管局有哪些任务", "县市场监管局", "二.四.1")]
    public void Ask_NoteAtStart_UnitTasks_ListsTheUnitsItems(string question, string unit, string paths)
    {
        var answer = Ask(NoteAtStart, question, new DateOnly(2024, 6, 1));

        answer.Units.Should().NotBeEmpty(Describe(answer));
        answer.Units[0].Unit.Name.Should().Be(unit, Describe(answer));
        answer.Units[0].Unit.Tasks.Select(p => string.Join(".", p)).Should().BeEquivalentTo(List(paths), Describe(answer));
    }
}
