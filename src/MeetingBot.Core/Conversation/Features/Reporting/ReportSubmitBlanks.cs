using MeetingBot.Core.Conversation.Cards;

namespace MeetingBot.Core.Conversation.Features.Reporting;

/// <summary>
/// Submitting from a report card while some of the unit's tasks are still blank: nothing is submitted silently.
/// The page is kept as a draft, the blank tasks are named, and a card asks to submit anyway (typing
/// "确认提交报告" does the same).
/// </summary>
public static class ReportSubmitBlanks
{
    /// <summary>Set on the "submit anyway" button: the blank tasks were shown and the person confirmed.</summary>
    public const string ConfirmKey = "confirm";

    /// <summary>The unit's tasks that would be submitted blank: nothing saved for them and nothing on this page.</summary>
    public static IReadOnlyList<string> Blank(UnitRound unit, IReadOnlyList<Domain.Reporting.TaskProgress> page, Lang lang) =>
        unit.Tasks.Where(t => unit.EntryOf(t.Id) is null && page.All(e => e.TaskId != t.Id))
            .Select(t => TaskNumbers.Display(t.Id, lang)).ToList();

    /// <summary>The question, with a button that submits what is saved, built from the report as it is now.</summary>
    public static OutgoingMessage Ask(UnitRound unit, IReadOnlyList<string> taskIds, IReadOnlyList<string> blank, int? draftVersion, Lang lang)
    {
        var text = Replies.SubmitWithBlanks(lang, unit.Unit.Name, blank, draftVersion);
        var data = CardActions.Once(ReportCard.SubmitAction, unit.JointMeeting.Id, lang,
            (ReportCard.RoundKey, unit.Round.Id), (ReportCard.UnitKey, unit.Unit.Id), (ReportCard.TasksKey, string.Join('|', taskIds)),
            (ReportCard.VersionKey, (unit.Report?.State.Version ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            (ReportCard.CardKey, CardActions.NewActionId()), (ConfirmKey, "1"));
        var card = Card.Create(
            [Card.Text(Replies.SubmitWithBlanksTitle(lang, unit.Unit.Name, blank.Count), bold: true), Card.Text(text)],
            [Card.Submit(Replies.SubmitAnywayButton(lang), data, style: ButtonStyle.Positive)], lang);
        return new OutgoingMessage(text, card) { Lang = lang };
    }

    public static bool Confirmed(ReportCardInput input) => CardActions.Trimmed(input.Value, ConfirmKey) == "1";
}
