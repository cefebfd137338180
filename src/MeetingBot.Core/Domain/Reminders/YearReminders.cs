using MeetingBot.Core.Domain.Meetings;
using MeetingBot.Core.Domain.Persistence;

namespace MeetingBot.Core.Domain.Reminders;

/// <summary>
/// The year's meeting count, checked twice: on 1 July the managers are told when fewer than half of the required
/// meetings are held or planned, on 1 October when fewer than all (each moved to the next working morning, so
/// 1 October, 国庆, waits for the first working day after the holiday). The count is of the state now, as of the
/// check's own day.
/// </summary>
internal static class YearReminders
{
    public static readonly IReadOnlyList<(int Month, string Name)> Checks = [(7, ReminderSubjects.JulyCheck), (10, ReminderSubjects.OctoberCheck)];

    public static IEnumerable<DueReminder> Of(JointMeetingSnapshot snapshot, ScheduleContext context, DateTimeOffset from, DateTimeOffset to)
    {
        var created = TimeZones.LocalDate(context.JointMeeting.State.CreatedAt, context.Zone).Year;
        var first = Math.Max(created, TimeZones.LocalDate(Clamp(from), context.Zone).Year);
        var last = TimeZones.LocalDate(Clamp(to), context.Zone).Year;
        for (var year = first; year <= last && year <= first + 10; year++)
            foreach (var (month, name) in Checks)
            {
                var local = context.Timing.Adjust(new DateOnly(year, month, 1).ToDateTime(context.Timing.Morning));
                if (Check(snapshot, year, DateOnly.FromDateTime(local), name) is not null)
                    yield return context.Due(ReminderSubjects.Year(year), ReminderSubjects.Managers, name, local);
            }
    }

    /// <summary>The year's count as of the check's day when it falls short for that check; null when it does not.</summary>
    public static MeetingYearCheck? Check(JointMeetingSnapshot snapshot, int year, DateOnly day, string name)
    {
        var jm = snapshot.JointMeeting.Value;
        var check = MeetingYearCheck.For(year, snapshot.Meetings.Select(m => m.Value), jm.State.MinMeetingsPerYear, day);
        var counted = check.Held + check.Planned;
        var shortfall = name == ReminderSubjects.JulyCheck ? counted * 2 < check.Required : counted < check.Required;
        return shortfall ? check : null;
    }

    // Far-off bounds (DateTimeOffset.MinValue) would make the zone conversion overflow.
    private static DateTimeOffset Clamp(DateTimeOffset t) =>
        t < new DateTimeOffset(2000, 1, 2, 0, 0, 0, TimeSpan.Zero) ? new DateTimeOffset(2000, 1, 2, 0, 0, 0, TimeSpan.Zero)
        : t > new DateTimeOffset(9000, 1, 1, 0, 0, 0, TimeSpan.Zero) ? new DateTimeOffset(9000, 1, 1, 0, 0, 0, TimeSpan.Zero) : t;
}
