using System.Text.Json;
using System.Text.Json.Serialization;

namespace MeetingBot.Channels.BotFramework.Schema;

/// <summary>A user or bot on a channel (Teams: "29:…" users, "28:{appId}" bots).</summary>
public sealed class ChannelAccount
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? AadObjectId { get; set; }
    public string? Role { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
