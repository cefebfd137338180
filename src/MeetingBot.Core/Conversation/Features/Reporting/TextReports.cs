using MeetingBot.Core.Conversation.Cards;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Reporting;

namespace MeetingBot.Core.Conversation.Features.Reporting;

/// <summary>
/// "报告：今年新增双师型教师23名…": progress typed in plain text goes to the unit's report in its open round, on the
/// task the text names by number or clearly matches; when unclear, the bot asks which task with buttons that carry
/// the text, so nothing typed is lost. Status words in the text set the status.
/// </summary>
public static class TextReports
{
    public const string ChooseAction = "reporting.text";
    public const string TaskKey = "task";
    public const string TextKey = "text";
    public const string ChosenInput = "chosen";

    private const int MaxButtons = 4;

    public static async Task HandleAsync(ConversationTurn turn, ReportText command, CancellationToken cancellationToken)
    {
        var lang = turn.Lang;
        if (ReportSaving.MyOpenRound(turn) is not { } unit) return;
        if (command.Text.Length == 0) { turn.Say(Replies.EmptyReportText(lang)); return; }

        AssignedTask? task;
        if (command.TaskNumber is { } number)
        {
            var found = TaskNumbers.Find(unit.Tasks.Select(t => t.Id), number);
            if (found.Count != 1) { turn.Say(Replies.UnknownTaskNumber(lang, number, unit.Unit.Name, unit.Round.Id)); return; }
            task = unit.Tasks.First(t => t.Id == found[0]);
        }
        else
        {
            var match = TaskMatcher.Match(command.Text, unit.Tasks);
            if (match.Task is null) { AskWhichTask(turn, unit, command.Text, match); return; }
            task = match.Task;
        }
        try
        {
            await RecordAsync(turn, unit, task, command.Text, cancellationToken);
        }
        catch (Domain.DomainException gone) when (gone.Error == Domain.DomainError.UnknownTask)
        {
            // A re-import removed the task while the text was being saved.
            turn.Say(Replies.ReportOnRemovedTask(lang, [TaskNumbers.Display(task.Id, lang)]));
        }
    }

    /// <summary>A task chosen on the "which task?" card: the text comes back with it.</summary>
    public static async Task ChosenAsync(ConversationTurn turn, CancellationToken cancellationToken)
    {
        var lang = turn.Lang;
        var roundId = CardActions.Trimmed(turn.Value, ReportCard.RoundKey);
        var unitId = CardActions.Trimmed(turn.Value, ReportCard.UnitKey);
        var taskId = CardActions.Trimmed(turn.Value, TaskKey) ?? CardActions.Trimmed(turn.Value, ChosenInput);
        var text = CardActions.Trimmed(turn.Value, TextKey);
        if (roundId is null || unitId is null || taskId is null || text is null) { turn.Say(Replies.BadReportCard(lang)); return; }
        if (ReportSaving.StillApplies(turn, roundId, unitId) is not { } unit) return;
        var task = unit.Tasks.FirstOrDefault(t => t.Id == taskId);
        if (task is null) { turn.Say(Replies.UnknownTaskNumber(lang, taskId, unit.Unit.Name, unit.Round.Id)); return; }
        if (ReportCardInput.VersionOf(turn.Value) is not { } version || version > (unit.Report?.State.Version ?? 0)) { turn.Say(Replies.BadReportCard(lang)); return; }
        var basedOn = await ReportSaving.BaseAsync(turn, roundId, unitId, version, null, cancellationToken);
        try
        {
            await RecordAsync(turn, unit, task, text, cancellationToken, basedOn);
        }
        catch (Domain.DomainException stale) when (stale.Error == Domain.DomainError.StaleVersion)
        {
            // The task was changed after the question was asked: say so, and ask again from the report as it is.
            turn.Say(Replies.StaleReportCard(lang, version, unit.Report!, [TaskNumbers.Display(task.Id, lang)], unit.JointMeeting.TimeZone));
            AskWhichTask(turn, unit, text, TaskMatcher.Match(text, unit.Tasks));
        }
    }

    private static async Task RecordAsync(ConversationTurn turn, UnitRound unit, AssignedTask task, string text, CancellationToken cancellationToken, ReportBase? basedOn = null)
    {
        var lang = turn.Lang;
        var status = StatusWords.Detect(text);
        // The text replaces the task's status and progress; figures typed on the card stay.
        var saved = await ReportSaving.SaveAsync(turn, unit.Round.Id, unit.Unit.Id,
            report => [new TaskProgress(task.Id, status, report.State.Entries.FirstOrDefault(e => e.TaskId == task.Id)?.Figures ?? [], text)],
            submit: false, cancellationToken, basedOn);
        var previous = saved.Before.FirstOrDefault(e => e.TaskId == task.Id)?.Narrative;
        turn.Say(Replies.TextRecorded(lang, unit.Unit.Name, Replies.WithRole(lang, TaskNumbers.Label(task, lang), unit.Leads(task)),
            TaskNumbers.Display(task.Id, lang), status, text, previous, saved.Report.State.Submitted));
        if (turn.Now >= unit.Round.DeadlinePassesAt && !saved.Report.State.Submitted) turn.Say(Replies.LateWarning(lang, unit.Round));
    }

    private static void AskWhichTask(ConversationTurn turn, UnitRound unit, string text, TaskMatch match)
    {
        var lang = turn.Lang;
        var likely = match.Candidates.Take(Math.Min(match.Likely, MaxButtons)).ToList();
        var example = TaskNumbers.Display((likely.FirstOrDefault() ?? unit.Tasks[0]).Id, lang);
        var fallback = Replies.WhichTask(lang, likely.Select(t => TaskNumbers.Label(t, lang)), example);
        // Each button carries the whole text; with a long text, fewer buttons, and none at all if one copy does not fit.
        for (var buttons = likely.Count; buttons >= 0; buttons--)
        {
            var card = ChooseCard(turn, unit, text, match.Candidates, likely.Take(buttons).ToList());
            if (turn.CardBudget.Fits(card))
            {
                turn.Send(new OutgoingMessage(fallback, card));
                return;
            }
        }
        turn.Say(Replies.TextTooLongToChoose(lang, example));
    }

    private static Card ChooseCard(ConversationTurn turn, UnitRound unit, string text, IReadOnlyList<AssignedTask> all, IReadOnlyList<AssignedTask> buttons)
    {
        var lang = turn.Lang;
        CardSubmission Data(string? taskId) => CardActions.Once(ChooseAction, unit.JointMeeting.Id, lang,
            (ReportCard.RoundKey, unit.Round.Id), (ReportCard.UnitKey, unit.Unit.Id), (TaskKey, taskId), (TextKey, text),
            (ReportCard.VersionKey, (unit.Report?.State.Version ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var actions = buttons.Select(t => Card.Submit(Replies.Shorten(TaskNumbers.Label(t, lang), 30), Data(t.Id))).ToList();
        actions.Add(Card.Submit(Replies.RecordChosenButton(lang), Data(null)));
        return Card.Create(
            [
                Card.Title(Replies.WhichTaskTitle(lang)),
                Card.Text(Replies.Shorten(text, 300), subtle: true),
                Card.ChoiceInput(ChosenInput, Replies.ChooseTaskLabel(lang),
                    all.Select(t => (Replies.Shorten(TaskNumbers.Label(t, lang), 60), t.Id)), all[0].Id),
            ],
            actions, lang);
    }
}
