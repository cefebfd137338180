using MeetingBot.Core.Domain.Meetings;

namespace MeetingBot.Core.Conversation.Features.Meetings;

/// <summary>What anyone may ask: the meetings of a year with the at-least-N check, and the next meeting.</summary>
internal static class MeetingListing
{
    public static void ListYear(ConversationTurn turn, int year)
    {
        var ofYear = MeetingLookup.All(turn).Where(m => m.LocalDate.Year == year).ToList();
        var check = MeetingLookup.YearCheck(turn, year);
        // Online links are for members; a bystander in a group sees the place.
        turn.Say(Replies.YearList(turn.Lang, turn.JointMeeting!, year, ofYear, check, turn.Today, turn.Me.IsMember, turn.Me.IsManager));
    }

    public static void ShowNext(ConversationTurn turn)
    {
        var jointMeeting = turn.JointMeeting!;
        var me = turn.Me;
        var next = MeetingLookup.All(turn).FirstOrDefault(m => MeetingLookup.IsUpcoming(turn, m));
        if (next is null)
        {
            var text = Replies.NoNextMeeting(turn.Lang, me.IsManager, MeetingLookup.YearCheck(turn, turn.Today.Year), turn.Today);
            turn.Send(me.IsManager ? new OutgoingMessage(text, MeetingCards.OfferSchedule(turn.Lang, jointMeeting.Id, text)) : new OutgoingMessage(text));
            return;
        }
        var myUnit = me.Role == Domain.JointMeetings.ContactRole.UnitContact ? me.UnitId : null;
        var answer = myUnit is null ? null : next.State.Replies.FirstOrDefault(r => r.UnitId == myUnit);
        turn.Say(Replies.NextMeeting(turn.Lang, jointMeeting, next, me.IsMember, answer, myUnit is null ? null : Replies.UnitName(jointMeeting, myUnit)));
    }
}
