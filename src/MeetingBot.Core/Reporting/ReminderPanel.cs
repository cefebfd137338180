using MeetingBot.Core.Domain;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Domain.Reminders;
using MeetingBot.Core.Policy.Index;
using MeetingBot.Core.Reminders;

namespace MeetingBot.Core.Reporting;

/// <summary>A reminder the state calls for and the ledger has not claimed yet: its local time, and recipients nobody would receive it for.</summary>
public sealed record UpcomingReminder(DateTime Local, ReminderKey Key, IReadOnlyList<string> Recipients, IReadOnlyList<string> ReachesNobody);

/// <summary>A reminder the ledger holds, at its local time; <see cref="Undelivered"/> when it failed or missed some of its recipients.</summary>
public sealed record PastReminder(DateTime Local, ReminderRecord Record, bool Undelivered);

/// <summary>
/// The reminders of a joint meeting at a glance, in its own time zone: the next ones due (as the schedule calls for
/// them now) and how the recent ones went (the ledger: sent, sent late, skipped, failed, sending). For a unit, only
/// the reminders addressed to it.
/// </summary>
public sealed record ReminderPanel(string TimeZoneId, IReadOnlyList<UpcomingReminder> Upcoming, int UpcomingTotal, IReadOnlyList<PastReminder> Recent)
{
    public static readonly TimeSpan Ahead = TimeSpan.FromDays(30);
    public static readonly TimeSpan Behind = TimeSpan.FromDays(14);
    public const int MaxUpcoming = 12;
    public const int MaxRecent = 20;

    public static ReminderPanel Of(JointMeetingSnapshot snapshot, PolicyIndex? policy, IReadOnlyList<ReminderRecord> ledger, DateTimeOffset now, string? unitId = null)
    {
        var jm = snapshot.JointMeeting.Value;
        var zone = jm.TimeZone;
        bool Shown(ReminderKey key) => unitId is null || key.Recipient == unitId;

        var claimed = ledger.Select(r => r.Key.Id).ToHashSet(StringComparer.Ordinal);
        var upcoming = ReminderSchedule.Between(snapshot, policy, now, now + Ahead)
            .Where(r => Shown(r.Key) && !claimed.Contains(r.Key.Id))
            .GroupBy(r => (r.At, r.Key.Subject, r.Key.Name))
            .Select(g =>
            {
                var recipients = g.Select(r => r.Key.Recipient).ToList();
                return new UpcomingReminder(TimeZoneInfo.ConvertTime(g.Key.At, zone).DateTime, g.First().Key, recipients, recipients.Where(r => !Reachable(jm, r)).ToList());
            })
            .ToList();

        // A reminder that missed some recipients was recorded sent, and a notice of its own told the managers: read it back as undelivered.
        var since = now - Behind;
        var recent = ledger
            .Where(r => !IsUndeliveredNotice(r) && Shown(r.Key) && (r.DoneAt ?? r.ClaimedAt) >= since)
            .OrderByDescending(r => r.DoneAt ?? r.ClaimedAt)
            .Take(MaxRecent)
            .Select(r => new PastReminder(TimeZoneInfo.ConvertTime(r.DoneAt ?? r.ClaimedAt, zone).DateTime, r,
                r.State == ReminderState.Failed || claimed.Contains(UndeliveredReport.KeyFor(r.Key).Id)))
            .ToList();
        return new ReminderPanel(zone.Id, upcoming.Take(MaxUpcoming).ToList(), upcoming.Count, recent);
    }

    // The managers' notice that a reminder missed someone (UndeliveredReport): shown as that reminder's mark, not a line of its own.
    private static bool IsUndeliveredNotice(ReminderRecord record) =>
        record.Key.Recipient == UndeliveredReport.Recipient && record.Key.Name.StartsWith("undelivered-", StringComparison.Ordinal);

    // Someone approved must be there to receive it: a unit's contact, or for "managers" the convenor or the secretariat.
    private static bool Reachable(JointMeeting jm, string recipient) => jm.Contacts.Any(c => c.Status == ContactStatus.Approved && (recipient == ReminderSubjects.Managers
        ? c.Role is ContactRole.Convenor or ContactRole.Secretariat
        : c.Role == ContactRole.UnitContact && c.UnitId == recipient));
}
