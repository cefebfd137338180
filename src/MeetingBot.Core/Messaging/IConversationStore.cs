namespace MeetingBot.Core.Messaging;

/// <summary>The conversations the bot is installed in or has talked in, keyed by (channel, conversation id).</summary>
public interface IConversationStore
{
    /// <summary>Creates or replaces the record of this conversation.</summary>
    Task SaveAsync(StoredConversation conversation, CancellationToken cancellationToken = default);

    Task<StoredConversation?> FindAsync(string channel, string conversationId, CancellationToken cancellationToken = default);

    /// <summary>Every known conversation, installed or not, in no particular order.</summary>
    Task<IReadOnlyList<StoredConversation>> ListAsync(CancellationToken cancellationToken = default);
}
