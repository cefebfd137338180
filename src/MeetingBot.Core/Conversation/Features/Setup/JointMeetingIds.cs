namespace MeetingBot.Core.Conversation.Features.Setup;

/// <summary>Ids for joint meetings created without one: short enough to type in "bind jm-002", unique in the deployment.</summary>
public static class JointMeetingIds
{
    /// <summary>"jm-002", or "jm-002-2", "jm-002-3" … when taken (ids differing only in case count as taken: "bind" finds either).</summary>
    public static string Pick(string documentNumber, IEnumerable<string> taken)
    {
        var used = new HashSet<string>(taken, StringComparer.OrdinalIgnoreCase);
        var stem = "jm-" + new string(documentNumber.Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_').ToArray());
        if (stem == "jm-") stem = "jm";
        if (!used.Contains(stem)) return stem;
        for (var n = 2; ; n++)
            if (!used.Contains($"{stem}-{n}")) return $"{stem}-{n}";
    }
}
