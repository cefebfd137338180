using MeetingBot.Core.Conversation.Cards;
using MeetingBot.Core.Conversation.Features.Meetings;
using MeetingBot.Core.Conversation.Features.Reporting;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Domain.Reminders;
using MeetingBot.Core.Policy.Index;

namespace MeetingBot.Core.Conversation.Features.Reminders;

/// <summary>The message of one reminder, by what it is about; null when what it is about is gone.</summary>
internal static class ReminderTexts
{
    public static OutgoingMessage? For(ReminderKey key, JointMeetingSnapshot snapshot, PolicyIndex? policy, DateOnly day, Lang lang)
    {
        var jm = snapshot.JointMeeting.Value;
        if (ReminderSubjects.IdOf(key.Subject, ReminderSubjects.RoundPrefix) is { } roundId)
            return Round(key, snapshot, roundId, day, lang);
        if (ReminderSubjects.IdOf(key.Subject, ReminderSubjects.MeetingPrefix) is { } meetingId
            && snapshot.FindMeeting(meetingId)?.Value is { } meeting)
        {
            var unitId = key.Recipient == ReminderSubjects.Managers ? null : key.Recipient;
            var headline = Replies.ReminderMeetingHeadline(lang, key.Name == ReminderSubjects.Before1);
            return new OutgoingMessage(
                Replies.ReminderMeeting(lang, jm, meeting, unitId is null ? null : Replies.UnitName(jm, unitId), meeting.LocalDate.DayNumber - day.DayNumber),
                MeetingCards.Notice(lang, jm, meeting, headline, unitId));
        }
        if (ReminderSubjects.IdOf(key.Subject, ReminderSubjects.YearPrefix) is { } yearText && int.TryParse(yearText, out var year)
            && YearReminders.Check(snapshot, year, day, key.Name) is { } check)
            return new OutgoingMessage(Replies.ReminderYear(lang, jm, check, key.Name == ReminderSubjects.OctoberCheck));
        if (ReminderSubjects.TargetOf(key.Subject) is { } target
            && jm.Tasks.FirstOrDefault(t => t.Id == target.TaskId) is { } task && target.Number <= task.Targets.Count)
            return new OutgoingMessage(Replies.ReminderTarget(lang, jm, Replies.UnitName(jm, key.Recipient), task, task.Targets[target.Number - 1], key.Date.DayNumber - day.DayNumber));
        return null;
    }

    private static OutgoingMessage? Round(ReminderKey key, JointMeetingSnapshot snapshot, string roundId, DateOnly day, Lang lang)
    {
        var jm = snapshot.JointMeeting.Value;
        if (snapshot.FindRound(roundId)?.Value is not { } round) return null;
        var meeting = Rounds.MeetingOf(snapshot, round);
        var waiting = RoundReminders.Waiting(snapshot, round);
        if (key.Recipient == ReminderSubjects.Managers)
        {
            var names = waiting.Select(u => Replies.UnitName(jm, u)).ToList();
            var overdue = WorkingDaysOverdue(jm, round.State.Deadline, day);
            return new OutgoingMessage(Replies.ReminderEscalation(lang, jm, round, meeting, names, overdue));
        }

        if (jm.Units.FirstOrDefault(u => u.Id == key.Recipient) is not { } unit) return null;
        var unitRound = UnitRound.Of(snapshot, round, unit);
        var text = key.Name.StartsWith("overdue-", StringComparison.Ordinal)
            ? Replies.ReminderOverdue(lang, jm, unitRound, WorkingDaysOverdue(jm, round.State.Deadline, day))
            : Replies.ReminderDue(lang, jm, unitRound, round.State.Deadline.DayNumber - day.DayNumber);
        return new OutgoingMessage(text, ReportButton(lang, jm, unitRound, text));
    }

    // Counted on the day the reminder is sent, not the day it was planned for: a catch-up says what is true then.
    private static int WorkingDaysOverdue(JointMeeting jm, DateOnly deadline, DateOnly day)
    {
        var calendar = ReminderCalendars.For(jm.State).Calendar;
        var days = 0;
        for (var d = deadline.AddDays(1); d <= day; d = d.AddDays(1))
            if (calendar.IsWorkingDay(d)) days++;
        return Math.Max(days, 1);
    }

    // A card whose button opens the unit's report card, as typing "我的报告" does.
    private static Card ReportButton(Lang lang, JointMeeting jm, UnitRound unit, string text) => Card.Create(
        [
            Card.Title(Replies.ReminderReportTitle(lang)),
            Card.Text(jm.Name, subtle: true),
            Card.Text(text.Split('\n')[0]),
            Card.Facts(Replies.ReminderReportFacts(lang, unit)),
        ],
        [Card.Submit(Replies.ReminderReportButton(lang), CardActions.Data(MyReport.ShowAction, jm.Id, lang), ButtonStyle.Positive)],
        lang);
}
