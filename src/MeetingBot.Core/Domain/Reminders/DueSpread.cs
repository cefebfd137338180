namespace MeetingBot.Core.Domain.Reminders;

/// <summary>
/// Where within a span a joint meeting's look falls when many are due for the same reason (new schedule inputs, or
/// nothing planned within a year): its own offset, fixed by its id, so that their looks spread evenly over the span
/// instead of falling into one sweep.
/// </summary>
public static class DueSpread
{
    /// <summary>The offset of <paramref name="jointMeetingId"/> within <paramref name="span"/>, in whole minutes (FNV-1a of the id).</summary>
    public static TimeSpan Offset(string jointMeetingId, TimeSpan span)
    {
        uint hash = 2166136261;
        foreach (var c in jointMeetingId) hash = (hash ^ c) * 16777619;
        var minutes = Math.Max(1, (long)span.TotalMinutes);
        return TimeSpan.FromMinutes(hash % minutes);
    }
}
