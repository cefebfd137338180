using MeetingBot.Core.Conversation.Cards;
using MeetingBot.Core.Domain.Meetings;

namespace MeetingBot.Core.Conversation.Features.Meetings;

/// <summary>
/// A meeting planned at a time another planned meeting takes up is most often the same meeting entered twice (the
/// schedule line sent again, the form filled in twice): the bot asks before scheduling it, with a button and the
/// typed line that confirm it.
/// </summary>
internal static class MeetingClash
{
    public const string ConfirmKey = "confirm";

    public static Meeting? Find(ConversationTurn turn, MeetingPlan plan) =>
        MeetingLookup.All(turn).FirstOrDefault(m => m.Clashes(plan));

    public static bool Confirmed(CardSubmission? value) => CardActions.Trimmed(value, ConfirmKey) == "1";

    public static void Ask(ConversationTurn turn, Meeting existing, MeetingPlan plan)
    {
        var lang = turn.Lang;
        var typed = TypedLine(lang, plan);
        var text = Replies.MeetingClashQuestion(lang, existing, typed);
        // The button sends the plan as the schedule form would, with the confirmation.
        var data = CardActions.Once(MeetingCards.ScheduleAction, turn.JointMeeting!.Id, lang,
            (MeetingForm.DateInput, plan.LocalStart.ToString("yyyy-MM-dd")),
            (MeetingForm.TimeInput, plan.LocalStart.ToString("HH:mm")),
            (MeetingForm.DurationInput, ((int)plan.Duration.TotalMinutes).ToString()),
            (MeetingForm.PlaceInput, plan.Location), (MeetingForm.LinkInput, plan.OnlineLink), (MeetingForm.AgendaInput, plan.Agenda),
            (ConfirmKey, "1"));
        var card = Card.Create(
            [Card.Text(text.Split('\n')[0], bold: true), Card.Facts(Replies.MeetingFacts(lang, existing))],
            [Card.Submit(Replies.ScheduleAnywayButton(lang), data, ButtonStyle.Positive)],
            lang);
        turn.Send(new OutgoingMessage(text, card));
    }

    // The schedule line that says the same and confirms it: "确认安排会议 2026-06-18 14:30-16:30 地点：… 议程：…".
    private static string TypedLine(Lang lang, MeetingPlan plan)
    {
        var end = plan.LocalStart + plan.Duration;
        var line = $"{lang.Pick("确认安排会议", "confirm schedule meeting")} {plan.LocalStart:yyyy-MM-dd} {plan.LocalStart:HH:mm}-{end:HH:mm}";
        if (plan.Location is { } place) line += $" {lang.Pick("地点：", "place: ")}{place}";
        if (plan.OnlineLink is { } link) line += $" {lang.Pick("链接：", "link: ")}{link}";
        if (plan.Agenda is { } agenda) line += $" {lang.Pick("议程：", "agenda: ")}{agenda.Replace('\n', ' ')}";
        return line;
    }
}
