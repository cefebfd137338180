namespace MeetingBot.Core.Messaging;

/// <summary>
/// A message the bot gave up sending after its retries, kept with the reason so that nothing is dropped silently
/// and the secretariat can be told.
/// </summary>
/// <param name="Operation">What was attempted: reply, send, update, delete, create-conversation.</param>
/// <param name="ActivityJson">The activity as it would have gone on the wire (JSON).</param>
/// <param name="Reason">Why it failed in plain words, e.g. "HTTP 403 ConversationBlockedByUser: …".</param>
public sealed record UndeliveredMessage(
    string Id,
    ConversationReference Conversation,
    string Operation,
    string ActivityJson,
    string Reason,
    int Attempts,
    DateTimeOffset At);
