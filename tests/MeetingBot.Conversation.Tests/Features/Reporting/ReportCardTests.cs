using MeetingBot.Channels.BotFramework.Rendering;
using MeetingBot.Conversation.Tests.Cards;
using MeetingBot.Conversation.Tests.Infrastructure;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Conversation.Features.Reporting;
using MeetingBot.Core.Domain.Reporting;

namespace MeetingBot.Conversation.Tests.Features.Reporting;

public sealed class ReportCardTests : IDisposable
{
    private readonly ChatHarness chat = new();

    private static Dictionary<string, string> Inputs(params (string Key, string Value)[] inputs) => inputs.ToDictionary(i => i.Key, i => i.Value);

    private async Task<(ReportingStage Stage, OutgoingMessage Card)> OpenedAsync(string unit = ReportingStage.Finance)
    {
        var stage = await ReportingStage.SetUpAsync(chat);
        await stage.OpenRoundAsync();
        var person = unit == ReportingStage.Finance ? stage.FinanceContact : stage.EducationContact;
        return (stage, person.Received($"进度报告：{unit}"));
    }

    [Fact]
    public async Task Card_DraftThenSubmit_SavesEachAndTellsTheManagersOnce()
    {
        var (stage, card) = await OpenedAsync();
        var tasks = ReportingStage.TasksOn(card);

        var draft = await stage.FinanceContact.PressAsync(card, "保存草稿",
            Inputs(("status0", "AtRisk"), ("text0", "中职标准化建设资金缺口较大"), ("text1", "已安排专项资金")));

        draft.AllText.Should().Contain("已保存区财政局的草稿（第 1 版）");
        var saved = (await stage.ReportAsync(ReportingStage.Finance))!;
        saved.State.Submitted.Should().BeFalse();
        saved.State.Entries.Select(e => (e.TaskId, e.Status, e.Narrative)).Should().BeEquivalentTo(
        [
            (tasks[0], ProgressStatus.AtRisk, "中职标准化建设资金缺口较大"),
            (tasks[1], ProgressStatus.OnTrack, "已安排专项资金"),
        ]);
        stage.Convenor.Inbox.Should().BeEmpty("a draft is nobody else's business yet");

        var submit = await stage.FinanceContact.SubmitsReportAsync(card);

        submit.AllText.Should().Contain("已提交区财政局的报告").And.Contain("截止 2026年6月10日（周三） 前仍可修改");
        (await stage.ReportAsync(ReportingStage.Finance))!.State.Submitted.Should().BeTrue();
        stage.Convenor.Received("区财政局已提交").Text.Should().Be(Replies.UnitSubmittedNotice(Lang.Zh, "区财政局", "r1", late: false));

        await stage.FinanceContact.PressAsync(card, "提交", Inputs(("text0", "资金缺口已落实")));
        stage.Convenor.Inbox.Should().ContainSingle("only the first submission is news");
    }

    [Fact]
    public async Task Card_FiguresAgainstTargets_AreSavedPerTarget()
    {
        var (stage, card) = await OpenedAsync();
        var snapshot = await stage.SnapshotAsync();
        var tasks = ReportingStage.TasksOn(card);
        var withTarget = tasks.Select((id, i) => (id, i)).First(t => snapshot.JointMeeting.Value.Tasks.Single(x => x.Id == t.id).Targets.Count > 0);

        await stage.FinanceContact.PressAsync(card, "保存草稿", Inputs(($"status{withTarget.i}", "OnTrack"), ($"figure{withTarget.i}_0", "85%")));

        var entry = (await stage.ReportAsync(ReportingStage.Finance))!.State.Entries.Single();
        entry.TaskId.Should().Be(withTarget.id);
        entry.Figures.Should().Equal(new TargetFigure(0, "85%"));
    }

    [Fact]
    public async Task Card_EditAfterSubmitting_MyReportPrefillsAndTheEditStaysSubmitted()
    {
        var (stage, card) = await OpenedAsync();
        await stage.FinanceContact.SubmitsReportAsync(card, Inputs(("status0", "OnTrack"), ("text0", "第一稿")));

        var mine = await stage.FinanceContact.SaysAsync("我的报告");

        mine.Messages[0].Text.Should().Contain("已提交（第 2 版）").And.Contain("第一稿");
        var prefilled = mine.Messages[1];
        ReportingStage.InputValue(prefilled, "text0").Should().Be("第一稿", "what was saved is filled in");
        ReportingStage.InputValue(prefilled, "status0").Should().Be("OnTrack");
        await stage.FinanceContact.PressAsync(prefilled, "保存草稿", Inputs(("text0", "第二稿：资金已到位"), ("status0", "Done")));

        var report = (await stage.ReportAsync(ReportingStage.Finance))!;
        report.State.Version.Should().Be(3, "the page was kept as a draft (1) when the blank tasks were asked about, then submitted (2)");
        report.State.Submitted.Should().BeTrue("editing a submitted report before the deadline keeps it submitted");
        report.State.Entries.Should().BeEquivalentTo([new TaskProgress(ReportingStage.TasksOn(card)[0], ProgressStatus.Done, [], "第二稿：资金已到位")]);
    }

    [Fact]
    public async Task Card_SecondPage_SavesOnItsOwnAndKeepsTheFirst()
    {
        var (stage, first) = await OpenedAsync(ReportingStage.Education);
        await stage.EducationContact.PressAsync(first, "保存草稿", Inputs(("text0", "第一页的任务")));

        var next = await stage.EducationContact.PressAsync(first, "下一页", Inputs(("text1", "第一页第二项")));
        var second = next.Messages.Last(m => m.Card is not null);
        second.Text.Should().Contain("第 2/");
        await stage.EducationContact.PressAsync(second, "保存草稿", Inputs(("text0", "第二页的任务")));

        var entries = (await stage.ReportAsync(ReportingStage.Education))!.State.Entries;
        entries.Select(e => (e.TaskId, e.Narrative)).Should().Equal(
            (ReportingStage.TasksOn(first)[0], "第一页的任务"),
            (ReportingStage.TasksOn(first)[1], "第一页第二项"),
            (ReportingStage.TasksOn(second)[0], "第二页的任务"));
    }

    [Fact]
    public async Task Card_NextPageWithNothingChanged_SavesNoNewVersion()
    {
        var (stage, first) = await OpenedAsync(ReportingStage.Education);
        await stage.EducationContact.PressAsync(first, "保存草稿", Inputs(("status0", "Done"), ("text0", "第一页的任务")));
        var prefilled = (await stage.EducationContact.SaysAsync("我的报告")).Messages.Last(m => m.Card is not null);

        var paged = await stage.EducationContact.PressAsync(prefilled, "下一页");

        paged.AllText.Should().NotContain("已保存", "the page was left as it was saved");
        paged.Messages.Last(m => m.Card is not null).Text.Should().Contain("第 2/");
        var report = (await stage.ReportAsync(ReportingStage.Education))!;
        report.State.Version.Should().Be(1);
        report.State.Entries.Single().Narrative.Should().Be("第一页的任务");

        var edited = await stage.EducationContact.PressAsync(prefilled, "下一页", Inputs(("text1", "第一页第二项")));

        edited.AllText.Should().Contain("已保存区教体局的草稿（第 2 版）");
        (await stage.ReportAsync(ReportingStage.Education))!.State.Entries.Should().HaveCount(2);
    }

    [Fact]
    public async Task Card_LongSavedTexts_StillFitAndAreKeptWhenLeftEmpty()
    {
        var (stage, first) = await OpenedAsync(ReportingStage.Education);
        var tasks = await stage.TasksOfAsync(ReportingStage.Education);
        // Every task gets a long text; the first a text too long to show in a card.
        foreach (var (task, i) in tasks.Select((t, i) => (t, i)))
            await stage.EducationContact.SaysAsync($"报告 {task}：{new string('进', i == 0 ? 5_000 : 900)}");

        var mine = await stage.EducationContact.SaysAsync("我的报告");
        var card = mine.Messages.Last().Card!;

        AdaptiveCardRenderer.Size(card.Json()).Should().BeLessThanOrEqualTo(AdaptiveCardRules.MaxCardBytes);
        mine.Messages.Last().Text.Should().Contain("第 1/");
        card.Json().ToJsonString().Should().Contain("5000");
        await stage.EducationContact.PressAsync(mine.Messages.Last(), "保存草稿", Inputs(("status0", "Done")));
        var entry = (await stage.ReportAsync(ReportingStage.Education))!.State.Entries.First();
        (entry.Status, entry.Narrative!.Length).Should().Be((ProgressStatus.Done, 5_000));
    }

    [Fact]
    public async Task Card_SubmitWithTasksBlank_NamesThemKeepsTheDraftAndSubmitsOnlyWhenConfirmed()
    {
        var (stage, card) = await OpenedAsync();
        var tasks = await stage.TasksOfAsync(ReportingStage.Finance);
        var first = ReportingStage.TasksOn(card)[0];

        var asked = await stage.FinanceContact.PressAsync(card, "提交", Inputs(("status0", "OnTrack"), ("text0", "资金已下达")));

        asked.AllText.Should().Contain("未填写的任务：").And.Contain("本页已保存为草稿（第 1 版）")
            .And.Contain("确认提交报告").And.NotContain("已提交区财政局的报告");
        foreach (var blank in tasks.Where(t => t != first)) asked.AllText.Should().Contain(TaskNumbers.Display(blank, Lang.Zh));
        var draft = (await stage.ReportAsync(ReportingStage.Finance))!;
        (draft.State.Submitted, draft.State.Version, draft.State.Entries.Single().Narrative).Should().Be((false, 1, "资金已下达"));
        stage.Convenor.Inbox.Should().BeEmpty("nothing was submitted");

        var confirm = asked.Messages.Last(m => m.Card is not null);
        var submitted = await stage.FinanceContact.PressAsync(confirm, "仍然提交");

        submitted.AllText.Should().Contain("已提交区财政局的报告");
        var report = (await stage.ReportAsync(ReportingStage.Finance))!;
        (report.State.Submitted, report.State.Version).Should().Be((true, 2));
        report.State.Entries.Single().Narrative.Should().Be("资金已下达");
        stage.Convenor.Received("区财政局已提交");
    }

    [Fact]
    public async Task Card_SubmitWithTasksBlank_TypingTheConfirmationSubmits()
    {
        var (stage, card) = await OpenedAsync();
        await stage.FinanceContact.PressAsync(card, "提交", Inputs(("text0", "资金已下达")));
        (await stage.ReportAsync(ReportingStage.Finance))!.State.Submitted.Should().BeFalse();

        var typed = await stage.FinanceContact.SaysAsync("确认提交报告");

        typed.AllText.Should().Contain("已提交区财政局的报告");
        (await stage.ReportAsync(ReportingStage.Finance))!.State.Submitted.Should().BeTrue();
    }

    [Fact]
    public async Task Card_SubmitWithEveryTaskFilled_SubmitsAtOnce()
    {
        var (stage, first) = await OpenedAsync();
        var onFirstPage = ReportingStage.TasksOn(first);
        // The tasks of the other pages are reported by typing; the first page is filled in on the card.
        foreach (var task in (await stage.TasksOfAsync(ReportingStage.Finance)).Except(onFirstPage))
            await stage.FinanceContact.SaysAsync($"报告 {task}：已落实");
        var card = (await stage.FinanceContact.SaysAsync("我的报告")).Messages.Last(m => m.Card is not null);

        var reply = await stage.FinanceContact.PressAsync(card, "提交",
            onFirstPage.Select((_, i) => ($"text{i}", $"第 {i + 1} 项已落实")).ToDictionary(t => t.Item1, t => t.Item2));

        reply.AllText.Should().Contain("已提交区财政局的报告").And.NotContain("未填写");
        (await stage.ReportAsync(ReportingStage.Finance))!.State.Submitted.Should().BeTrue();
    }

    [Fact]
    public async Task Card_NothingFilledIn_SavesNothing()
    {
        var (stage, card) = await OpenedAsync();

        var reply = await stage.FinanceContact.PressAsync(card, "保存草稿");

        reply.AllText.Should().Be(Replies.PageEmpty(Lang.Zh));
        (await stage.ReportAsync(ReportingStage.Finance)).Should().BeNull();
    }

    [Fact]
    public async Task Card_SubmitWithNothingSaved_SaysThereIsNothingToSubmit()
    {
        var (stage, card) = await OpenedAsync();

        var reply = await stage.FinanceContact.PressAsync(card, "提交");

        reply.AllText.Should().Be(Replies.NothingToSubmit(Lang.Zh));
        (await stage.ReportAsync(ReportingStage.Finance)).Should().BeNull();
    }

    [Fact]
    public async Task Card_ForgedStatus_IsRefusedAndNothingSaved()
    {
        var (stage, card) = await OpenedAsync();
        var value = (System.Text.Json.Nodes.JsonObject)card.Card!.Json()["actions"]![0]!["data"]!.DeepClone();
        value["status0"] = "7";
        value["text0"] = "伪造";

        var reply = await stage.FinanceContact.SubmitsAsync(value);

        reply.AllText.Should().Be(Replies.BadStatus(Lang.Zh, "7"));
        (await stage.ReportAsync(ReportingStage.Finance)).Should().BeNull();
    }

    [Fact]
    public async Task Card_AfterTheDeadline_SubmittedReportIsFrozen()
    {
        var (stage, card) = await OpenedAsync();
        await stage.FinanceContact.SubmitsReportAsync(card, Inputs(("text0", "按时提交")));
        stage.MoveTo(6, 11);

        var reply = await stage.FinanceContact.PressAsync(card, "保存草稿", Inputs(("text0", "截止后修改")));

        reply.AllText.Should().Contain("没有执行").And.Contain("已过截止日期").And.Contain("不能再修改");
        (await stage.ReportAsync(ReportingStage.Finance))!.State.Entries.Single().Narrative.Should().Be("按时提交");
        var mine = await stage.FinanceContact.SaysAsync("我的报告");
        mine.Messages.Should().ContainSingle("a frozen report comes without a card").Which.Text.Should().Contain(Replies.ReportFrozen(Lang.Zh, (await stage.SnapshotAsync()).FindRound("r1")!.Value));
    }

    [Fact]
    public async Task Card_FirstSubmittedAfterTheDeadline_IsAcceptedAndMarkedLate()
    {
        var (stage, card) = await OpenedAsync();
        stage.MoveTo(6, 12);

        var reply = await stage.FinanceContact.SubmitsReportAsync(card, Inputs(("text0", "迟交的报告")));

        reply.AllText.Should().Contain("报告标记为逾期");
        (await stage.ReportAsync(ReportingStage.Finance))!.State.Late.Should().BeTrue();
        stage.Convenor.Received("区财政局已提交").Text.Should().Contain("（逾期）");
    }

    [Fact]
    public async Task Card_InEnglish_SavesAndAnswersInEnglish()
    {
        var stage = await ReportingStage.SetUpAsync(chat, language: "en");
        await stage.OpenRoundAsync();
        var card = stage.FinanceContact.Received("Progress report: 区财政局");

        var reply = await stage.FinanceContact.PressAsync(card, "Save draft", Inputs(("status0", "Done"), ("text0", "funds allocated")));

        reply.AllText.Should().Contain("Saved the draft of 区财政局 (version 1)");
        (await stage.ReportAsync(ReportingStage.Finance))!.State.Entries.Single().Status.Should().Be(ProgressStatus.Done);
    }

    public void Dispose() => chat.Dispose();
}
