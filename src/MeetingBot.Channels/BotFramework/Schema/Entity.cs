using System.Text.Json;
using System.Text.Json.Serialization;

namespace MeetingBot.Channels.BotFramework.Schema;

/// <summary>
/// Metadata attached to an activity. Only mentions are typed (<see cref="Mentioned"/> and <see cref="Text"/> are
/// null for other types); the rest of any entity is kept as it came.
/// </summary>
public sealed class Entity
{
    public const string MentionType = "mention";

    public string? Type { get; set; }
    public ChannelAccount? Mentioned { get; set; }
    public string? Text { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
