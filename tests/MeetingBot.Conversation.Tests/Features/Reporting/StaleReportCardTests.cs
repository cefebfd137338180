using MeetingBot.Conversation.Tests.Infrastructure;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Conversation.Features.Reporting;

namespace MeetingBot.Conversation.Tests.Features.Reporting;

/// <summary>A report card pressed after the report moved on never undoes the newer work: it is merged where it can be, refused with a fresh card where not.</summary>
public sealed class StaleReportCardTests : IDisposable
{
    private readonly ChatHarness chat = new();

    private static Dictionary<string, string> Inputs(params (string Key, string Value)[] inputs) => inputs.ToDictionary(i => i.Key, i => i.Value);

    private async Task<(ReportingStage Stage, OutgoingMessage Card, IReadOnlyList<string> Tasks)> OpenedAsync()
    {
        var stage = await ReportingStage.SetUpAsync(chat);
        await stage.OpenRoundAsync();
        var card = stage.FinanceContact.Received($"进度报告：{ReportingStage.Finance}");
        return (stage, card, ReportingStage.TasksOn(card));
    }

    [Fact]
    public async Task SubmitOnTheFirstCardAfterATypedEdit_IsRefusedWithAFreshCardAndTheEditStays()
    {
        var (stage, card, tasks) = await OpenedAsync();
        var first = TaskNumbers.Display(tasks[0], Lang.Zh);
        await stage.FinanceContact.PressAsync(card, "保存草稿", Inputs(("text0", "第一稿")));
        await stage.FinanceContact.SaysAsync($"报告 {first}：第二稿：资金已全部到位");

        // The first card still shows what was typed into it, and its submit button is pressed.
        var stale = await stage.FinanceContact.PressAsync(card, "提交", Inputs(("text0", "第一稿")));

        stale.Messages[0].Text.Should().StartWith("没有保存：这张卡片是按第 0 版填写的").And.Contain("第 2 版").And.Contain($"任务 {first}");
        var fresh = stale.Messages[1];
        ReportingStage.InputValue(fresh, "text0").Should().Be("第二稿：资金已全部到位", "the fresh card shows the newer work");
        var report = (await stage.ReportAsync(ReportingStage.Finance))!;
        report.State.Version.Should().Be(2);
        report.State.Submitted.Should().BeFalse();
        report.State.Entries.Single(e => e.TaskId == tasks[0]).Narrative.Should().Be("第二稿：资金已全部到位");
        stage.Convenor.Inbox.Should().BeEmpty("nothing was submitted");

        var mine = await stage.FinanceContact.SaysAsync("我的报告");
        mine.Messages[0].Text.Should().Contain("第二稿：资金已全部到位").And.NotContain("第一稿");

        var submitted = await stage.FinanceContact.SubmitsReportAsync(fresh);
        submitted.AllText.Should().Contain("已提交区财政局的报告");
        (await stage.ReportAsync(ReportingStage.Finance))!.State.Entries.Single(e => e.TaskId == tasks[0]).Narrative.Should().Be("第二稿：资金已全部到位");
    }

    [Fact]
    public async Task OldCardTouchingOnlyTasksNobodyChanged_IsMergedWithTheNewerWork()
    {
        var (stage, card, tasks) = await OpenedAsync();
        await stage.FinanceContact.SaysAsync($"报告 {TaskNumbers.Display(tasks[1], Lang.Zh)}：专项资金已下达");

        var reply = await stage.FinanceContact.PressAsync(card, "保存草稿", Inputs(("text0", "标准化建设资金已安排")));

        reply.AllText.Should().Contain("已保存区财政局的草稿（第 2 版）");
        var report = (await stage.ReportAsync(ReportingStage.Finance))!;
        report.State.Entries.Select(e => (e.TaskId, e.Narrative)).Should().BeEquivalentTo([(tasks[0], "标准化建设资金已安排"), (tasks[1], "专项资金已下达")]);
    }

    [Fact]
    public async Task BlankOldCardSubmitted_SubmitsNothingItNeverShowed()
    {
        var (stage, card, tasks) = await OpenedAsync();
        await stage.FinanceContact.SaysAsync($"报告 {TaskNumbers.Display(tasks[0], Lang.Zh)}：草稿，尚未核对");

        var reply = await stage.FinanceContact.SubmitsReportAsync(card);

        reply.Messages[0].Text.Should().StartWith("没有提交：这张卡片是按第 0 版生成的");
        ReportingStage.InputValue(reply.Messages[1], "text0").Should().Be("草稿，尚未核对");
        var report = (await stage.ReportAsync(ReportingStage.Finance))!;
        report.State.Submitted.Should().BeFalse();
        report.State.Version.Should().Be(1, "no empty update was saved");
    }

    [Fact]
    public async Task OlderCardSavingATaskChangedOnANewerCard_IsRefused()
    {
        var (stage, card, tasks) = await OpenedAsync();
        var mine = (await stage.FinanceContact.SaysAsync("我的报告")).Messages[1];
        await stage.FinanceContact.PressAsync(mine, "保存草稿", Inputs(("text0", "王财政的版本")));

        var later = await stage.FinanceContact.PressAsync(card, "保存草稿", Inputs(("text0", "旧卡片上的版本")));

        later.Messages[0].Text.Should().StartWith("没有保存");
        (await stage.ReportAsync(ReportingStage.Finance))!.State.Entries.Single().Narrative.Should().Be("王财政的版本");
    }

    [Fact]
    public async Task DraftThenFurtherEditsOnTheSameCard_AreTheCardsOwnAndSubmit()
    {
        var (stage, card, tasks) = await OpenedAsync();
        await stage.FinanceContact.PressAsync(card, "保存草稿", Inputs(("text0", "初稿")));

        var reply = await stage.FinanceContact.SubmitsReportAsync(card, Inputs(("text0", "定稿：资金已全部到位")));

        reply.AllText.Should().Contain("已提交区财政局的报告");
        var report = (await stage.ReportAsync(ReportingStage.Finance))!;
        report.State.Submitted.Should().BeTrue();
        report.State.Entries.Single(e => e.TaskId == tasks[0]).Narrative.Should().Be("定稿：资金已全部到位");
    }

    public void Dispose() => chat.Dispose();
}
