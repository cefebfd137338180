using System.Text;

namespace MeetingBot.Core.Conversation.Features.Reporting;

/// <summary>A unit contact's own report: "我的报告" shows it with a prefilled card, "提交报告" submits it.</summary>
public static class MyReport
{
    /// <summary>A button that does what typing "我的报告" does (reminders carry it).</summary>
    public const string ShowAction = "reporting.mine";

    public static void Show(ConversationTurn turn)
    {
        var lang = turn.Lang;
        if (ReportSaving.MyOpenRound(turn, orLatest: true) is not { } unit) return;
        var text = new StringBuilder(Replies.MyReportHeader(lang, unit.Unit.Name, unit.Round, unit.Report, unit.Tasks.Count));
        foreach (var task in unit.Tasks)
            if (unit.EntryOf(task.Id) is { } entry)
                text.Append("\n- ").Append(Replies.EntryLine(lang, TaskNumbers.Label(task, lang), entry, task.Targets));
        var unfilled = unit.Unfilled(lang);
        if (unfilled.Count > 0) text.Append('\n').Append(Replies.Unfilled(lang, unfilled));

        if (!unit.Round.IsOpen) { text.Append('\n').Append(Replies.ReportRoundClosed(lang, unit.Round)); turn.Say(text.ToString()); return; }
        if (!unit.Editable(turn.Now)) { text.Append('\n').Append(Replies.ReportFrozen(lang, unit.Round)); turn.Say(text.ToString()); return; }
        if (turn.Now >= unit.Round.DeadlinePassesAt && unit.Report?.State.Submitted != true) text.Append('\n').Append(Replies.LateWarning(lang, unit.Round));
        text.Append('\n').Append(Replies.MyReportEditHint(lang));
        turn.Say(text.ToString());
        turn.Send(ReportCard.Page(unit, 0, lang, turn.CardBudget));
    }

    public static async Task SubmitAsync(ConversationTurn turn, CancellationToken cancellationToken)
    {
        var lang = turn.Lang;
        if (ReportSaving.MyOpenRound(turn) is not { } unit) return;
        if (unit.Report is not { State.Entries.Count: > 0 } report)
        {
            turn.Say(Replies.NothingToSubmit(lang));
            turn.Send(ReportCard.Page(unit, 0, lang, turn.CardBudget));
            return;
        }
        if (report.State.Submitted) { turn.Say(Replies.AlreadySubmitted(lang, unit.Unit.Name, unit.Round, report, unit.JointMeeting.TimeZone)); return; }

        var saved = await ReportSaving.SaveAsync(turn, unit.Round.Id, unit.Unit.Id, r => r.State.Entries, submit: true, cancellationToken);
        turn.Say(Replies.Submitted(lang, unit.Unit.Name, unit.Round, saved.Report, unit.Unfilled(lang)));
    }
}
