namespace MeetingBot.Core.Messaging;

/// <summary>
/// A conversation the bot knows, so that it can write there later (a reminder, a notice) without a message to answer.
/// </summary>
/// <param name="Channel">The channel's id: msteams, webchat, slack…</param>
/// <param name="ConversationId">The conversation's id on that channel.</param>
/// <param name="Address">
/// Everything else the channel needs to write there (for Teams its serviceUrl, tenant, the bot's and the person's
/// ids), in the channel's own format: opaque here and to the store, read only by that channel's code.
/// </param>
/// <param name="Installed">False once the bot was removed there: the record is kept, and sends stop.</param>
/// <param name="LastSeen">When the channel last told the bot about this conversation.</param>
public sealed record StoredConversation(string Channel, string ConversationId, string Address, bool Installed, DateTimeOffset LastSeen);
