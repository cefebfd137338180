using System.Text;
using MeetingBot.Conversation.Tests.Features.Reporting;
using MeetingBot.Conversation.Tests.Infrastructure;
using MeetingBot.Core.Conversation;
using MeetingBot.TestPeers;

namespace MeetingBot.Conversation.Tests.Features.Import;

/// <summary>
/// The convenor re-imports a revised plan that no longer has a task a unit already reported on: the report keeps its
/// task (shown as no longer in the current version), a dropped task nobody reported on goes, and the preview says so.
/// </summary>
public sealed class ReimportKeepsReportsTests : IDisposable
{
    private const string Reported = "二.三.4";
    private const string Unreported = "二.六.4";
    private readonly ChatHarness chat = new(ownCatalog: true);

    [Fact]
    public async Task Reimport_OfAVersionWithoutAReportedTask_KeepsTheTaskAndItsReport_InMyReportsAndTheBrief()
    {
        var stage = await ReportingStage.SetUpAsync(chat);
        await stage.OpenRoundAsync();
        await stage.EducationContact.SaysAsync($"报告 {Reported}：今年新增双师型教师23名");
        await stage.EducationContact.SaysAsync("提交报告");
        await stage.LabourContact.SaysAsync($"报告 {Reported}：招聘办法已修订，待发布"); // a draft only
        var before = (await stage.SnapshotAsync()).JointMeeting.Value;
        var reportBefore = await stage.ReportAsync(ReportingStage.Education);

        var preview = (await chat.SendsFileAsync(stage.Convenor, Scenario.YongnianSeed, RevisedPlan())).Messages.Single(m => m.Card is not null);

        var card = System.Text.RegularExpressions.Regex.Unescape(preview.Card!.Json().ToJsonString());
        card.Should().Contain($"删除任务 1 项（{Unreported}）").And.Contain($"已有单位报告的任务 1 项（{Reported}）保留").And.Contain("成员单位不增不减");
        (await stage.SnapshotAsync()).JointMeeting.Value.Tasks.Should().HaveCount(before.Tasks.Count, "the preview changes nothing");

        var reply = await stage.Convenor.PressAsync(preview, Replies.ImportReimportButton(Lang.Zh, before.Name));

        reply.AllText.Should().Contain("重新导入");
        var after = (await stage.SnapshotAsync()).JointMeeting.Value;
        after.Tasks.Select(t => t.Id).Should().NotContain(Unreported, "a dropped task nobody reported on goes");
        var kept = after.GetTask(Reported);
        kept.Dropped.Should().BeTrue();
        kept.Title.Should().Be(before.GetTask(Reported).Title);
        after.TasksOf(after.FindUnit(ReportingStage.Education)!.Id).Select(t => t.Id).Should().NotContain(Reported, "new rounds do not ask for it");
        (await stage.ReportAsync(ReportingStage.Education)).Should().BeEquivalentTo(reportBefore, "the submitted report is untouched");
        (await stage.ReportAsync(ReportingStage.Labour))!.State.Entries.Select(e => e.TaskId).Should().Contain(Reported, "the draft is kept too");

        var mine = (await stage.EducationContact.SaysAsync("我的报告")).AllText;
        mine.Should().Contain(Reported).And.Contain("今年新增双师型教师23名");
        (await stage.EducationContact.SaysAsync("我的任务")).AllText.Should().Contain("已不在文件当前版本中、但本单位报告过的任务").And.Contain(Reported);
        var brief = string.Join("\n\n", (await stage.Convenor.SaysAsync("会议简报", stage.Group)).Messages.Select(m => m.Text));
        brief.Should().Contain(Reported).And.Contain("今年新增双师型教师23名").And.Contain("已不在文件当前版本中");
        (await stage.Convenor.SaysAsync($"任务 {Reported}")).AllText.Should().Contain("已不在文件当前版本中");

        // Re-imported once more, the kept task stays kept (its reports still name it) and is not doubled.
        var again = (await chat.SendsFileAsync(stage.Convenor, Scenario.YongnianSeed, RevisedPlan())).Messages.Single(m => m.Card is not null);
        await stage.Convenor.PressAsync(again, Replies.ImportReimportButton(Lang.Zh, before.Name));
        (await stage.SnapshotAsync()).JointMeeting.Value.Tasks.Count(t => t.Id == Reported).Should().Be(1);
    }

    // The plan without its items 二.三.4 and 二.六.4 (the last of their parts, so the other numbers stay).
    private static byte[] RevisedPlan()
    {
        var lines = File.ReadAllLines(Path.Combine(RepoRoot.Find(), "seeds", Scenario.YongnianSeed));
        var kept = lines.Where(l => !l.StartsWith("4.健全经费投入机制", StringComparison.Ordinal) && !l.StartsWith("4.建立一支双师型教师队伍", StringComparison.Ordinal)).ToList();
        kept.Should().HaveCount(lines.Length - 2);
        return Encoding.UTF8.GetBytes(string.Join("\n", kept));
    }

    public void Dispose() => chat.Dispose();
}
