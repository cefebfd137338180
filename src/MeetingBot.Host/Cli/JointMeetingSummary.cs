using System.Text;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Policy.Model;

namespace MeetingBot.Host.Cli;

/// <summary>What the convenor reviews after creating a joint meeting: where its members came from, and which tasks have nobody.</summary>
internal static class JointMeetingSummary
{
    public static string Render(JointMeeting jm, PolicyDocument document, string storedIn)
    {
        var text = new StringBuilder();
        text.AppendLine($"created joint meeting '{jm.Id}': {jm.Name}");
        text.AppendLine($"  from: 《{document.Title}》 ({document.SourceName})");
        var origin = document.JointMeeting is { Members.Count: > 0 } ? "the document's joint-meeting clause" : "the units its tasks name";
        text.AppendLine($"  members ({jm.Units.Count}, from {origin}): {string.Join("、", jm.Units.Select(u => u.Name))}");
        if (jm.State.Convenor is { } convenor)
            text.AppendLine($"  convenor: {convenor}");
        if (jm.State.SecretariatUnitId is { } secretariat)
            text.AppendLine($"  secretariat: {jm.GetUnit(secretariat).Name}");
        text.AppendLine($"  meetings a year: at least {jm.State.MinMeetingsPerYear}; time zone {jm.State.TimeZoneId}");
        var orphans = jm.Tasks.Where(t => t.LeadUnitIds.Count + t.ResponsibleUnitIds.Count == 0).ToList();
        text.AppendLine($"  tasks: {jm.Tasks.Count} with named units, {orphans.Count} of them naming no member unit{(orphans.Count == 0 ? "" : $" ({string.Join(", ", orphans.Take(8).Select(t => t.Path))}{(orphans.Count > 8 ? ", …" : "")}): add their units with the bot")}");
        text.AppendLine($"  stored in: {storedIn}");
        return text.ToString();
    }
}
