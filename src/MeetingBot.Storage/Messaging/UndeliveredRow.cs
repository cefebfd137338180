using System.Text.Json;
using MeetingBot.Core.Messaging;

namespace MeetingBot.Storage.Messaging;

/// <summary>
/// An undelivered message as the body of its row, with when the log recorded it (what ListAsync's "since" compares).
/// Rows written before addresses were channel-neutral name the conversation by a Bot Framework reference under
/// <see cref="Conversation"/>; its channel, conversation and person are read from it.
/// </summary>
internal sealed record UndeliveredRow(
    string Id,
    string? Channel,
    string? ConversationId,
    string? Recipient,
    string Operation,
    string ActivityJson,
    string Reason,
    int Attempts,
    DateTimeOffset At,
    DateTimeOffset RecordedAt,
    JsonElement? Conversation = null)
{
    public static UndeliveredRow From(UndeliveredMessage message, DateTimeOffset recordedAt) => new(
        message.Id, message.Channel, message.ConversationId, message.Recipient, message.Operation, message.ActivityJson, message.Reason,
        message.Attempts, message.At, recordedAt);

    public UndeliveredMessage ToMessage()
    {
        if (Conversation is { ValueKind: JsonValueKind.Object } legacy)
        {
            var user = legacy.TryGetProperty("user", out var u) && u.ValueKind == JsonValueKind.Object ? ConversationRow.LegacyText(u, "id") : null;
            return new UndeliveredMessage(Id, ConversationRow.LegacyText(legacy, "channelId"), ConversationRow.LegacyText(legacy, "conversationId"),
                user is { Length: > 0 } ? user : null, Operation, ActivityJson, Reason, Attempts, At);
        }
        return new UndeliveredMessage(Id, Channel ?? "", ConversationId ?? "", Recipient, Operation, ActivityJson, Reason, Attempts, At);
    }
}
