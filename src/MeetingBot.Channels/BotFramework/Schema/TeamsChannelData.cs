using System.Text.Json.Nodes;

namespace MeetingBot.Channels.BotFramework.Schema;

/// <summary>The parts of Teams' channelData the bot uses: the tenant everywhere, team and channel in channel conversations.</summary>
public sealed record TeamsChannelData(string? TenantId, string? TeamId, string? TeamName, string? ChannelId, string? ChannelName, string? EventType)
{
    public static TeamsChannelData From(JsonObject data) => new(
        Read(data, "tenant", "id"),
        Read(data, "team", "id"),
        Read(data, "team", "name"),
        Read(data, "channel", "id"),
        Read(data, "channel", "name"),
        data["eventType"] is JsonValue value && value.TryGetValue(out string? eventType) ? eventType : null);

    private static string? Read(JsonObject data, string parent, string field) =>
        data[parent] is JsonObject node && node[field] is JsonValue value && value.TryGetValue(out string? text) ? text : null;
}
