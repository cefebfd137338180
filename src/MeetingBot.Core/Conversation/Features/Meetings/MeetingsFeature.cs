using MeetingBot.Core.Domain.Meetings;

namespace MeetingBot.Core.Conversation.Features.Meetings;

/// <summary>
/// Meetings in chat: schedule, reschedule, cancel and mark held (convenor and secretariat), notices with an .ics
/// invitation to every member unit's contacts, attendance answers (unit contacts), the year's meetings with the
/// at-least-N check and the next meeting (anyone). Typed commands are read by <see cref="MeetingCommands"/>;
/// card actions are named "meetings.*".
/// </summary>
/// <param name="invitations">Who the .ics invitations name as organizer and attendees.</param>
public sealed class MeetingsFeature(InvitationAddresses? invitations = null) : IConversationFeature
{
    private readonly InvitationAddresses invitations = invitations ?? InvitationAddresses.Default;

    private const string ActionPrefix = "meetings.";

    public IEnumerable<CommandHelp> Commands => Replies.MeetingsCommands;

    public async Task<bool> TryHandleAsync(ConversationTurn turn, CancellationToken cancellationToken)
    {
        if (turn.CardAction is { } action)
        {
            if (!action.StartsWith(ActionPrefix, StringComparison.Ordinal)) return false;
            if (!await turn.LoadAsync(cancellationToken))
            {
                // The joint meeting of the card is gone (or none was named): say so, and how to choose one.
                await turn.AskToChooseAsync(cancellationToken);
                return true;
            }
            await HandleCardAsync(turn, action, cancellationToken);
            return true;
        }

        if (MeetingCommands.Parse(turn.Text, turn.Today) is null) return false;
        if (!await turn.LoadAsync(cancellationToken))
        {
            await turn.AskToChooseAsync(cancellationToken);
            return true;
        }
        // Read again now that the joint meeting's time zone tells what "today" and "明天" are.
        var command = MeetingCommands.Parse(turn.Text, turn.Today)!;
        await ExecuteAsync(turn, command, cancellationToken);
        return true;
    }

    private async Task ExecuteAsync(ConversationTurn turn, MeetingCommand command, CancellationToken cancellationToken)
    {
        switch (command)
        {
            case ShowScheduleForm:
                MeetingPlanning.ShowScheduleForm(turn);
                break;
            case ScheduleMeeting schedule:
                await MeetingPlanning.ScheduleAsync(turn, invitations, new MeetingLineReading(schedule.Details), fromCard: false, cancellationToken, schedule.SharesTimeWith);
                break;
            case RescheduleMeeting reschedule:
                await MeetingPlanning.RescheduleAsync(turn, invitations, reschedule, cancellationToken);
                break;
            case CancelMeeting cancel:
                await MeetingPlanning.CancelAsync(turn, invitations, cancel.Meeting, cancel.Reason, fromCard: false, cancellationToken);
                break;
            case MarkMeetingHeld held:
                await MeetingPlanning.MarkHeldAsync(turn, held.Meeting, fromCard: false, cancellationToken);
                break;
            case AnswerAttendance answer:
                await MeetingAttendance.AnswerTypedAsync(turn, answer, cancellationToken);
                break;
            case ShowAttendance overview:
                MeetingAttendance.ShowOverview(turn, overview.Meeting, fromCard: false);
                break;
            case ListMeetings list:
                MeetingListing.ListYear(turn, list.Year);
                break;
            case ShowNextMeeting:
                MeetingListing.ShowNext(turn);
                break;
            case InvalidMeetingCommand invalid:
                RequireRoleFor(turn, invalid.Verb);
                MeetingPlanning.Refuse(turn, invalid.Verb, new MeetingLineReading(MeetingDetails.None, invalid.Problem, invalid.Detail), null);
                break;
        }
    }

    private async Task HandleCardAsync(ConversationTurn turn, string action, CancellationToken cancellationToken)
    {
        switch (action)
        {
            case MeetingCards.ScheduleFormAction:
                MeetingPlanning.ShowScheduleForm(turn);
                break;
            case MeetingCards.ScheduleAction:
                await MeetingPlanning.ScheduleAsync(turn, invitations, MeetingForm.Read(turn.Value, turn.Today), fromCard: true, cancellationToken, MeetingClash.Agreed(turn.Value));
                break;
            case MeetingCards.RescheduleFormAction:
                if (MeetingLookup.FromCard(turn) is { } toMove) MeetingPlanning.ShowRescheduleForm(turn, toMove);
                break;
            case MeetingCards.RescheduleAction:
                await MeetingPlanning.RescheduleFromCardAsync(turn, invitations, cancellationToken);
                break;
            case MeetingCards.CancelFormAction:
                MeetingPlanning.ShowCancelForm(turn);
                break;
            case MeetingCards.CancelAction:
                // CancelAsync checks the reason's length, as for a typed one.
                var (reason, _) = MeetingForm.Text(turn.Value, MeetingForm.ReasonInput, MeetingCommands.MaxReasonLength);
                await MeetingPlanning.CancelAsync(turn, invitations, null, reason, fromCard: true, cancellationToken);
                break;
            case MeetingCards.HeldAction:
                await MeetingPlanning.MarkHeldAsync(turn, null, fromCard: true, cancellationToken);
                break;
            case MeetingCards.AttendAction:
                await MeetingAttendance.AnswerFromCardAsync(turn, cancellationToken);
                break;
            case MeetingCards.AttendanceAction:
                MeetingAttendance.ShowOverview(turn, null, fromCard: true);
                break;
            default:
                turn.Say(Replies.UnknownCardAction(turn.Lang));
                break;
        }
    }

    // A malformed command from someone who may not use it at all is answered with who may, not with its format.
    private static void RequireRoleFor(ConversationTurn turn, MeetingVerb verb)
    {
        switch (verb)
        {
            case MeetingVerb.Schedule: turn.Me.RequireManager("schedule meetings"); break;
            case MeetingVerb.Reschedule: turn.Me.RequireManager("reschedule meetings"); break;
            case MeetingVerb.Cancel: turn.Me.RequireManager("cancel meetings"); break;
        }
    }
}
