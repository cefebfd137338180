using System.Text;
using MeetingBot.Core.Domain;
using MeetingBot.Core.Domain.Reminders;
using MeetingBot.Core.Policy.Index;

namespace MeetingBot.Core.Conversation.Features.Reminders;

/// <summary>
/// "提醒计划": the reminders of the next <see cref="Days"/> days as the state now calls for them (one line per
/// reminder, its recipients together), paged; and, when the ledger is at hand, how the last ones went.
/// </summary>
internal static class ScheduleView
{
    public const int Days = 30;
    public const int PageSize = 15;
    public const int RecentCount = 10;
    public static readonly TimeSpan RecentPeriod = TimeSpan.FromDays(14);

    // A reminder to a unit without an approved contact (or to managers when there are none) reaches nobody: say so, and why.
    private static string Undeliverable(Lang lang, Domain.JointMeetings.JointMeeting jm, IEnumerable<string> recipients)
    {
        var nobody = recipients.Where(r => !jm.Contacts.Any(c => c.Status == Domain.JointMeetings.ContactStatus.Approved && (r == ReminderSubjects.Managers
            ? c.Role is Domain.JointMeetings.ContactRole.Convenor or Domain.JointMeetings.ContactRole.Secretariat
            : c.Role == Domain.JointMeetings.ContactRole.UnitContact && c.UnitId == r))).ToList();
        return nobody.Count == 0 ? "" : Replies.RemindersUndeliverable(lang, jm, nobody);
    }

    public static async Task ShowAsync(ConversationTurn turn, PolicyIndex policy, IReminderLedger? ledger, int page, CancellationToken cancellationToken)
    {
        var lang = turn.Lang;
        if (!turn.Me.IsMember) { turn.Say(Replies.RemindersMembersOnly(lang)); return; }
        var snapshot = turn.Snapshot!;
        var jm = snapshot.JointMeeting.Value;
        var zone = jm.TimeZone;

        var lines = ReminderSchedule.Between(snapshot, policy, turn.Now, turn.Now.AddDays(Days))
            .GroupBy(r => (r.At, r.Key.Subject, r.Key.Name))
            .Select(g => Replies.RemindersScheduleLine(lang, jm, TimeZoneInfo.ConvertTime(g.Key.At, zone).DateTime, g.First().Key, g.Select(r => r.Key.Recipient).ToList())
                + Undeliverable(lang, jm, g.Select(r => r.Key.Recipient)))
            .ToList();
        var pages = Math.Max(1, (lines.Count + PageSize - 1) / PageSize);
        if (page > pages) { turn.Say(Replies.RemindersNoSuchPage(lang, page, pages)); return; }

        var timing = ReminderCalendars.For(jm.State);
        var text = new StringBuilder(Replies.RemindersScheduleHeader(lang, jm, Days, lines.Count, timing, jm.State.ReminderCalendarSettings));
        // The official days of a year come with the State Council's notice; until the bot ships them, say so.
        var lastYear = TimeZones.LocalDate(turn.Now.AddDays(Days), zone).Year;
        if (jm.State.ReminderCalendarSettings.UseChinaCalendar && !timing.Calendar.Knows(lastYear))
            text.Append('\n').Append(Replies.RemindersYearUnknown(lang, lastYear));
        foreach (var line in lines.Skip((page - 1) * PageSize).Take(PageSize)) text.Append("\n- ").Append(line);
        if (pages > 1) text.Append("\n\n").Append(Replies.RemindersPager(lang, page, pages));

        if (ledger is not null && page == 1)
        {
            var since = turn.Now - RecentPeriod;
            var recent = (await ledger.ListAsync(jm.Id, cancellationToken))
                .Where(r => (r.DoneAt ?? r.ClaimedAt) >= since)
                .OrderByDescending(r => r.DoneAt ?? r.ClaimedAt)
                .Take(RecentCount)
                .ToList();
            text.Append("\n\n").Append(Replies.RemindersRecentHeader(lang, recent.Count));
            foreach (var record in recent)
                text.Append("\n- ").Append(Replies.RemindersRecentLine(lang, jm, TimeZoneInfo.ConvertTime(record.DoneAt ?? record.ClaimedAt, zone).DateTime, record));
        }
        turn.Say(text.ToString());
    }
}
