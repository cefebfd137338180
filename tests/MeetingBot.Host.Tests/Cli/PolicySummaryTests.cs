using MeetingBot.Core.Policy.Model;
using MeetingBot.Host.Cli;

namespace MeetingBot.Host.Tests.Cli;

// The summary's layout over a hand-built document, independent of what the parser makes of the seeds.
public sealed class PolicySummaryTests
{
    private static readonly PolicyTarget DualQualifiedTarget =
        new("到2022年，“双师型”教师占专业课教师总数比例达到60%", new DateOnly(2022, 12, 31), "到2022年", "60%", 42);

    private static readonly PolicyDocument Document = new(
        Title: "永年区职业教育改革发展实施方案",
        Issuer: "邯郸市永年区人民政府",
        Date: new DateOnly(2019, 11, 24),
        DocumentNumber: null,
        SourceName: "002.txt",
        Encoding: "utf-8",
        JointMeeting: new JointMeetingClause(
            JointMeetingKind.JointMeeting, "职业教育工作联席会议", "分管副区长", ["区教育局", "区财政局"], 2, true, 120, ["四", "1"]),
        Tasks:
        [
            new PolicyTask(["二"], "主要任务", "", 10, [], [], UnitAssignment.None, []),
            new PolicyTask(["二", "3"], "加强“双师型”教师队伍建设", "", 40, ["区教育局"], ["区财政局", "区人社局"],
                UnitAssignment.Explicit, [DualQualifiedTarget]),
        ],
        Units: [],
        DocumentTargets: [],
        Warnings: []);

    [Fact]
    public void Render_Document_PrintsHeaderAndJointMeeting()
    {
        var text = PolicySummary.Render(Document);

        text.Should().Contain("title:  永年区职业教育改革发展实施方案")
            .And.Contain("issuer: 邯郸市永年区人民政府")
            .And.Contain("date:   2019-11-24")
            .And.Contain("joint meeting: 职业教育工作联席会议 (task 四.1, line 120)")
            .And.Contain("convenor: 分管副区长")
            .And.Contain("members: 区教育局、区财政局")
            .And.Contain("meetings a year: at least 2")
            .And.Contain("members report: yes");
    }

    [Fact]
    public void Render_Tasks_PrintsOneLinePerTaskIndentedByLevel()
    {
        var lines = PolicySummary.Render(Document).Split(Environment.NewLine);

        lines.Should().Contain("  二 主要任务  [no units]");
        lines.Should().Contain(
            "    二.3 加强“双师型”教师队伍建设  [lead named] 区教育局 → 区财政局、区人社局  targets: 60% (2022-12-31)");
    }

    [Fact]
    public void Render_NoJointMeeting_SaysNoneFound() =>
        PolicySummary.Render(Document with { JointMeeting = null }).Should().Contain("joint meeting: none found");

    [Fact]
    public void Render_WarningsAndLooseTargets_AreListedAfterTheTasks()
    {
        var text = PolicySummary.Render(Document with
        {
            DocumentNumber = "永政〔2019〕15号",
            DocumentTargets = [DualQualifiedTarget],
            Warnings = [new ParseWarning(32, "label 三 repeats the previous item's label")],
        });

        text.Should().Contain("number: 永政〔2019〕15号")
            .And.Contain("targets outside numbered items: 60% (2022-12-31)")
            .And.EndWith("warning: line 32: label 三 repeats the previous item's label");
    }
}
