using MeetingBot.Core.Domain.Accounts;

namespace MeetingBot.Core.Conversation;

/// <summary>
/// What the bot remembers of a person between messages (the joint meeting they chose in their 1:1, where a long
/// answer goes on), in the store: the next message may reach another instance, or this one after a restart.
/// </summary>
public interface IPersonMemory
{
    /// <summary>The value remembered under <paramref name="name"/> for this person; null when none is.</summary>
    Task<string?> RecallAsync(ChatAccount person, string name, CancellationToken cancellationToken = default);

    /// <summary>Remembers <paramref name="value"/> under <paramref name="name"/>; null forgets it.</summary>
    Task RememberAsync(ChatAccount person, string name, string? value, CancellationToken cancellationToken = default);
}
