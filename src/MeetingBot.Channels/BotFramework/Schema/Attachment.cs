using System.Text.Json.Nodes;

namespace MeetingBot.Channels.BotFramework.Schema;

/// <summary>A card or file attached to an activity; for an Adaptive Card, content is the card's JSON.</summary>
public sealed class Attachment
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    public string? ContentType { get; set; }
    public JsonNode? Content { get; set; }
    public string? ContentUrl { get; set; }
    public string? Name { get; set; }

    public static Attachment AdaptiveCard(JsonNode card) => new() { ContentType = AdaptiveCardContentType, Content = card };
}
