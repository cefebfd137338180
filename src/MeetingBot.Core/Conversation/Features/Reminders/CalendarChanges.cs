using MeetingBot.Core.Domain.Reminders;

namespace MeetingBot.Core.Conversation.Features.Reminders;

/// <summary>The secretariat's changes to the reminder calendar; the joint meeting checks who may and records them.</summary>
internal static class CalendarChanges
{
    public static async Task AddDaysAsync(ConversationTurn turn, AddCalendarDays add, CancellationToken cancellationToken)
    {
        var lang = turn.Lang;
        if (!turn.Me.IsManager) { turn.Say(Replies.RemindersManagersOnly(lang)); return; }
        if (add.Invalid is { } bad) { turn.Say(Replies.RemindersBadDate(lang, bad, add.Working)); return; }
        if (add.Days.Where(d => d < turn.Today).ToList() is [var past, ..]) { turn.Say(Replies.RemindersPastDay(lang, past)); return; }

        await turn.ChangeAsync((snapshot, changes) =>
        {
            var jm = snapshot.JointMeeting.Value;
            if (add.Working) jm.AddReminderWorkingDays(turn.From, add.Days, turn.Now);
            else jm.AddReminderDaysOff(turn.From, add.Days.Select(d => new CalendarDayOff(d, add.Name ?? Replies.RemindersDefaultDayOffName(turn.NoticeLang))).ToList(), turn.Now);
            changes.Update(snapshot.JointMeeting);
        }, cancellationToken);
        var calendar = ReminderCalendars.For(turn.JointMeeting!.State).Calendar;
        turn.Say(Replies.RemindersDaysAdded(lang, add.Days, add.Working, add.Name, calendar));
    }

    public static async Task UseChinaCalendarAsync(ConversationTurn turn, bool on, CancellationToken cancellationToken)
    {
        var lang = turn.Lang;
        if (!turn.Me.IsManager) { turn.Say(Replies.RemindersManagersOnly(lang)); return; }
        await turn.ChangeAsync((snapshot, changes) =>
        {
            snapshot.JointMeeting.Value.UseChinaCalendar(turn.From, on, turn.Now);
            changes.Update(snapshot.JointMeeting);
        }, cancellationToken);
        turn.Say(Replies.RemindersChinaCalendar(lang, on, turn.JointMeeting!.State.ReminderCalendarSettings));
    }
}
