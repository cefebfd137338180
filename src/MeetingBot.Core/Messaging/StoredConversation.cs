namespace MeetingBot.Core.Messaging;

/// <summary>A conversation the bot knows, and whether it is still installed there (removal keeps the record, so sends stop).</summary>
public sealed record StoredConversation(ConversationReference Reference, bool Installed, DateTimeOffset UpdatedAt);
