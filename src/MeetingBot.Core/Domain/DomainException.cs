namespace MeetingBot.Core.Domain;

/// <summary>Why the domain refused an action: the conversation turns each into a reply in the person's language.</summary>
public enum DomainError
{
    InvalidValue,
    NotAMember,
    NotAllowed,
    ObserverCannotEdit,
    WrongUnit,
    UnknownUnit,
    DuplicateUnit,
    UnknownContact,
    AlreadyBound,
    UnknownTask,
    MeetingInPast,
    MeetingNotPlanned,
    MeetingNotStarted,
    DeadlineInPast,
    DeadlineAfterMeeting,
    RoundAlreadyOpen,
    RoundClosed,
    DeadlinePassed,
    /// <summary>Outsiders' requests beyond their bounds (see <c>JoinLimits</c>).</summary>
    TooManyRequests,
    /// <summary>A card built from an older version would overwrite what changed since: refreshed, not applied.</summary>
    StaleVersion,
}

/// <summary>
/// A domain rule refused an action. Nothing was changed. <see cref="Error"/> says which rule, the message says
/// it plainly (in English, for logs and tests; replies are worded by the conversation from the error).
/// </summary>
public sealed class DomainException(DomainError error, string message) : Exception(message)
{
    public DomainError Error { get; } = error;
}
