using System.Globalization;

namespace MeetingBot.Core.Domain.Reminders;

/// <summary>What reminders are about and their kinds, as the keys spell them: "round:r1", "meeting:m1", "year:2026", "target:二.3#1".</summary>
public static class ReminderSubjects
{
    public const string Managers = "managers";

    public const string RoundPrefix = "round:";
    public const string MeetingPrefix = "meeting:";
    public const string YearPrefix = "year:";
    public const string TargetPrefix = "target:";

    public const string Before7 = "before-7";
    public const string Before1 = "before-1";
    public const string JulyCheck = "july-check";
    public const string OctoberCheck = "october-check";
    public const string Within60 = "within-60";

    public static string Round(string roundId) => RoundPrefix + roundId;
    public static string Meeting(string meetingId) => MeetingPrefix + meetingId;
    public static string Year(int year) => YearPrefix + year.ToString(CultureInfo.InvariantCulture);
    public static string Target(string taskId, int number) => $"{TargetPrefix}{taskId}#{number.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The id after the prefix, or null when the subject is of another kind.</summary>
    public static string? IdOf(string subject, string prefix) =>
        subject.StartsWith(prefix, StringComparison.Ordinal) ? subject[prefix.Length..] : null;

    /// <summary>"target:二.3#2" → ("二.3", 2): the task id and the target's number within it (from 1).</summary>
    public static (string TaskId, int Number)? TargetOf(string subject)
    {
        if (IdOf(subject, TargetPrefix) is not { } rest) return null;
        var hash = rest.LastIndexOf('#');
        return hash > 0 && int.TryParse(rest[(hash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? (rest[..hash], n)
            : null;
    }
}
