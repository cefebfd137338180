using System.Text.Json;
using MeetingBot.Core.Messaging;

namespace MeetingBot.Storage.Messaging;

/// <summary>
/// A stored conversation as the body of its row: channel, conversation id, the channel's own address (opaque here),
/// installed, last seen.
/// </summary>
/// <remarks>
/// Rows written before addresses were channel-neutral hold a Bot Framework reference under <see cref="Reference"/>
/// (channelId, conversationId, serviceUrl, …) and <see cref="UpdatedAt"/>: they are read as that channel's address,
/// which has the very same JSON shape, so conversations stored then keep working.
/// </remarks>
internal sealed record ConversationRow(
    string? Channel,
    string? ConversationId,
    string? Address,
    bool Installed,
    DateTimeOffset? LastSeen,
    JsonElement? Reference = null,
    DateTimeOffset? UpdatedAt = null)
{
    public static ConversationRow From(StoredConversation conversation) =>
        new(conversation.Channel, conversation.ConversationId, conversation.Address, conversation.Installed, conversation.LastSeen);

    public StoredConversation ToConversation(string partitionKey, string rowKey)
    {
        if (Reference is { ValueKind: JsonValueKind.Object } legacy)
            return new StoredConversation(LegacyText(legacy, "channelId"), LegacyText(legacy, "conversationId"), legacy.GetRawText(),
                Installed, UpdatedAt ?? DateTimeOffset.MinValue);
        if (Channel is null || ConversationId is null || Address is null || LastSeen is null)
            throw new InvalidDataException($"Row '{rowKey}' of '{partitionKey}' is not a stored conversation: channel, conversationId, address or lastSeen is missing.");
        return new StoredConversation(Channel, ConversationId, Address, Installed, LastSeen.Value);
    }

    internal static string LegacyText(JsonElement reference, string name) =>
        reference.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";
}
