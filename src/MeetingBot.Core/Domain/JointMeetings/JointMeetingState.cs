using MeetingBot.Core.Domain.Reminders;

namespace MeetingBot.Core.Domain.JointMeetings;

/// <summary>What is stored of a joint meeting. Only <see cref="JointMeeting"/> changes it, under its rules.</summary>
public sealed record JointMeetingState(
    string Id,
    string Name,
    string? Jurisdiction,
    IReadOnlyList<PolicySource> Sources,
    string? Convenor,
    string? SecretariatUnitId,
    IReadOnlyList<MemberUnit> Units,
    IReadOnlyList<Contact> Contacts,
    IReadOnlyList<AssignedTask> Tasks,
    int MinMeetingsPerYear,
    string TimeZoneId,
    string Language,
    DateTimeOffset CreatedAt,
    int NextUnitNumber,
    IReadOnlyList<BoundConversation>? Conversations = null,
    ReminderCalendarSettings? ReminderCalendar = null,
    IReadOnlyList<TaskCorrection>? TaskCorrections = null)
{
    /// <summary>The convenor's corrections of the imported tasks, kept so that a re-import of the document keeps them.</summary>
    public IReadOnlyList<TaskCorrection> Corrections => TaskCorrections ?? [];

    /// <summary>States stored before conversations could be bound read as having none.</summary>
    public IReadOnlyList<BoundConversation> BoundConversations => Conversations ?? [];

    /// <summary>States stored before reminder calendars could be set read as the official calendar with nothing added.</summary>
    public ReminderCalendarSettings ReminderCalendarSettings => ReminderCalendar ?? ReminderCalendarSettings.Default;
}
