using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Reporting;
using MeetingBot.Core.Reporting.Documents;

namespace MeetingBot.Core.Conversation.Features.Reporting;

/// <summary>
/// Progress reporting in chat: managers open a round for a meeting with a deadline; each member unit's contacts
/// get a report card of exactly their unit's tasks and fill it in (or type "报告：…"), edit until the deadline and
/// submit; members see who has reported; managers get the compiled brief.
/// </summary>
public sealed class ReportingFeature(IDashboardLinks? dashboards = null) : IConversationFeature
{
    public IEnumerable<CommandHelp> Commands => Replies.ReportingCommands;

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
            case ShowDashboard: Dashboard(turn); break;
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

    // The convenor and the secretariat see every unit's state: the whole dashboard is theirs. A unit's contact
    // gets the view of their own unit only; anyone else (an observer, a stranger) gets no link.
    private void Dashboard(ConversationTurn turn)
    {
        var jm = turn.JointMeeting!;
        var me = turn.Me;
        var unit = me is { Role: ContactRole.UnitContact, UnitId: { } unitId } ? jm.Units.FirstOrDefault(u => u.Id == unitId) : null;
        if (!me.IsManager && unit is null) { turn.Say(Replies.DashboardMembersOnly(turn.Lang)); return; }
        if (dashboards is null) { turn.Say(Replies.DashboardNotServed(turn.Lang)); return; }
        turn.Say(me.IsManager
            ? Replies.DashboardLink(turn.Lang, jm.Name, dashboards.LinkFor(jm.Id))
            : Replies.DashboardUnitLink(turn.Lang, jm.Name, unit!.Name, dashboards.LinkForUnit(jm.Id, unit.Id)));
    }

    private static void Brief(ConversationTurn turn, string? roundId)
    {
        if (!turn.Me.IsManager) { turn.Say(Replies.BriefManagersOnly(turn.Lang)); return; }
        if (CompletenessView.Pick(turn, roundId) is not { } round) return;
        // The same read models make the chat's messages and the files to print: the Word brief and the Excel
        // export go with the first message, whose text is unchanged (the channel adds the links).
        var models = RoundReadModels.Of(turn.Snapshot!, round, turn.Now);
        var messages = BriefWriter.Write(models.Brief, turn.Lang);
        // With them, the year's meetings (the round's meeting's year) as one calendar to import.
        var year = turn.Snapshot!.FindMeeting(round.State.MeetingId)?.Value.State.LocalStart.Year ?? turn.Today.Year;
        var calendar = MeetingsCalendar.File(turn.Snapshot, year, turn.Now, turn.Lang) with { Source = MeetingsCalendar.SourceOf(turn.JointMeeting!.Id, year, turn.Lang) };
        turn.Send(new OutgoingMessage(messages[0], null, [.. RoundFiles.For(models, turn.Lang), calendar]));
        foreach (var message in messages.Skip(1))
            turn.Say(message);
    }
}
