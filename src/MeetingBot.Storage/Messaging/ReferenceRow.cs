using MeetingBot.Core.Messaging;

namespace MeetingBot.Storage.Messaging;

/// <summary>
/// A conversation reference as stored: its fields written out here rather than the Core record serialised as it
/// is, so that stored rows keep their shape when the record gains computed members (IsPersonal) or is refactored.
/// </summary>
internal sealed record ReferenceRow(
    string ChannelId,
    string ConversationId,
    string ServiceUrl,
    ChatParty Bot,
    ChatParty? User,
    string? TenantId,
    string? ConversationType,
    string? TeamId,
    string? Locale)
{
    public static ReferenceRow From(ConversationReference reference) => new(
        reference.ChannelId, reference.ConversationId, reference.ServiceUrl, reference.Bot, reference.User,
        reference.TenantId, reference.ConversationType, reference.TeamId, reference.Locale);

    public ConversationReference ToReference() =>
        new(ChannelId, ConversationId, ServiceUrl, Bot, User, TenantId, ConversationType, TeamId, Locale);
}
