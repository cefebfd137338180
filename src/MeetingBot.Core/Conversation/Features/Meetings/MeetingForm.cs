using System.Globalization;
using MeetingBot.Core.Conversation.Cards;
using MeetingBot.Core.Domain.Meetings;
using MeetingBot.Core.Text;

namespace MeetingBot.Core.Conversation.Features.Meetings;

/// <summary>
/// The fields of the meeting cards, and the checks every meeting input goes through, typed or submitted: a card
/// may send anything, so a date is read like a typed date, lengths are checked, and a bad value is named.
/// </summary>
public static class MeetingForm
{
    // Card data keys (set by the bot) and input ids (filled in by the person); none may be both.
    public const string MeetingKey = "meeting";
    /// <summary>The meeting's change count (MeetingState.Sequence) when the card was sent: a card of an older plan is stale.</summary>
    public const string SequenceKey = "seq";
    public const string UnitKey = "unit";
    public const string AnswerKey = "answer";
    public const string DateInput = "date";
    public const string TimeInput = "time";
    public const string DurationInput = "duration";
    public const string PlaceInput = "place";
    public const string LinkInput = "link";
    public const string AgendaInput = "agenda";
    public const string ReasonInput = "reason";
    public const string DeputyInput = "deputy";

    public const int MinMinutes = 15;
    public const int MaxMinutes = 12 * 60;

    public static readonly int[] DurationChoices = [30, 60, 90, 120, 150, 180, 240, 480];

    /// <summary>Reads a submitted schedule or reschedule form; empty inputs are absent.</summary>
    public static MeetingLineReading Read(CardSubmission? value, DateOnly today)
    {
        var details = MeetingDetails.None;
        if (CardActions.Trimmed(value, DateInput) is { } dateText)
        {
            if (DateTimeReader.ParseDate(dateText, today) is not { } date) return Problem(MeetingProblem.InvalidDate, dateText);
            details = details with { Date = date };
        }
        if (CardActions.Trimmed(value, TimeInput) is { } timeText)
        {
            if (DateTimeReader.ParseTime(timeText) is not { } time) return Problem(MeetingProblem.InvalidTime, timeText);
            details = details with { Time = time };
        }
        if (CardActions.Trimmed(value, DurationInput) is { } durationText)
        {
            if (!int.TryParse(durationText, NumberStyles.None, CultureInfo.InvariantCulture, out var minutes)) return Problem(MeetingProblem.InvalidDuration, durationText);
            details = details with { DurationMinutes = minutes };
        }
        details = details with
        {
            Location = CardActions.Trimmed(value, PlaceInput),
            Link = CardActions.Trimmed(value, LinkInput),
            Agenda = CardActions.Trimmed(value, AgendaInput),
        };
        return Check(details) is { } problem ? problem : new MeetingLineReading(details);
    }

    /// <summary>The checks the domain makes too, here to name the field at fault; null when the details are fine.</summary>
    public static MeetingLineReading? Check(MeetingDetails details)
    {
        if (details.DurationMinutes is { } minutes && minutes is < MinMinutes or > MaxMinutes)
            return Problem(MeetingProblem.InvalidDuration, minutes.ToString(CultureInfo.InvariantCulture), details);
        if (details.Location is { Length: > Meeting.MaxPlaceLength } place)
            return Problem(MeetingProblem.TooLong, Replies.Shorten(place, 20), details);
        if (details.Link is { } link && (link.Length > Meeting.MaxPlaceLength || !MeetingLine.IsWebLink(link)))
            return Problem(link.Length > Meeting.MaxPlaceLength ? MeetingProblem.TooLong : MeetingProblem.InvalidLink, Replies.Shorten(link, 60), details);
        if (details.FullAgenda is { Length: > Meeting.MaxAgendaLength } agenda)
            return Problem(MeetingProblem.TooLong, Replies.Shorten(agenda, 20), details);
        return null;
    }

    /// <summary>The meeting plan a card was built from: null for cards sent before cards carried it, -1 for what is no number.</summary>
    public static int? SequenceOf(CardSubmission? value) => CardActions.Trimmed(value, SequenceKey) switch
    {
        null => null,
        var text => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1,
    };

    public static string Sequence(Meeting meeting) => meeting.State.Sequence.ToString(CultureInfo.InvariantCulture);

    /// <summary>A free text of a card (a reason, a deputy's name), checked for length; null when empty.</summary>
    public static (string? Text, bool TooLong) Text(CardSubmission? value, string key, int maxLength)
    {
        var text = CardActions.Trimmed(value, key);
        return (text, text is { Length: var n } && n > maxLength);
    }

    private static MeetingLineReading Problem(MeetingProblem problem, string text, MeetingDetails? details = null) =>
        new(details ?? MeetingDetails.None, problem, text);
}
