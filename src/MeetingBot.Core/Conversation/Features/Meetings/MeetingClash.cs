using MeetingBot.Core.Conversation.Cards;
using MeetingBot.Core.Domain.Meetings;

namespace MeetingBot.Core.Conversation.Features.Meetings;

/// <summary>
/// A meeting planned at a time another planned meeting takes up is most often the same meeting entered twice (the
/// schedule line sent again, the form filled in twice): the bot asks before scheduling it, with a button and the
/// typed line that confirm it. The confirmation names the meetings it agrees to share the time with, so a second
/// confirmation (another card, the line sent again, a request racing it) meets the meeting the first one made and
/// asks again rather than making a third. The check itself runs inside the save (<see cref="MeetingCalendar"/>).
/// </summary>
internal static class MeetingClash
{
    /// <summary>Card data: the ids of the meetings the person agreed to share the time with, separated by spaces.</summary>
    public const string AgreedKey = "confirm";

    public static IReadOnlyList<string> Agreed(CardSubmission? value) =>
        (CardActions.Trimmed(value, AgreedKey) ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(id => id.Any(char.IsLetter) || id.Contains('-')) // "1" of cards sent before: agrees to nothing named
            .ToList();

    public static void Ask(ConversationTurn turn, IReadOnlyList<Meeting> clashes, MeetingPlan plan)
    {
        var lang = turn.Lang;
        var ids = clashes.Select(m => m.Id).ToList();
        var typed = TypedLine(lang, plan, ids);
        var text = Replies.MeetingClashQuestion(lang, clashes, typed);
        // The button sends the plan as the schedule form would, with the meetings it agrees to share the time with.
        var data = CardActions.Once(MeetingCards.ScheduleAction, turn.JointMeeting!.Id, lang,
            (MeetingForm.DateInput, plan.LocalStart.ToString("yyyy-MM-dd")),
            (MeetingForm.TimeInput, plan.LocalStart.ToString("HH:mm")),
            (MeetingForm.DurationInput, ((int)plan.Duration.TotalMinutes).ToString()),
            (MeetingForm.PlaceInput, plan.Location), (MeetingForm.LinkInput, plan.OnlineLink), (MeetingForm.AgendaInput, plan.Agenda),
            (AgreedKey, string.Join(' ', ids)));
        var card = Card.Create(
            [Card.Text(text.Split('\n')[0], bold: true), Card.Facts(Replies.MeetingFacts(lang, clashes[0]))],
            [Card.Submit(Replies.ScheduleAnywayButton(lang), data, ButtonStyle.Positive)],
            lang);
        turn.Send(new OutgoingMessage(text, card));
    }

    // The schedule line that says the same and confirms it: "确认与 m1 同时安排会议 2026-06-18 14:30-16:30 地点：… 议程：…".
    private static string TypedLine(Lang lang, MeetingPlan plan, IReadOnlyList<string> ids)
    {
        var end = plan.LocalStart + plan.Duration;
        var line = lang.Pick($"确认与 {string.Join("、", ids)} 同时安排会议", $"confirm schedule meeting alongside {string.Join(", ", ids)}")
            + $" {plan.LocalStart:yyyy-MM-dd} {plan.LocalStart:HH:mm}-{end:HH:mm}";
        if (plan.Location is { } place) line += $" {lang.Pick("地点：", "place: ")}{place}";
        if (plan.OnlineLink is { } link) line += $" {lang.Pick("链接：", "link: ")}{link}";
        if (plan.Agenda is { } agenda) line += $" {lang.Pick("议程：", "agenda: ")}{agenda.Replace('\n', ' ')}";
        return line;
    }
}
