namespace MeetingBot.Core.Conversation.Features.Meetings;

/// <summary>
/// Meeting ids people can read and type, that stay the same when a meeting moves: "m1", "m2", … in the order the
/// meetings were scheduled (a date would be wrong once the meeting is moved). Ids are never reused, not even of a
/// cancelled meeting: a calendar knows the meeting by it (the .ics UID). Meetings stored with a day as their id
/// ("2026-06-18") keep it.
/// </summary>
public static class MeetingIds
{
    public static string Next(IEnumerable<string> existing)
    {
        var taken = existing.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var n = taken.Count + 1;
        while (taken.Contains($"m{n}")) n++;
        return $"m{n}";
    }
}
