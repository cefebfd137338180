using MeetingBot.Core.Domain.Accounts;

namespace MeetingBot.Core.Domain.JointMeetings;

/// <summary>
/// A chat account as one joint meeting sees it: its approved role and unit, or none (a stranger, or a contact still
/// waiting for approval). Every action is checked here, so the rules read the same wherever they are enforced.
/// </summary>
public sealed record Participant(ChatAccount Account, ContactRole? Role, string? UnitId)
{
    public bool IsManager => Account.IsSystem || Role is ContactRole.Convenor or ContactRole.Secretariat;

    public bool IsMember => Account.IsSystem || Role is not null;

    /// <summary>Convenor and secretariat only: membership, meetings, reporting rounds.</summary>
    public void RequireManager(string action)
    {
        if (IsManager)
            return;
        if (!IsMember)
            throw new DomainException(DomainError.NotAMember,
                $"{Account} is not an approved contact of this joint meeting; only the convenor or the secretariat can {action}.");
        if (Role == ContactRole.Observer)
            throw new DomainException(DomainError.ObserverCannotEdit, $"An observer only reads; the convenor or the secretariat can {action}.");
        throw new DomainException(DomainError.NotAllowed, $"Only the convenor or the secretariat can {action}.");
    }

    /// <summary>Acting for a member unit (reports, attendance): that unit's own contacts only.</summary>
    public void RequireActingFor(MemberUnit unit, string action)
    {
        if (Account.IsSystem)
            return;
        if (!IsMember)
            throw new DomainException(DomainError.NotAMember,
                $"{Account} is not an approved contact of this joint meeting; the contacts of {unit.Name} can {action}.");
        if (Role == ContactRole.Observer)
            throw new DomainException(DomainError.ObserverCannotEdit, $"An observer only reads; the contacts of {unit.Name} can {action}.");
        if (UnitId != unit.Id)
            throw new DomainException(DomainError.WrongUnit, $"{Account} acts for another unit; only the contacts of {unit.Name} can {action}.");
    }
}
