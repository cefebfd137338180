using System.Text.Json;
using System.Text.Json.Serialization;

namespace MeetingBot.Channels.BotFramework.Schema;

/// <summary>The conversation an activity belongs to; Teams adds its type (personal, groupChat, channel) and tenant.</summary>
public sealed class ConversationAccount
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public bool? IsGroup { get; set; }
    public string? ConversationType { get; set; }
    public string? TenantId { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
