using System.Text.Json.Nodes;

namespace MeetingBot.Channels.BotFramework.Schema;

/// <summary>The body of "create conversation": in Teams, a 1:1 with a user needs the bot, the user and the tenant.</summary>
public sealed class ConversationParameters
{
    public bool? IsGroup { get; set; }
    public ChannelAccount? Bot { get; set; }
    public List<ChannelAccount>? Members { get; set; }
    public string? TopicName { get; set; }
    public string? TenantId { get; set; }
    public Activity? Activity { get; set; }
    public JsonNode? ChannelData { get; set; }
}

/// <summary>The Connector's answer to "create conversation".</summary>
public sealed class ConversationResourceResponse
{
    public string? Id { get; set; }
    public string? ActivityId { get; set; }
    public string? ServiceUrl { get; set; }
}
