namespace MeetingBot.Core.Conversation.Features.Reporting;

/// <summary>
/// Progress reporting in chat: managers open a round for a meeting with a deadline; each member unit's contacts
/// get a report card of exactly their unit's tasks and fill it in (or type "报告：…"), edit until the deadline and
/// submit; members see who has reported; managers get the compiled brief.
/// </summary>
public sealed class ReportingFeature : IConversationFeature
{
    public IEnumerable<CommandHelp> Commands =>
    [
        new(Audience.Managers, "发起报告 会议编号 截止 2026-06-10", "open reports for <meeting id> due 2026-06-10",
            "为会议发起报告征集（只有一个计划中的会议时可省略编号；不写则弹出卡片）", "Open a reporting round for a meeting (the id may be left out when one meeting is planned; without a deadline a card asks)"),
        new(Audience.UnitContacts, "报告：进展情况", "report: <progress>",
            "把进展记入本单位的报告草稿，自动识别任务；写“已完成”“有风险”“未启动”设置状态", "Add progress to your unit's draft; the task is recognised, and \"done\", \"at risk\", \"not started\" set the status"),
        new(Audience.UnitContacts, "报告 二.三.4：进展情况", "report 2.3.4: <progress>",
            "把进展记入指定编号的任务", "Add progress to the task with that number"),
        new(Audience.UnitContacts, "我的报告", "my report",
            "查看本单位的报告，并用卡片修改", "See your unit's report and edit it with a card"),
        new(Audience.UnitContacts, "提交报告", "submit report",
            "提交本单位的报告（截止前仍可修改）", "Submit your unit's report (editable until the deadline)"),
        new(Audience.Members, "谁还没交报告", "who has not reported",
            "各单位的提交情况和无人报告的任务", "Which units submitted, are late, have a draft or nothing, and tasks nobody reported on"),
        new(Audience.Managers, "会议简报", "brief",
            "汇编本轮报告：按任务、再按单位，标出逾期和未报告", "The compiled brief of the round: by task then unit, late and missing marked"),
    ];

    public async Task<bool> TryHandleAsync(ConversationTurn turn, CancellationToken cancellationToken)
    {
        if (turn.CardAction is { } action)
            return action.StartsWith("reporting.", StringComparison.Ordinal) && await CardAsync(turn, action, cancellationToken);

        if (ReportingCommands.Parse(turn.Text, turn.Today) is null) return false;
        if (!await turn.LoadAsync(cancellationToken)) { await turn.AskToChooseAsync(cancellationToken); return true; }
        // Parsed again now that the joint meeting's own time zone says what today is.
        switch (ReportingCommands.Parse(turn.Text, turn.Today))
        {
            case OpenRound open: await RoundOpening.HandleAsync(turn, open, cancellationToken); break;
            case ReportText report: await TextReports.HandleAsync(turn, report, cancellationToken); break;
            case SubmitReport: await MyReport.SubmitAsync(turn, cancellationToken); break;
            case ShowMyReport: MyReport.Show(turn); break;
            case ShowCompleteness who: CompletenessView.Show(turn, who.RoundId); break;
            case CompileBrief brief: Brief(turn, brief.RoundId); break;
        }
        return true;
    }

    private static async Task<bool> CardAsync(ConversationTurn turn, string action, CancellationToken cancellationToken)
    {
        if (action is not (MyReport.ShowAction or RoundOpening.OpenAction or ReportCard.DraftAction or ReportCard.SubmitAction or ReportCard.NextAction or TextReports.ChooseAction))
            return false;
        if (!await turn.LoadAsync(cancellationToken)) { await turn.AskToChooseAsync(cancellationToken); return true; }
        switch (action)
        {
            case MyReport.ShowAction: MyReport.Show(turn); break;
            case RoundOpening.OpenAction: await RoundOpening.CardAsync(turn, cancellationToken); break;
            case TextReports.ChooseAction: await TextReports.ChosenAsync(turn, cancellationToken); break;
            default: await ReportCardActions.HandleAsync(turn, action, cancellationToken); break;
        }
        return true;
    }

    private static void Brief(ConversationTurn turn, string? roundId)
    {
        if (!turn.Me.IsManager) { turn.Say(Replies.BriefManagersOnly(turn.Lang)); return; }
        if (CompletenessView.Pick(turn, roundId) is not { } round) return;
        foreach (var message in BriefWriter.Write(turn.Snapshot!, round, turn.Lang, turn.Now))
            turn.Say(message);
    }
}
