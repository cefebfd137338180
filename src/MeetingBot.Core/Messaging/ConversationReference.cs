namespace MeetingBot.Core.Messaging;

/// <summary>
/// Everything needed to write into a conversation later, without an incoming message to answer (a reminder, a
/// meeting notice). Captured from authenticated incoming activities only, so its <see cref="ServiceUrl"/> can be
/// trusted with the bot's token.
/// </summary>
/// <param name="ChannelId">The channel's id: msteams, slack, webchat, emulator…</param>
/// <param name="User">The person, in a personal (1:1) conversation; null in a team channel or group chat.</param>
/// <param name="ConversationType">personal, groupChat or channel, as Teams names them; null when the channel does not say.</param>
public sealed record ConversationReference(
    string ChannelId,
    string ConversationId,
    string ServiceUrl,
    ChatParty Bot,
    ChatParty? User = null,
    string? TenantId = null,
    string? ConversationType = null,
    string? TeamId = null,
    string? Locale = null)
{
    public bool IsPersonal => ConversationType == "personal";
}
