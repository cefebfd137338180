using MeetingBot.Core.Policy.Model;
using static MeetingBot.Core.Tests.Policy.Robustness.RobustnessDocuments;
using static MeetingBot.Core.Tests.Policy.Robustness.Round2.Round2Documents;

namespace MeetingBot.Core.Tests.Policy.Robustness.Round2;

/// <summary>
/// A city's 全民健身实施计划 in parts: 第一部分　总体要求 / 第二部分　主要任务 / 第三部分　保障措施, each with 一、
/// sections that start again at 一、 in every part, （一） items under the tasks' sections, and the joint meeting
/// set up in the first section of the third part.
/// </summary>
public class PartsDocumentTests
{
    [Theory]
    [InlineData(1, 3)] // 第一部分 … 第三部分
    [InlineData(2, 9)] // 2 + 4 + 3 sections 一、
    [InlineData(3, 8)] // two （一）（二） under each of the four 一、…四、 of 第二部分
    public void Parse_DocumentInParts_FindsTasksPerLevel(int level, int expected)
    {
        var doc = Doc(PartsDocument);

        doc.Tasks.Count(t => t.Level == level).Should().Be(expected, "tasks found: {0}", Paths(doc));
    }

    [Theory]
    [InlineData("第一部分", 5, "总体要求")]
    [InlineData("第一部分.二", 10, "发展目标")]
    [InlineData("第二部分.一", 15, "加大全民健身场地设施供给")]
    [InlineData("第二部分.一.一", 16, "新建改建一批健身设施")]
    [InlineData("第二部分.四.二", 29, "促进体育旅游发展")]
    [InlineData("第三部分.一", 33, "加强组织领导")]
    [InlineData("第三部分.三", 35, "加强人才队伍建设")]
    public void Parse_DocumentInParts_TaskHasLineAndTitle(string path, int line, string title)
    {
        var task = Doc(PartsDocument).Task(path);

        task.Line.Should().Be(line, Json(task));
        task.Title.Should().Be(title, Json(task));
    }

    [Theory]
    [InlineData("第二部分.一.一", "市体育局", "市发展改革委|市自然资源和规划局|市住房城乡建设局|各县（市、区）人民政府", "explicit")]
    [InlineData("第二部分.一.二", "市体育局", "市教育局", "first-listed")]
    [InlineData("第二部分.二.一", "市体育局", "市总工会|团市委|市妇联", "first-listed")]
    [InlineData("第二部分.三.一", "市教育局", "市体育局|团市委", "explicit")]
    [InlineData("第二部分.三.二", "市体育局", "市卫生健康委|市残联", "first-listed")]
    [InlineData("第二部分.四.二", "市文化广电旅游局", "市体育局|市农业农村局", "explicit")]
    [InlineData("第三部分.二", "市财政局", "市体育局", "first-listed")]
    [InlineData("第三部分.三", "市体育局", "", "")]
    [InlineData("第二部分.一", "", "", "none")]
    public void Parse_DocumentInParts_TaskHasUnits(string path, string lead, string responsible, string assignment)
    {
        Doc(PartsDocument).Task(path).ShouldHaveUnits(lead, responsible, assignment);
    }

    [Theory]
    [InlineData("第一部分.二", "2025-12-31", "40%以上")]
    [InlineData("第一部分.二", "2025-12-31", "2.6平方米")]
    [InlineData("第一部分.二", "2025-12-31", "2.5名")]
    [InlineData("第二部分.一.一", "2023-12-31", "5个")]
    [InlineData("第二部分.一.一", "2023-12-31", "100公里")]
    [InlineData("第二部分.二.二", "2025-12-31", "300个以上")]
    [InlineData("第二部分.三.一", "2025-12-31", "55%以上")]
    [InlineData("第二部分.四.二", "2025-12-31", "3个")]
    public void Parse_DocumentInParts_TaskHasTarget(string path, string deadline, string value)
    {
        Doc(PartsDocument).Task(path).ShouldHaveTarget(deadline, value);
    }

    [Fact]
    public void Parse_DocumentInParts_JointMeetingInTheThirdPart()
    {
        var jm = Doc(PartsDocument).JointMeeting;

        jm.Should().NotBeNull();
        jm!.Kind.Should().Be(JointMeetingKind.JointMeeting);
        jm.Name.Should().Be("鹤岭市全民健身工作联席会议");
        jm.Convenor.Should().Be("市政府分管副市长");
        jm.Members.Should().Equal("市体育局", "市发展改革委", "市教育局", "市财政局", "市卫生健康委", "市总工会");
        jm.MinMeetingsPerYear.Should().Be(1);
        jm.MembersReport.Should().BeFalse("the clause sets no reporting duty");
        jm.TaskPath.Should().Equal("第三部分", "一");
        jm.Line.Should().Be(33);
    }

    [Fact]
    public void Parse_DocumentInParts_TitleIssuerAndDate()
    {
        var doc = Doc(PartsDocument);

        doc.Title.Should().Be("鹤岭市全民健身实施计划（2021—2025年）");
        doc.Issuer.Should().Be("鹤岭市人民政府办公室");
        doc.Date.Should().Be(new DateOnly(2021, 12, 30));
    }

    [Theory]
    [InlineData("谁负责体育公园建设", "第二部分.一.一", "市体育局")]
    [InlineData("体育旅游由哪个部门牵头", "第二部分.四.二", "市文化广电旅游局")]
    public void Ask_DocumentInParts_WhoIsResponsible_TopTaskAndLead(string question, string path, string lead)
    {
        var answer = Ask(PartsDocument, question, new DateOnly(2022, 1, 1));

        answer.Tasks.Should().NotBeEmpty(Describe(answer));
        answer.Tasks[0].Task.PathText.Should().Be(path, Describe(answer));
        answer.Tasks[0].Task.Lead.Should().Contain(lead, Describe(answer));
    }

    [Fact]
    public void Ask_DocumentInParts_YouthLeagueTasks_AreTheEventsAndYouthItems()
    {
        var answer = Ask(PartsDocument, "团市委负责哪些工作", new DateOnly(2022, 1, 1));

        answer.Units.Should().NotBeEmpty(Describe(answer));
        answer.Units[0].Unit.Name.Should().Be("团市委");
        answer.Units[0].Unit.Tasks.Select(p => string.Join(".", p)).Should().BeEquivalentTo(["第二部分.二.一", "第二部分.三.一"], Describe(answer));
        Describe(answer).Should().NotContain("第第", "a citation reads 第二部分…, not 第第二部分…项");
    }

    [Fact]
    public void Ask_DocumentInParts_TargetsDueBy2023_AreTheParksAndTrails()
    {
        var answer = Ask(PartsDocument, "2023年底前到期的目标", new DateOnly(2022, 1, 1));

        answer.Targets.Should().NotBeEmpty(Describe(answer));
        answer.Targets.Should().OnlyContain(t => t.Task != null && t.Task.PathText == "第二部分.一.一", Describe(answer));
    }
}
