using System.Globalization;
using System.Text;
using MeetingBot.Core.Policy.Model;

namespace MeetingBot.Host.Cli;

// The readable form of `policy parse`: the header, the joint meeting, then one line per task indented by level.
internal static class PolicySummary
{
    public static string Render(PolicyDocument document)
    {
        var text = new StringBuilder();
        text.AppendLine($"title:  {document.Title}");
        text.AppendLine($"issuer: {document.Issuer ?? "-"}");
        text.AppendLine($"date:   {Format(document.Date) ?? "-"}");
        if (document.DocumentNumber is not null) text.AppendLine($"number: {document.DocumentNumber}");
        AppendJointMeeting(text, document.JointMeeting);

        text.AppendLine($"tasks ({document.Tasks.Count}):");
        foreach (var task in document.Tasks)
        {
            text.AppendLine(TaskLine(task));
        }

        if (document.DocumentTargets.Count > 0)
        {
            text.AppendLine($"targets outside numbered items: {string.Join("; ", document.DocumentTargets.Select(TargetText))}");
        }

        foreach (var warning in document.Warnings)
        {
            text.AppendLine($"warning: line {warning.Line}: {warning.Message}");
        }

        return text.ToString().TrimEnd();
    }

    private static void AppendJointMeeting(StringBuilder text, JointMeetingClause? meeting)
    {
        if (meeting is null)
        {
            text.AppendLine("joint meeting: none found");
            return;
        }

        var kind = meeting.Kind == JointMeetingKind.JointMeeting ? "joint meeting" : "coordination mechanism";
        var where = meeting.TaskPath is { Count: > 0 } path ? $"task {string.Join(".", path)}, " : "";
        text.AppendLine($"{kind}: {meeting.Name ?? "-"} ({where}line {meeting.Line})");
        text.AppendLine($"  convenor: {meeting.Convenor ?? "-"}");
        if (meeting.ViceConvenors.Count > 0) text.AppendLine($"  vice-convenors: {Join(meeting.ViceConvenors)}");
        text.AppendLine($"  members: {Join(meeting.Members)}");
        if (meeting.Office is not null) text.AppendLine($"  office: {meeting.Office}{(meeting.OfficeHead is { } head ? $" (head: {head})" : "")}");
        if (meeting.LiaisonOfficers.Count > 0 || meeting.LiaisonRule is not null)
            text.AppendLine($"  liaison officers: {(meeting.LiaisonOfficers.Count > 0 ? Join(meeting.LiaisonOfficers) : meeting.LiaisonRule)}");
        text.AppendLine($"  meetings a year: {(meeting.MinMeetingsPerYear is { } min ? $"at least {min}" : "not stated")}");
        text.AppendLine($"  members report: {(meeting.MembersReport ? "yes" : "not stated")}");
    }

    private static string TaskLine(PolicyTask task)
    {
        var line = new StringBuilder();
        line.Append(' ', 2 * task.Level).Append(task.PathText).Append(' ').Append(task.Title);
        line.Append("  [").Append(AssignmentLabel(task.Assignment)).Append(']');

        if (task.Lead.Count > 0 || task.Responsible.Count > 0)
        {
            line.Append(' ').Append(Join(task.Lead));
            if (task.Responsible.Count > 0)
            {
                line.Append(" → ").Append(Join(task.Responsible));
            }
        }

        if (task.Targets.Count > 0)
        {
            line.Append("  targets: ").Append(string.Join("; ", task.Targets.Select(TargetText)));
        }

        return line.ToString();
    }

    private static string AssignmentLabel(UnitAssignment assignment) => assignment switch
    {
        UnitAssignment.None => "no units",
        UnitAssignment.Explicit => "lead named",
        UnitAssignment.FirstListed => "first listed leads",
        UnitAssignment.Inferred => "inferred",
        _ => assignment.ToString(),
    };

    // The deadline is printed as a date, not "by": "from" wording (自2020年起) also yields a deadline.
    private static string TargetText(PolicyTarget target)
    {
        var when = Format(target.Deadline) ?? target.DeadlineText;
        var what = target.Value ?? target.Text;
        return when is null ? what : $"{what} ({when})";
    }

    private static string? Format(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Join(IReadOnlyList<string> names) => names.Count == 0 ? "-" : string.Join("、", names);
}
