using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Policy.Index;

namespace MeetingBot.Core.Domain.Reminders;

/// <summary>
/// What reminders a joint meeting's current state calls for, and when: reporting rounds (units that have not
/// submitted, then the managers), meetings (every member unit), the year's meeting count (the managers) and policy
/// targets falling due (the units leading them). Local times of the joint meeting's zone, moved off days off and
/// quiet hours by its calendar; nothing before the joint meeting was created.
/// </summary>
public static class ReminderSchedule
{
    /// <summary>Every reminder with <see cref="DueReminder.At"/> in [from, to); <paramref name="policy"/> null: no target reminders.</summary>
    public static IReadOnlyList<DueReminder> Between(JointMeetingSnapshot snapshot, PolicyIndex? policy, DateTimeOffset from, DateTimeOffset to)
    {
        var jm = snapshot.JointMeeting.Value;
        var context = new ScheduleContext(jm, ReminderCalendars.For(jm.State), jm.TimeZone);
        var all = RoundReminders.Of(snapshot, context)
            .Concat(MeetingReminders.Of(snapshot, context))
            .Concat(YearReminders.Of(snapshot, context, from, to))
            .Concat(TargetReminders.Of(policy, context));
        return all
            .Where(r => r.At >= from && r.At < to && r.At >= jm.State.CreatedAt)
            .DistinctBy(r => r.Key)
            .OrderBy(r => r.At).ThenBy(r => r.Key.Id, StringComparer.Ordinal)
            .ToList();
    }
}

/// <summary>What every part of the schedule needs: the joint meeting, its reminder hours and calendar, its zone.</summary>
internal sealed record ScheduleContext(JointMeeting JointMeeting, ReminderTiming Timing, TimeZoneInfo Zone)
{
    public string Id => JointMeeting.Id;

    public DueReminder Due(string subject, string recipient, string name, DateTime local, DateOnly? keyDate = null) =>
        new(new ReminderKey(Id, subject, recipient, name, keyDate ?? DateOnly.FromDateTime(local)), Instant(local));

    /// <summary>Wall-clock time to instant; a time the clocks skip (spring forward) is read as the moment after the gap.</summary>
    public DateTimeOffset Instant(DateTime local)
    {
        var wall = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        while (Zone.IsInvalidTime(wall)) wall = wall.AddMinutes(15);
        return TimeZones.ToInstant(wall, Zone);
    }

    public DateTime Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;
}
