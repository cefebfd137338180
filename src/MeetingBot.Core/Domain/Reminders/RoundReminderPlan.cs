using MeetingBot.Core.Calendar;

namespace MeetingBot.Core.Domain.Reminders;

public enum RoundReminderKind
{
    /// <summary>To units that have not submitted: 7, 3 and 1 days before the deadline, and on the day.</summary>
    Due,
    /// <summary>To units that have not submitted: each of the first working days after the deadline.</summary>
    Overdue,
    /// <summary>To the convenor and secretariat, listing the missing units.</summary>
    Escalation,
}

/// <summary>One planned reminder of a round: what (kind, and days before or working days after the deadline) and when.</summary>
public sealed record PlannedRoundReminder(RoundReminderKind Kind, int Offset, DateTime LocalTime)
{
    /// <summary>What the reminder is about, stable across plans: with the round and unit it identifies a reminder to claim.</summary>
    public string Name => Kind switch
    {
        RoundReminderKind.Due => $"due-{Offset}",
        RoundReminderKind.Overdue => $"overdue-{Offset}",
        _ => "escalation",
    };
}

/// <summary>
/// The reminders of a reporting round, from its deadline: 7, 3 and 1 days before and on the day at the morning
/// hour; a daily overdue nudge on each of the first <see cref="OverdueWorkingDays"/> working days after it; and an
/// escalation on the <see cref="EscalationWorkingDay"/>th. Days off move a reminder to the next working morning;
/// when two land on the same day only the later one is kept, and none before the deadline moves past it. Nudging a
/// unit is pointless once the meeting the round serves has come: the last overdue nudge is on the day before it, and
/// an escalation that would come on or after that day comes with the first nudge after the deadline instead (on
/// the meeting's morning at the latest), so the managers know who is missing.
/// </summary>
public static class RoundReminderPlan
{
    public static readonly IReadOnlyList<int> DaysBefore = [7, 3, 1, 0];
    public const int OverdueWorkingDays = 5;
    public const int EscalationWorkingDay = 3;

    public static IReadOnlyList<PlannedRoundReminder> For(DateOnly deadline, ReminderTiming timing, DateOnly? meetingDay = null)
    {
        var before = new Dictionary<DateOnly, PlannedRoundReminder>();
        foreach (var days in DaysBefore)
        {
            var at = timing.Adjust(deadline.AddDays(-days).ToDateTime(timing.Morning));
            var day = DateOnly.FromDateTime(at);
            if (day > deadline) continue; // the overdue nudges take over
            before[day] = new PlannedRoundReminder(RoundReminderKind.Due, days, at); // later kinds overwrite
        }

        var plan = before.Values.OrderBy(r => r.LocalTime).ToList();
        var overdueDay = deadline;
        DateTime? firstAfterDeadline = null;
        for (var n = 1; n <= OverdueWorkingDays; n++)
        {
            overdueDay = timing.Calendar.NextWorkingDay(overdueDay.AddDays(1));
            var at = overdueDay.ToDateTime(timing.Morning);
            firstAfterDeadline ??= at;
            var beforeMeeting = meetingDay is not { } day || overdueDay < day;
            if (beforeMeeting) plan.Add(new PlannedRoundReminder(RoundReminderKind.Overdue, n, at));
            if (n != EscalationWorkingDay) continue;
            if (beforeMeeting)
                plan.Add(new PlannedRoundReminder(RoundReminderKind.Escalation, n, at));
            else
            {
                // Too late to wait for: the managers hear of it on the first working morning after the deadline, the meeting's at the latest.
                var early = firstAfterDeadline!.Value;
                var latest = meetingDay!.Value.ToDateTime(timing.Morning);
                plan.Add(new PlannedRoundReminder(RoundReminderKind.Escalation, n, early < latest ? early : latest));
            }
        }
        return plan.OrderBy(r => r.LocalTime).ToList();
    }
}
