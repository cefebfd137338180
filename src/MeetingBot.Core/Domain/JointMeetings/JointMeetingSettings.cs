namespace MeetingBot.Core.Domain.JointMeetings;

/// <summary>What a convenor chooses when creating a joint meeting; the rest comes from the policy document.</summary>
public sealed record JointMeetingSettings(
    string Id,
    string Name,
    string? Jurisdiction = null,
    string? Convenor = null,
    int MinMeetingsPerYear = JointMeetingSettings.DefaultMinMeetingsPerYear,
    string TimeZoneId = JointMeetingSettings.DefaultTimeZoneId,
    string Language = JointMeetingSettings.DefaultLanguage)
{
    public const int DefaultMinMeetingsPerYear = 2;
    public const string DefaultTimeZoneId = "Asia/Shanghai";
    public const string DefaultLanguage = "zh-CN";
}
