using MeetingBot.Core.Domain.Accounts;

namespace MeetingBot.Core.Domain.JointMeetings;

/// <summary>A chat account bound to a joint meeting with a role, and (for a unit contact) to one member unit.</summary>
public sealed record Contact(
    ChatAccount Account,
    string? UnitId,
    ContactRole Role,
    ContactStatus Status,
    DateTimeOffset RequestedAt,
    ChatAccount? DecidedBy = null);
