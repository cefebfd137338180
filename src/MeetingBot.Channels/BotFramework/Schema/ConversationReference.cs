using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using MeetingBot.Core.Messaging;

namespace MeetingBot.Channels.BotFramework.Schema;

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
    private static readonly JsonSerializerOptions AddressJson = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    [JsonIgnore]
    public bool IsPersonal => ConversationType == "personal";

    /// <summary>
    /// The reference as the opaque address the store keeps (<see cref="StoredConversation.Address"/>). Its JSON is the
    /// shape rows had when the store kept references itself, so rows written then read as addresses now.
    /// </summary>
    public string ToAddress() => JsonSerializer.Serialize(this, AddressJson);

    /// <summary>The reference a stored address holds; null when it is not one (another channel's, or damaged).</summary>
    public static ConversationReference? FromAddress(string address)
    {
        try
        {
            var reference = JsonSerializer.Deserialize<ConversationReference>(address, AddressJson);
            return reference is { ChannelId.Length: > 0, ConversationId.Length: > 0, ServiceUrl: not null, Bot: not null } ? reference : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public StoredConversation ToStored(bool installed, DateTimeOffset lastSeen) => new(ChannelId, ConversationId, ToAddress(), installed, lastSeen);
}
