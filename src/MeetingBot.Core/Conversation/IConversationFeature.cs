namespace MeetingBot.Core.Conversation;

/// <summary>
/// One area of what people can do in chat (set-up, membership, meetings, reporting, questions). The handler
/// offers each message to the features in order; the first that recognises it answers it.
/// </summary>
public interface IConversationFeature
{
    /// <summary>The commands of this feature, for help; each says who may use it.</summary>
    IEnumerable<CommandHelp> Commands { get; }

    /// <summary>Answers the message and returns true, or returns false (having changed nothing) when it is not for this feature.</summary>
    Task<bool> TryHandleAsync(ConversationTurn turn, CancellationToken cancellationToken);
}

/// <summary>Who may use a command: help lists a person's commands by their role in the joint meeting.</summary>
public enum Audience
{
    Anyone,
    /// <summary>Approved contacts of any role, observers included.</summary>
    Members,
    UnitContacts,
    /// <summary>Convenor and secretariat.</summary>
    Managers,
}

/// <summary>A command as help shows it: how to say it in each language, with an example, and who may.</summary>
public sealed record CommandHelp(Audience Audience, string UsageZh, string UsageEn, string DescriptionZh, string DescriptionEn);
