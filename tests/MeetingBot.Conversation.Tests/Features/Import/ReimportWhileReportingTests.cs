using System.Text;
using MeetingBot.Conversation.Tests.Features.Reporting;
using MeetingBot.Conversation.Tests.Infrastructure;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Domain.Audit;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Domain.Reporting;
using MeetingBot.TestPeers;

namespace MeetingBot.Conversation.Tests.Features.Import;

/// <summary>
/// The convenor re-imports a revised plan without 二.三.4 at the very moment 区教体局's contact saves a report on it
/// (the other request runs between this one's load and its save, as on two instances): whichever is stored first, the
/// report is never lost and never names a task the joint meeting no longer has.
/// </summary>
public sealed class ReimportWhileReportingTests : IDisposable
{
    private const string Task = "二.三.4";
    private readonly RacingStore racing;
    private readonly ChatHarness chat;

    public ReimportWhileReportingTests()
    {
        RacingStore? wrapped = null;
        chat = new ChatHarness(ownCatalog: true, storeSeenByTheBot: s => wrapped = new RacingStore(s));
        racing = wrapped!;
    }

    private static Dictionary<string, string> Inputs(params (string Key, string Value)[] inputs) => inputs.ToDictionary(i => i.Key, i => i.Value);

    [Fact]
    public async Task AReportSavedWhileTheReimportIsBeingSaved_IsKept_AndSoIsItsTask_MarkedNoLongerInTheDocument()
    {
        var stage = await ReportingStage.SetUpAsync(chat);
        await stage.OpenRoundAsync();
        var name = (await stage.SnapshotAsync()).JointMeeting.Value.Name;
        var preview = (await chat.SendsFileAsync(stage.Convenor, Scenario.YongnianSeed, RevisedPlan())).Messages.Single(m => m.Card is not null);
        racing.BeforeSaveOf<JointMeeting>(() => stage.EducationContact.SaysAsync($"报告 {Task}：今年新增双师型教师23名"));

        var reply = await stage.Convenor.PressAsync(preview, Replies.ImportReimportButton(Lang.Zh, name));

        racing.Raced.Should().BeTrue("the contact's report was saved between the re-import's load and its save");
        reply.AllText.Should().Contain("重新导入");
        var after = (await stage.SnapshotAsync()).JointMeeting.Value;
        after.GetTask(Task).Dropped.Should().BeTrue("the report saved meanwhile names it");
        after.Tasks.Select(t => t.Id).Should().NotContain("二.六.4", "the other dropped task nobody reported on goes");
        (await stage.ReportAsync(ReportingStage.Education))!.State.Entries.Should().ContainSingle(e => e.TaskId == Task && e.Narrative == "今年新增双师型教师23名");
        (await stage.EducationContact.SaysAsync("我的报告")).AllText.Should().Contain("今年新增双师型教师23名");
    }

    [Fact]
    public async Task AReportCardSavedWhileTheReimportRemovesItsTask_IsRefusedWithWhyAndAFreshCard_AndNothingNamesTheRemovedTask()
    {
        var stage = await ReportingStage.SetUpAsync(chat);
        await stage.OpenRoundAsync();
        var name = (await stage.SnapshotAsync()).JointMeeting.Value.Name;
        var page = stage.EducationContact.Received($"进度报告：{ReportingStage.Education}");
        while (!ReportingStage.TasksOn(page).Contains(Task))
            page = (await stage.EducationContact.PressAsync(page, "下一页")).Messages.Last(m => m.Card is not null);
        var index = ReportingStage.TasksOn(page).ToList().IndexOf(Task);
        var preview = (await chat.SendsFileAsync(stage.Convenor, Scenario.YongnianSeed, RevisedPlan())).Messages.Single(m => m.Card is not null);
        racing.BeforeSaveOf<ProgressReport>(() => stage.Convenor.PressAsync(preview, Replies.ImportReimportButton(Lang.Zh, name)));

        var reply = await stage.EducationContact.PressAsync(page, "保存草稿", Inputs(($"text{index}", "今年新增双师型教师23名")));

        racing.Raced.Should().BeTrue("the convenor's re-import was saved between the report's load and its save");
        reply.AllText.Should().Contain($"没有保存：任务 {Task} 已在召集人重新导入政策文件时删除");
        var fresh = reply.Messages.Last(m => m.Card is not null);
        ReportingStage.TasksOn(fresh).Should().NotContain(Task, "the fresh card asks only about the tasks the joint meeting has now");
        var snapshot = await stage.SnapshotAsync();
        snapshot.JointMeeting.Value.Tasks.Select(t => t.Id).Should().NotContain(Task, "nobody had reported on it when it was removed");
        var ids = snapshot.JointMeeting.Value.Tasks.Select(t => t.Id).ToHashSet();
        snapshot.Reports.SelectMany(r => r.Value.State.Entries).Where(e => !ids.Contains(e.TaskId)).Should().BeEmpty("no report names a removed task");

        // Typed as text instead, on the same removed task: the same refusal.
        (await stage.EducationContact.SaysAsync($"报告 {Task}：今年新增双师型教师23名")).AllText.Should().NotContain("已保存");
    }

    // The plan without its items 二.三.4 and 二.六.4 (the last of their parts, so the other numbers stay).
    private static byte[] RevisedPlan()
    {
        var lines = File.ReadAllLines(Path.Combine(RepoRoot.Find(), "seeds", Scenario.YongnianSeed));
        var kept = lines.Where(l => !l.StartsWith("4.健全经费投入机制", StringComparison.Ordinal) && !l.StartsWith("4.建立一支双师型教师队伍", StringComparison.Ordinal)).ToList();
        return Encoding.UTF8.GetBytes(string.Join("\n", kept));
    }

    /// <summary>Runs another request just before the bot's next save of a change holding a <typeparamref name="T"/>: the two race.</summary>
    private sealed class RacingStore(IJointMeetingStore inner) : IJointMeetingStore
    {
        private Func<ChangeSet, bool>? when;
        private Func<Task>? other;

        public bool Raced { get; private set; }

        public void BeforeSaveOf<T>(Func<Task> request)
        {
            when = changes => changes.Changes.Any(c => c.Aggregate is T);
            other = request;
        }

        public Task InitializeAsync(CancellationToken cancellationToken = default) => inner.InitializeAsync(cancellationToken);
        public Task<IReadOnlyList<Versioned<JointMeeting>>> ListAsync(CancellationToken cancellationToken = default) => inner.ListAsync(cancellationToken);
        public Task<JointMeetingSnapshot?> LoadAsync(string jointMeetingId, CancellationToken cancellationToken = default) => inner.LoadAsync(jointMeetingId, cancellationToken);
        public Task<IReadOnlyList<ReportVersion>> GetReportHistoryAsync(string jointMeetingId, string roundId, string unitId, CancellationToken cancellationToken = default) =>
            inner.GetReportHistoryAsync(jointMeetingId, roundId, unitId, cancellationToken);
        public Task<IReadOnlyList<AuditEntry>> GetAuditAsync(string jointMeetingId, CancellationToken cancellationToken = default) => inner.GetAuditAsync(jointMeetingId, cancellationToken);
        public Task<ActionReceipt?> FindActionAsync(string jointMeetingId, string actionId, CancellationToken cancellationToken = default) => inner.FindActionAsync(jointMeetingId, actionId, cancellationToken);

        public async Task<IReadOnlyList<string>> SaveAsync(ChangeSet changes, CancellationToken cancellationToken = default)
        {
            if (when is { } race && race(changes) && other is { } request)
            {
                when = null; // once: the other request's own save goes straight through
                await request();
                Raced = true;
            }
            return await inner.SaveAsync(changes, cancellationToken);
        }
    }

    public void Dispose() => chat.Dispose();
}
