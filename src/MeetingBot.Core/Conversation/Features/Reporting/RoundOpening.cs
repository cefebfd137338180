using MeetingBot.Core.Conversation.Cards;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Meetings;
using MeetingBot.Core.Domain.Reporting;
using MeetingBot.Core.Text;

namespace MeetingBot.Core.Conversation.Features.Reporting;

/// <summary>
/// Opening a round for a meeting with a deadline (convenor, secretariat), by one line or a card; every member
/// unit's contacts then get their report card.
/// </summary>
public static class RoundOpening
{
    public const string OpenAction = "reporting.open";
    public const string MeetingInput = "meeting";
    public const string DeadlineInput = "deadline";

    public static async Task HandleAsync(ConversationTurn turn, OpenRound command, CancellationToken cancellationToken)
    {
        var lang = turn.Lang;
        // The domain's own rule, asked before anything else so a card is never offered to someone who may not use it.
        turn.Me.RequireManager("open reporting rounds");
        if (command.BadDate is { } bad) { turn.Say(Replies.BadDeadline(lang, bad)); return; }

        var snapshot = turn.Snapshot!;
        var free = Rounds.MeetingsWithoutRound(snapshot, turn.Now);
        Meeting? meeting;
        if (command.MeetingId is { } id)
        {
            // By id, else by the day it is planned for (meeting ids are no days: "发起报告 2026-06-18 …" names its day).
            meeting = snapshot.Meetings.Select(m => m.Value).FirstOrDefault(m => string.Equals(m.Id, id, StringComparison.OrdinalIgnoreCase))
                ?? (Text.DateTimeReader.ParseDate(id, turn.Today) is { } day
                    && snapshot.Meetings.Select(m => m.Value).Where(m => m.LocalDate == day && m.Status == MeetingStatus.Planned).ToList() is [var only]
                    ? only : null);
            if (meeting is null) { turn.Say(Replies.UnknownMeeting(lang, id, Rounds.UpcomingMeetings(snapshot, turn.Now))); return; }
        }
        else if (free.Count == 1) meeting = free[0];
        else if (free.Count == 0)
        {
            var open = snapshot.Rounds.Select(r => r.Value).Where(r => r.IsOpen).Select(r => (r.Id, r.State.MeetingId)).ToList();
            turn.Say(open.Count > 0 && Rounds.UpcomingMeetings(snapshot, turn.Now).Count > 0 ? Replies.EveryMeetingHasRound(lang, open) : Replies.NoPlannedMeeting(lang));
            return;
        }
        else meeting = null;

        if (meeting is null || command.Deadline is null)
        {
            var choices = meeting is null || free.Contains(meeting) ? free : [meeting, .. free];
            turn.Send(OpenCard(turn, choices, meeting ?? choices[0], command.Deadline));
            return;
        }
        await OpenAsync(turn, meeting.Id, command.Deadline.Value, cancellationToken);
    }

    /// <summary>The card's "open" button: the meeting and the deadline come back as inputs, untrusted.</summary>
    public static async Task CardAsync(ConversationTurn turn, CancellationToken cancellationToken)
    {
        var lang = turn.Lang;
        var meetingId = CardActions.Trimmed(turn.Value, MeetingInput);
        var deadlineText = CardActions.Trimmed(turn.Value, DeadlineInput);
        if (meetingId is null || deadlineText is null) { turn.Say(Replies.MissingCardInput(lang)); return; }
        if (DateTimeReader.ParseDeadline(deadlineText, turn.Today) is not { } deadline) { turn.Say(Replies.BadDeadline(lang, deadlineText)); return; }
        if (turn.Snapshot!.FindMeeting(meetingId) is null)
        {
            turn.Say(Replies.UnknownMeeting(lang, meetingId, Rounds.UpcomingMeetings(turn.Snapshot, turn.Now)));
            return;
        }
        await OpenAsync(turn, meetingId, deadline, cancellationToken);
    }

    private static async Task OpenAsync(ConversationTurn turn, string meetingId, DateOnly deadline, CancellationToken cancellationToken)
    {
        var round = await turn.ChangeAsync((snapshot, changes) =>
        {
            var opened = ReportingRound.Open(snapshot.JointMeeting.Value, snapshot.FindMeeting(meetingId)!.Value,
                snapshot.Rounds.Select(r => r.Value), turn.From, Rounds.NextId(snapshot), deadline, turn.Now);
            changes.Add(opened);
            return opened;
        }, cancellationToken);

        var snapshot = turn.Snapshot!;
        var jm = snapshot.JointMeeting.Value;
        var contacts = 0;
        var withoutContacts = new List<string>();
        var withoutTasks = new List<string>();
        foreach (var assignment in round.State.Assignments)
        {
            var unit = jm.GetUnit(assignment.UnitId);
            if (assignment.TaskIds.Count == 0) { withoutTasks.Add(unit.Name); continue; }
            var reached = jm.Contacts.Count(c => c is { Status: ContactStatus.Approved, Role: ContactRole.UnitContact } && c.UnitId == unit.Id);
            if (reached == 0) { withoutContacts.Add(unit.Name); continue; }
            contacts += reached;
            turn.NotifyUnit(unit.Id, lang => ReportCard.Page(UnitRound.Of(snapshot, round, unit), 0, lang, turn.CardBudget));
        }
        var tasks = round.State.Assignments.SelectMany(a => a.TaskIds).Distinct().Count();
        turn.Say(Replies.RoundOpened(turn.Lang, round, Rounds.MeetingOf(snapshot, round)!, Rounds.UnitsWithTasks(round).Count, tasks,
            contacts, withoutContacts, withoutTasks));
    }

    private static OutgoingMessage OpenCard(ConversationTurn turn, IReadOnlyList<Meeting> meetings, Meeting chosen, DateOnly? deadline)
    {
        var lang = turn.Lang;
        // A week before the meeting leaves time to compile the brief; never a day already past.
        var suggested = deadline ?? (chosen.LocalDate.AddDays(-7) is var weekBefore && weekBefore > turn.Today ? weekBefore : turn.Today);
        var card = Card.Create(
            [
                Card.Title(Replies.OpenRoundTitle(lang)),
                Card.ChoiceInput(MeetingInput, Replies.MeetingLabel(lang), meetings.Select(m => (Replies.MeetingChoice(lang, m), m.Id)), chosen.Id, required: true),
                Card.DateInput(DeadlineInput, Replies.DeadlineLabel(lang), suggested, required: true),
            ],
            [Card.Submit(Replies.OpenButton(lang), CardActions.Once(OpenAction, turn.JointMeeting!.Id, lang), style: ButtonStyle.Positive)],
            lang);
        return new OutgoingMessage(Replies.OpenRoundCardText(lang, meetings), card);
    }
}
