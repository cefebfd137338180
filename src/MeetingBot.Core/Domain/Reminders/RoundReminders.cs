using MeetingBot.Core.Domain.Meetings;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Domain.Reporting;

namespace MeetingBot.Core.Domain.Reminders;

/// <summary>
/// The reminders of the open reporting rounds: the round plan's due and overdue reminders to each asked unit that
/// has not submitted, and the escalation to the managers while any is missing. A round whose meeting was cancelled
/// asks nothing more; nothing is due before the round was opened. Overdue nudges end before the meeting the round
/// serves (see <see cref="RoundReminderPlan"/>).
/// </summary>
internal static class RoundReminders
{
    public static IEnumerable<DueReminder> Of(JointMeetingSnapshot snapshot, ScheduleContext context)
    {
        var members = context.JointMeeting.Units.Select(u => u.Id).ToHashSet();
        foreach (var round in snapshot.Rounds.Select(r => r.Value).Where(r => r.IsOpen))
        {
            var meeting = snapshot.FindMeeting(round.State.MeetingId)?.Value;
            if (meeting is { Status: MeetingStatus.Cancelled }) continue;
            var waiting = Waiting(snapshot, round).Where(members.Contains).ToList();
            if (waiting.Count == 0) continue;

            var subject = ReminderSubjects.Round(round.Id);
            foreach (var planned in RoundReminderPlan.For(round.State.Deadline, context.Timing, meeting?.LocalDate))
            {
                var reminders = planned.Kind == RoundReminderKind.Escalation
                    ? [context.Due(subject, ReminderSubjects.Managers, planned.Name, planned.LocalTime)]
                    : waiting.Select(unit => context.Due(subject, unit, planned.Name, planned.LocalTime));
                foreach (var reminder in reminders)
                    if (reminder.At >= round.State.OpenedAt) yield return reminder;
            }
        }
    }

    /// <summary>The units asked about at least one task that have not submitted (nothing, or a draft only).</summary>
    public static IReadOnlyList<string> Waiting(JointMeetingSnapshot snapshot, ReportingRound round)
    {
        var completeness = RoundCompleteness.Of(round, snapshot.Reports.Select(r => r.Value));
        return [.. completeness.DraftOnlyUnitIds.Concat(completeness.MissingUnitIds)];
    }
}
