using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Meetings;

namespace MeetingBot.Core.Conversation.Features.Meetings;

public enum MeetingNoticeKind { Scheduled, Rescheduled, Cancelled }

/// <summary>
/// Tells the joint meeting of a meeting scheduled, moved or cancelled, in its own language: every member unit's
/// approved contacts get the notice with their unit's attendance buttons and the .ics invitation; the convenor and
/// the secretariat get it without buttons (the one who acted has it in the confirmation).
/// </summary>
internal static class MeetingNotices
{
    public static Replies.MeetingNoticeCount Send(ConversationTurn turn, InvitationAddresses invitations, Meeting meeting, MeetingNoticeKind kind, string? before = null, string? note = null)
    {
        var jointMeeting = turn.JointMeeting ?? throw new InvalidOperationException("Notices need the joint meeting loaded.");
        OutgoingMessage NoticeIn(Lang lang, string? unitId, string? unitName) => new(
            Replies.MeetingNotice(lang, jointMeeting, meeting, kind, before, note, unitName),
            MeetingCards.Notice(lang, jointMeeting, meeting, Replies.MeetingNoticeHeadline(lang, kind), unitId, movedFrom: before),
            [MeetingInvitation.For(jointMeeting, meeting, turn.Now, lang, invitations)]);

        int units = 0, contacts = 0;
        var withoutContacts = new List<string>();
        foreach (var unit in jointMeeting.Units)
        {
            var count = jointMeeting.Contacts.Count(c => c is { Status: ContactStatus.Approved, Role: ContactRole.UnitContact } && c.UnitId == unit.Id);
            if (count == 0)
            {
                withoutContacts.Add(unit.Name);
                continue;
            }
            // Each contact in the language they chat in.
            turn.NotifyUnit(unit.Id, lang => NoticeIn(lang, unit.Id, unit.Name));
            units++;
            contacts += count;
        }

        foreach (var manager in jointMeeting.Contacts)
            if (manager is { Status: ContactStatus.Approved, Role: ContactRole.Convenor or ContactRole.Secretariat } && !manager.Account.SameAs(turn.From))
                turn.Notify(manager.Account, lang => NoticeIn(lang, null, null));

        return new Replies.MeetingNoticeCount(units, contacts, withoutContacts);
    }
}
