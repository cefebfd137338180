using MeetingBot.Core.Conversation.Cards;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Meetings;

namespace MeetingBot.Core.Conversation.Features.Meetings;

/// <summary>
/// A unit's answer to a notice (attend, send a deputy, absent), typed or from the notice's buttons, and the overview
/// of the answers. The meeting checks that whoever answers acts for the unit.
/// </summary>
internal static class MeetingAttendance
{
    public static async Task AnswerTypedAsync(ConversationTurn turn, AnswerAttendance command, CancellationToken cancellationToken)
    {
        var me = turn.Me;
        if (me.Role != ContactRole.UnitContact || me.UnitId is null)
        {
            turn.Say(Replies.AttendanceNeedsUnitContact(turn.Lang, me));
            return;
        }
        // "Which meeting?" buttons answer the same way for the same unit; the domain checks the unit again.
        var meeting = MeetingLookup.Resolve(turn, command.Meeting, m => MeetingLookup.IsUpcoming(turn, m),
            id => Typed(turn.Lang, command.Attendance, id, command.Deputy), MeetingCards.AttendAction, Replies.NoMeetingToAct(turn.Lang, MeetingVerb.Attend, turn.Me.IsManager),
            (MeetingForm.UnitKey, me.UnitId), (MeetingForm.AnswerKey, command.Attendance.ToString()), (MeetingForm.DeputyInput, command.Deputy));
        if (meeting is null || !MeetingPlanning.StillPlanned(turn, meeting, fromCard: false)) return;
        if (command.Deputy is { Length: > MeetingCommands.MaxDeputyLength } longName)
        {
            MeetingPlanning.Refuse(turn, MeetingVerb.Attend, new MeetingLineReading(MeetingDetails.None, MeetingProblem.TooLong, longName), null);
            return;
        }
        await AnswerAsync(turn, meeting, me.UnitId, command.Attendance, command.Deputy, cancellationToken);
    }

    /// <summary>A notice's button: the unit is the card's (checked by the domain), the answer and the deputy are untrusted.</summary>
    public static async Task AnswerFromCardAsync(ConversationTurn turn, CancellationToken cancellationToken)
    {
        var jointMeeting = turn.JointMeeting!;
        var unitId = CardActions.Trimmed(turn.Value, MeetingForm.UnitKey) ?? turn.Me.UnitId;
        if (unitId is null)
        {
            turn.Say(Replies.AttendanceNeedsUnitContact(turn.Lang, turn.Me));
            return;
        }
        if (jointMeeting.Units.All(u => u.Id != unitId))
        {
            turn.Say(Replies.UnitNoLongerMember(turn.Lang, unitId));
            return;
        }
        Attendance? answer = CardActions.Trimmed(turn.Value, MeetingForm.AnswerKey) switch
        {
            nameof(Attendance.Attend) => Attendance.Attend,
            nameof(Attendance.SendDeputy) => Attendance.SendDeputy,
            nameof(Attendance.Absent) => Attendance.Absent,
            _ => null,
        };
        if (answer is null)
        {
            turn.Say(Replies.UnknownCardAction(turn.Lang));
            return;
        }
        if (MeetingLookup.FromCard(turn) is not { } meeting || !MeetingPlanning.StillPlanned(turn, meeting, fromCard: true)) return;

        var (deputy, tooLong) = MeetingForm.Text(turn.Value, MeetingForm.DeputyInput, MeetingCommands.MaxDeputyLength);
        if (answer != Attendance.SendDeputy) deputy = null;
        else if (deputy is null || tooLong)
        {
            MeetingPlanning.Refuse(turn, MeetingVerb.Attend,
                new MeetingLineReading(MeetingDetails.None, tooLong ? MeetingProblem.TooLong : MeetingProblem.MissingDeputy, deputy), null);
            return;
        }
        try
        {
            await AnswerAsync(turn, meeting, unitId, answer.Value, deputy, cancellationToken, MeetingForm.SequenceOf(turn.Value));
        }
        catch (Domain.DomainException stale) when (stale.Error == Domain.DomainError.StaleVersion)
        {
            // The notice was of a time the meeting no longer has: ask again, with the notice as it is now.
            var now = turn.Snapshot!.FindMeeting(meeting.Id)!.Value;
            turn.Send(new OutgoingMessage(Replies.AttendanceOnOldNotice(turn.Lang, now),
                MeetingCards.Notice(turn.Lang, jointMeeting, now, Replies.MeetingNoticeHeadline(turn.Lang, MeetingNoticeKind.Rescheduled), unitId)));
            return;
        }
        var notice = MeetingCards.Notice(turn.Lang, jointMeeting, meeting, Replies.MeetingNoticeHeadline(turn.Lang, MeetingNoticeKind.Scheduled), unitId);
        turn.ReplacePressedCard(Replies.MeetingLabel(turn.Lang, meeting), notice,
            Replies.AttendanceDone(turn.Lang, deputy is null ? Replies.AttendanceName(turn.Lang, answer.Value) : $"{Replies.AttendanceName(turn.Lang, answer.Value)} {deputy}"));
    }

    private static async Task AnswerAsync(ConversationTurn turn, Meeting meeting, string unitId, Attendance attendance, string? deputy, CancellationToken cancellationToken,
        int? basedOn = null)
    {
        var (answered, reply) = await turn.ChangeAsync((snapshot, changes) =>
        {
            var loaded = snapshot.FindMeeting(meeting.Id)!;
            var given = loaded.Value.ReplyAttendance(snapshot.JointMeeting.Value, turn.From, unitId, attendance, deputy, turn.Now, basedOn);
            changes.Update(loaded);
            return (loaded.Value, given);
        }, cancellationToken);
        turn.Say(Replies.AttendanceRecorded(turn.Lang, turn.JointMeeting!, answered, reply));
    }

    /// <summary>"参会情况": for members; observers read it too.</summary>
    public static void ShowOverview(ConversationTurn turn, MeetingRef? reference, bool fromCard)
    {
        if (!turn.Me.IsMember)
        {
            turn.Say(Replies.AttendanceMembersOnly(turn.Lang));
            return;
        }
        // Without an id: the next meeting, which is what people ask about; else any still planned.
        var next = MeetingLookup.All(turn).FirstOrDefault(m => MeetingLookup.IsUpcoming(turn, m));
        var meeting = fromCard
            ? MeetingLookup.FromCard(turn)
            : reference is null && next is not null ? next
            : MeetingLookup.Resolve(turn, reference, m => m.Status == MeetingStatus.Planned,
                id => Replies.TypedAttendance(turn.Lang, id), MeetingCards.AttendanceAction, Replies.NoMeetingToAct(turn.Lang, MeetingVerb.Schedule, turn.Me.IsManager));
        if (meeting is null) return;
        turn.Say(Replies.AttendanceOverview(turn.Lang, turn.JointMeeting!, meeting, turn.Today));
    }

    private static string Typed(Lang lang, Attendance attendance, string id, string? deputy) => Replies.TypedAnswer(lang, attendance, id, deputy);
}
