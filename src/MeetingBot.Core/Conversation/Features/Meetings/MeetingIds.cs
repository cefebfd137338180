namespace MeetingBot.Core.Conversation.Features.Meetings;

/// <summary>
/// Meeting ids people can read and type: the day ("2026-06-18"), then "2026-06-18-2" for a second meeting that day.
/// Ids are never reused, not even of a cancelled meeting: a calendar knows the meeting by it (the .ics UID).
/// </summary>
public static class MeetingIds
{
    public static string Next(DateOnly date, IEnumerable<string> existing)
    {
        var taken = existing.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var id = date.ToString("yyyy-MM-dd");
        for (var n = 2; taken.Contains(id); n++)
            id = $"{date:yyyy-MM-dd}-{n}";
        return id;
    }
}
