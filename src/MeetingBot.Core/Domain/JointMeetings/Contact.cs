using MeetingBot.Core.Domain.Accounts;

namespace MeetingBot.Core.Domain.JointMeetings;

/// <summary>A chat account bound to a joint meeting with a role, and (for a unit contact) to one member unit.</summary>
/// <param name="Asks">While pending: when this account asked (or changed what it asks for) within the last day; see <see cref="JoinLimits"/>.</param>
public sealed record Contact(
    ChatAccount Account,
    string? UnitId,
    ContactRole Role,
    ContactStatus Status,
    DateTimeOffset RequestedAt,
    ChatAccount? DecidedBy = null,
    IReadOnlyList<DateTimeOffset>? Asks = null)
{
    public int AsksSince(DateTimeOffset since) => Asks?.Count(t => t > since) ?? (RequestedAt > since ? 1 : 0);
}
