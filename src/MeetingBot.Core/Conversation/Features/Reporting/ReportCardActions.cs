using MeetingBot.Core.Domain;
using MeetingBot.Core.Domain.Reporting;

namespace MeetingBot.Core.Conversation.Features.Reporting;

/// <summary>
/// The buttons of a report card: save the page as a draft, submit, or save and show the next page. A card carries
/// the report version it was built from: a card older than the report saves only tasks nobody changed since;
/// otherwise nothing is saved and a fresh card is sent.
/// </summary>
public static class ReportCardActions
{
    public static async Task HandleAsync(ConversationTurn turn, string action, CancellationToken cancellationToken)
    {
        var lang = turn.Lang;
        if (ReportCardInput.Read(turn.Value) is not { } input) { turn.Say(Replies.BadReportCard(lang)); return; }
        if (ReportSaving.StillApplies(turn, input.RoundId, input.UnitId) is not { } unit) return;
        var current = unit.Report?.State.Version ?? 0;
        if (input.Version > current) { turn.Say(Replies.BadReportCard(lang)); return; }

        var entries = input.Entries(unit.JointMeeting, unit.Report, out var badStatus);
        if (badStatus is not null) { turn.Say(Replies.BadStatus(lang, badStatus)); return; }
        var labels = entries.Select(e => TaskNumbers.Display(e.TaskId, lang)).ToList();
        var basedOn = await ReportSaving.BaseAsync(turn, unit.Round.Id, unit.Unit.Id, input.Version, input.CardId, cancellationToken);

        try
        {
            switch (action)
            {
                case ReportCard.SubmitAction:
                    if (entries.Count == 0 && unit.Report is not { State.Entries.Count: > 0 }) { turn.Say(Replies.NothingToSubmit(lang)); return; }
                    // A blank page of an old card would submit what it never showed.
                    if (entries.Count == 0 && basedOn.Version != current) { Refresh(turn, unit, input, Replies.StaleBlankReportCard(lang, input.Version, unit.Report!, unit.JointMeeting.TimeZone)); return; }
                    // Tasks that would go in blank are named and asked about first (a report already submitted was asked about then).
                    if (!ReportSubmitBlanks.Confirmed(input) && unit.Report?.State.Submitted != true
                        && ReportSubmitBlanks.Blank(unit, entries, lang) is { Count: > 0 } blank)
                    {
                        int? draftVersion = null;
                        if (entries.Any(e => !e.Says(unit.EntryOf(e.TaskId))))
                            draftVersion = (await ReportSaving.SaveAsync(turn, unit.Round.Id, unit.Unit.Id, _ => entries, submit: false, cancellationToken, basedOn)).Report.State.Version;
                        turn.Send(ReportSubmitBlanks.Ask(Reload(turn, unit), input.TaskIds, blank, draftVersion, lang));
                        return;
                    }
                    // A page left empty submits what the other pages saved.
                    var saved = await ReportSaving.SaveAsync(turn, unit.Round.Id, unit.Unit.Id,
                        report => entries.Count > 0 ? entries : report.State.Entries, submit: true, cancellationToken, basedOn);
                    var after = Reload(turn, unit);
                    turn.Say(saved.FirstSubmission
                        ? Replies.Submitted(lang, unit.Unit.Name, unit.Round, saved.Report, after.Unfilled(lang))
                        : Replies.DraftSaved(lang, unit.Unit.Name, unit.Round, saved.Report, labels, stillSubmitted: true));
                    // The page as saved, without buttons: "我的报告" gives a fresh card to edit until the deadline.
                    var first = after.Tasks.ToList().FindIndex(t => t.Id == input.TaskIds[0]);
                    if (first >= 0 && ReportCard.Page(after, first, lang, turn.CardBudget).Card is { } page)
                        turn.ReplacePressedCard(Replies.ReportCardQuote(lang, unit.Unit.Name, unit.Round.Id), page, Replies.ReportSubmittedDone(lang, unit.Unit.Name));
                    return;

                case ReportCard.DraftAction:
                    if (entries.Count == 0) { turn.Say(Replies.PageEmpty(lang)); return; }
                    var draft = await ReportSaving.SaveAsync(turn, unit.Round.Id, unit.Unit.Id, _ => entries, submit: false, cancellationToken, basedOn);
                    turn.Say(Replies.DraftSaved(lang, unit.Unit.Name, unit.Round, draft.Report, labels, draft.WasSubmitted));
                    return;

                default: // next page: keep what this page says (a page left as it was saves nothing), then show the following one
                    if (entries.Any(e => !e.Says(unit.EntryOf(e.TaskId))))
                    {
                        var kept = await ReportSaving.SaveAsync(turn, unit.Round.Id, unit.Unit.Id, _ => entries, submit: false, cancellationToken, basedOn);
                        turn.Say(Replies.DraftSaved(lang, unit.Unit.Name, unit.Round, kept.Report, labels, kept.WasSubmitted));
                    }
                    var fresh = Reload(turn, unit);
                    var last = input.TaskIds.Select(id => fresh.Tasks.ToList().FindIndex(t => t.Id == id)).DefaultIfEmpty(-1).Max();
                    turn.Send(ReportCard.Page(fresh, Math.Min(last + 1, Math.Max(fresh.Tasks.Count - 1, 0)), lang, turn.CardBudget));
                    return;
            }
        }
        catch (DomainException stale) when (stale.Error == DomainError.StaleVersion)
        {
            // Someone (or this person, typing or on another card) changed these tasks after the card was built.
            var now = Reload(turn, unit);
            var changed = basedOn.Conflicts(now.Report!.State, entries).Select(id => TaskNumbers.Display(id, lang)).ToList();
            Refresh(turn, now, input, Replies.StaleReportCard(lang, input.Version, now.Report!, changed, now.JointMeeting.TimeZone));
        }
        catch (DomainException gone) when (gone.Error == DomainError.UnknownTask)
        {
            // A re-import removed a task of this page after the card was built (or while it was being saved).
            var now = Reload(turn, unit);
            var removed = entries.Where(e => now.JointMeeting.Tasks.All(t => t.Id != e.TaskId)).Select(e => TaskNumbers.Display(e.TaskId, lang)).ToList();
            Refresh(turn, now, input, Replies.ReportOnRemovedTask(lang, removed));
        }
    }

    // The explanation, then the same page as it is now, to edit again.
    private static void Refresh(ConversationTurn turn, UnitRound unit, ReportCardInput input, string why)
    {
        turn.Reply.Clear();
        turn.Say(why);
        var first = unit.Tasks.ToList().FindIndex(t => input.TaskIds.Contains(t.Id));
        turn.Send(ReportCard.Page(unit, Math.Max(first, 0), turn.Lang, turn.CardBudget));
    }

    private static UnitRound Reload(ConversationTurn turn, UnitRound unit) =>
        UnitRound.Of(turn.Snapshot!, turn.Snapshot!.FindRound(unit.Round.Id)!.Value, unit.Unit);
}
