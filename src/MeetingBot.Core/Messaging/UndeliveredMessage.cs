namespace MeetingBot.Core.Messaging;

/// <summary>
/// A message the bot gave up sending after its retries, kept with the reason so that nothing is dropped silently
/// and the secretariat can be told.
/// </summary>
/// <param name="Channel">The channel it was for: msteams, webchat, slack…</param>
/// <param name="ConversationId">The conversation it was for; empty when none could be opened.</param>
/// <param name="Recipient">The person it was for, in a 1:1 (the channel's id of them), or null.</param>
/// <param name="Operation">What was attempted: reply, send, update, delete, create-conversation.</param>
/// <param name="ActivityJson">The message as it would have gone on the wire (JSON).</param>
/// <param name="Reason">Why it failed in plain words, e.g. "HTTP 403 ConversationBlockedByUser: …".</param>
public sealed record UndeliveredMessage(
    string Id,
    string Channel,
    string ConversationId,
    string? Recipient,
    string Operation,
    string ActivityJson,
    string Reason,
    int Attempts,
    DateTimeOffset At);
