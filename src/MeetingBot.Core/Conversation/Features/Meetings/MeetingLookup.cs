using MeetingBot.Core.Conversation.Cards;
using MeetingBot.Core.Domain.Meetings;

namespace MeetingBot.Core.Conversation.Features.Meetings;

/// <summary>
/// Finds the meeting a command or card means. When it cannot, it has already answered: no such meeting, none to
/// act on, or "which one?" with a button per candidate.
/// </summary>
internal static class MeetingLookup
{
    public static IReadOnlyList<Meeting> All(ConversationTurn turn) =>
        turn.Snapshot?.Meetings.Select(m => m.Value).OrderBy(m => m.StartsAt).ToList() ?? [];

    /// <summary>By id, else by day (the planned one of that day, or the only one).</summary>
    public static Meeting? Find(ConversationTurn turn, MeetingRef reference)
    {
        var all = All(turn);
        if (all.FirstOrDefault(m => string.Equals(m.Id, reference.Text, StringComparison.OrdinalIgnoreCase)) is { } byId) return byId;
        if (reference.Date is not { } day) return null;
        var onDay = all.Where(m => m.LocalDate == day).ToList();
        var planned = onDay.Where(m => m.Status == MeetingStatus.Planned).ToList();
        return planned.Count == 1 ? planned[0] : onDay.Count == 1 ? onDay[0] : null;
    }

    /// <summary>
    /// The meeting named, or the only candidate when none is named. <paramref name="typed"/> writes the command for a
    /// meeting id (for "which one?"), <paramref name="pickAction"/> is the card action a candidate's button sends,
    /// with <paramref name="fields"/>.
    /// </summary>
    public static Meeting? Resolve(ConversationTurn turn, MeetingRef? reference, Func<Meeting, bool> candidate, Func<string, string> typed,
        string pickAction, string noneText, params (string Key, string? Value)[] fields)
    {
        if (reference is not null)
        {
            var found = Find(turn, reference);
            if (found is null) turn.Say(Replies.UnknownMeeting(turn.Lang, reference.Text));
            return found;
        }
        var candidates = All(turn).Where(candidate).ToList();
        if (candidates.Count == 1) return candidates[0];
        if (candidates.Count == 0)
        {
            turn.Say(noneText);
            return null;
        }
        var text = Replies.WhichMeeting(turn.Lang, typed, candidates);
        turn.Send(new OutgoingMessage(text, MeetingCards.Pick(turn.Lang, turn.JointMeeting!.Id, candidates, pickAction, text.Split('\n')[0], fields)));
        return null;
    }

    /// <summary>The meeting a card names; a forged or unknown id is answered.</summary>
    public static Meeting? FromCard(ConversationTurn turn)
    {
        var id = CardActions.Trimmed(turn.Value, MeetingForm.MeetingKey);
        var found = id is null ? null : All(turn).FirstOrDefault(m => m.Id == id);
        if (found is null) turn.Say(Replies.UnknownMeeting(turn.Lang, id ?? "?"));
        return found;
    }

    /// <summary>Planned and not yet begun: what people answer to, reschedule or cancel.</summary>
    public static bool IsUpcoming(ConversationTurn turn, Meeting meeting) => meeting.Status == MeetingStatus.Planned && meeting.StartsAt > turn.Now;

    public static MeetingYearCheck YearCheck(ConversationTurn turn, int year) =>
        MeetingYearCheck.For(year, All(turn), turn.JointMeeting!.State.MinMeetingsPerYear, turn.Today);
}
