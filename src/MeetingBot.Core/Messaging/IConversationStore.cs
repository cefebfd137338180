namespace MeetingBot.Core.Messaging;

/// <summary>
/// The conversations the bot is installed in or has talked in, keyed by (channel, conversation id), and found
/// again by a channel's own lookups (a person's 1:1, a conversation in a tenant), so that every instance reaches
/// what any instance has met.
/// </summary>
public interface IConversationStore
{
    /// <summary>Creates or replaces the record of this conversation.</summary>
    Task SaveAsync(StoredConversation conversation, CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates or replaces the record of this conversation and, in the same atomic change, points each of
    /// <paramref name="lookups"/> (the channel's own words, e.g. "person:29:…", "tenant:…") at it.
    /// </summary>
    Task SaveAsync(StoredConversation conversation, IReadOnlyCollection<string> lookups, CancellationToken cancellationToken = default);

    Task<StoredConversation?> FindAsync(string channel, string conversationId, CancellationToken cancellationToken = default);

    /// <summary>The conversation a lookup of the channel was last pointed at; null when none was.</summary>
    Task<StoredConversation?> FindByLookupAsync(string channel, string lookup, CancellationToken cancellationToken = default);

    /// <summary>
    /// Once per <paramref name="scope"/> (the channel code whose lookups these are) and store: points the lookups
    /// of conversations saved before lookups existed at them, <paramref name="lookupsOf"/> giving none for other
    /// channels' conversations (never over a lookup set already). Returns how many were written (0 when done before).
    /// </summary>
    Task<int> BackfillLookupsAsync(string scope, Func<StoredConversation, IReadOnlyCollection<string>> lookupsOf, CancellationToken cancellationToken = default);

    /// <summary>Every known conversation, installed or not, in no particular order.</summary>
    Task<IReadOnlyList<StoredConversation>> ListAsync(CancellationToken cancellationToken = default);
}
