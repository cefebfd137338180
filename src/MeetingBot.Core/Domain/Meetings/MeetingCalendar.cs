namespace MeetingBot.Core.Domain.Meetings;

/// <summary>
/// Two planned meetings at overlapping times are most often one meeting entered twice: a meeting is given a time
/// another planned meeting takes up only when the person agreed to share it with that very meeting. The check runs
/// inside the change, on the meetings as loaded for the save, and the store saves a meeting's new time only while
/// no other meeting's time changed since that load (the calendar guard of the change set, <c>ChangeSet.OnCalendar</c>):
/// two racing requests cannot both pass it.
/// </summary>
public static class MeetingCalendar
{
    /// <summary>
    /// The first planned meeting, other than <paramref name="moving"/>, that takes up time of <paramref name="plan"/>
    /// and is not one of <paramref name="agreed"/>; null when the time is free.
    /// </summary>
    public static Meeting? Clash(IEnumerable<Meeting> meetings, MeetingPlan plan, string? moving = null, IReadOnlyCollection<string>? agreed = null) =>
        meetings
            .Where(m => m.Id != moving && m.Clashes(plan) && !(agreed ?? []).Contains(m.Id, StringComparer.OrdinalIgnoreCase))
            .OrderBy(m => m.State.LocalStart)
            .FirstOrDefault();

    /// <summary>Every planned meeting, other than <paramref name="moving"/>, that takes up time of <paramref name="plan"/>.</summary>
    public static IReadOnlyList<Meeting> AllClashes(IEnumerable<Meeting> meetings, MeetingPlan plan, string? moving = null) =>
        meetings.Where(m => m.Id != moving && m.Clashes(plan)).OrderBy(m => m.State.LocalStart).ToList();
}
