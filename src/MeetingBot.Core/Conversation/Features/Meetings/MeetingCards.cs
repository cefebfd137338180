using MeetingBot.Core.Conversation.Cards;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Meetings;

namespace MeetingBot.Core.Conversation.Features.Meetings;

/// <summary>The meeting cards: the schedule, reschedule and cancel forms, the notice with attendance buttons, and "which meeting?".</summary>
public static class MeetingCards
{
    public const string ScheduleAction = "meetings.schedule";
    public const string RescheduleAction = "meetings.reschedule";
    public const string RescheduleFormAction = "meetings.rescheduleForm";
    public const string CancelAction = "meetings.cancel";
    public const string CancelFormAction = "meetings.cancelForm";
    public const string HeldAction = "meetings.held";
    public const string AttendAction = "meetings.attend";
    public const string AttendanceAction = "meetings.attendance";
    public const string ScheduleFormAction = "meetings.scheduleForm";

    public static Card ScheduleForm(Lang lang, string jointMeetingId, MeetingDetails? filled = null)
    {
        var d = filled ?? MeetingDetails.None;
        return Card.Create(
            [Card.Title(Replies.ScheduleFormTitle(lang)), .. PlanInputs(lang, d.Date, d.Time, d.DurationMinutes, d.Location, d.Link, d.FullAgenda)],
            [Card.Submit(Replies.ScheduleButton(lang), CardActions.Once(ScheduleAction, jointMeetingId, lang), ButtonStyle.Positive)],
            lang);
    }

    public static Card RescheduleForm(Lang lang, string jointMeetingId, Meeting meeting)
    {
        var s = meeting.State;
        return Card.Create(
            [Card.Title(Replies.RescheduleFormTitle(lang, meeting)),
             .. PlanInputs(lang, meeting.LocalDate, TimeOnly.FromDateTime(s.LocalStart), s.DurationMinutes, s.Location, s.OnlineLink, s.Agenda)],
            [Card.Submit(Replies.RescheduleButton(lang), CardActions.Once(RescheduleAction, jointMeetingId, lang, (MeetingForm.MeetingKey, meeting.Id), (MeetingForm.SequenceKey, MeetingForm.Sequence(meeting))), ButtonStyle.Positive)],
            lang);
    }

    public static Card CancelForm(Lang lang, string jointMeetingId, Meeting meeting) => Card.Create(
        [Card.Title(Replies.CancelFormTitle(lang, meeting)),
         Card.TextInput(MeetingForm.ReasonInput, Replies.CancelReasonLabel(lang), required: true, error: Replies.CancelReasonRequired(lang), maxLength: MeetingCommands.MaxReasonLength)],
        [Card.Submit(Replies.CancelButton(lang), CardActions.Once(CancelAction, jointMeetingId, lang, (MeetingForm.MeetingKey, meeting.Id), (MeetingForm.SequenceKey, MeetingForm.Sequence(meeting))), ButtonStyle.Destructive)],
        lang);

    /// <summary>
    /// A meeting's notice. For a unit's contacts (<paramref name="unitId"/> set) it has the attendance buttons; the
    /// unit is in the data, and the domain checks that whoever presses acts for it.
    /// </summary>
    public static Card Notice(Lang lang, JointMeeting jointMeeting, Meeting meeting, string headline, string? unitId, bool showLink = true, string? movedFrom = null)
    {
        var body = new List<CardElement>
        {
            Card.Title(headline),
            Card.Text(jointMeeting.Name, subtle: true),
        };
        if (movedFrom is not null) body.Add(Card.Text(Replies.MeetingMoved(lang, movedFrom, meeting), bold: true));
        body.Add(Card.Facts(Replies.MeetingFacts(lang, meeting, showLink)));
        if (unitId is null || meeting.Status != MeetingStatus.Planned) return Card.Create(body, null, lang);

        body.Add(Card.Text(Replies.AttendancePrompt(lang, Replies.UnitName(jointMeeting, unitId)), bold: true));
        CardSubmission Data(Attendance answer) => CardActions.Once(AttendAction, jointMeeting.Id, lang,
            (MeetingForm.MeetingKey, meeting.Id), (MeetingForm.UnitKey, unitId), (MeetingForm.AnswerKey, answer.ToString()),
            (MeetingForm.SequenceKey, MeetingForm.Sequence(meeting)));
        var deputy = Card.ShowCard(Replies.AttendanceName(lang, Attendance.SendDeputy),
            [Card.TextInput(MeetingForm.DeputyInput, Replies.DeputyLabel(lang), required: true, error: Replies.DeputyRequired(lang), maxLength: MeetingCommands.MaxDeputyLength)],
            [Card.Submit(Replies.MeetingConfirmButton(lang), Data(Attendance.SendDeputy))]);
        return Card.Create(body,
            [
                Card.Submit(Replies.AttendanceName(lang, Attendance.Attend), Data(Attendance.Attend), ButtonStyle.Positive),
                deputy,
                Card.Submit(Replies.AttendanceName(lang, Attendance.Absent), Data(Attendance.Absent)),
            ],
            lang);
    }

    /// <summary>One button per meeting, for a command that did not say which (at most five: the nearest).</summary>
    public static Card Pick(Lang lang, string jointMeetingId, IReadOnlyList<Meeting> meetings, string action, string question, params (string Key, string? Value)[] fields) => Card.Create(
        [Card.Text(question, bold: true)],
        meetings.Take(5).Select(m => Card.Submit(Replies.MeetingChoice(lang, m),
            CardActions.Once(action, jointMeetingId, lang, [(MeetingForm.MeetingKey, m.Id), (MeetingForm.SequenceKey, MeetingForm.Sequence(m)), .. fields]))),
        lang);

    /// <summary>"No meeting is planned": a button that opens the schedule form, for the convenor and secretariat.</summary>
    public static Card OfferSchedule(Lang lang, string jointMeetingId, string text) => Card.Create(
        [Card.Text(text)],
        [Card.Submit(Replies.ScheduleFormTitle(lang), CardActions.Data(ScheduleFormAction, jointMeetingId, lang))],
        lang);

    private static IEnumerable<CardElement> PlanInputs(Lang lang, DateOnly? date, TimeOnly? time, int? minutes, string? place, string? link, string? agenda)
    {
        var duration = minutes ?? (int)MeetingPlan.DefaultDuration.TotalMinutes;
        var choices = MeetingForm.DurationChoices.Contains(duration) ? MeetingForm.DurationChoices : [.. MeetingForm.DurationChoices, duration];
        yield return Card.DateInput(MeetingForm.DateInput, Replies.MeetingDateLabel(lang), date, required: true, error: Replies.MeetingDateRequired(lang));
        yield return Card.TimeInput(MeetingForm.TimeInput, Replies.MeetingTimeLabel(lang), time, required: true, error: Replies.MeetingTimeRequired(lang));
        yield return Card.ChoiceInput(MeetingForm.DurationInput, Replies.MeetingDurationLabel(lang),
            choices.Order().Select(m => (Replies.MeetingDuration(lang, m), m.ToString())), duration.ToString());
        yield return Card.TextInput(MeetingForm.PlaceInput, Replies.MeetingPlaceLabel(lang), place, Replies.MeetingPlacePlaceholder(lang), maxLength: Meeting.MaxPlaceLength);
        yield return Card.TextInput(MeetingForm.LinkInput, Replies.MeetingLinkLabel(lang), link, "https://", maxLength: Meeting.MaxPlaceLength);
        yield return Card.TextInput(MeetingForm.AgendaInput, Replies.MeetingAgendaLabel(lang), agenda, Replies.MeetingAgendaPlaceholder(lang), multiline: true, maxLength: Meeting.MaxAgendaLength);
    }
}
