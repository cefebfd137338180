namespace MeetingBot.Channels.BotFramework.Schema;

/// <summary>One side of a conversation as the channel names it (a Teams "29:…" user, the bot's "28:…" id).</summary>
public sealed record ChatParty(string Id, string? Name = null, string? AadObjectId = null);
