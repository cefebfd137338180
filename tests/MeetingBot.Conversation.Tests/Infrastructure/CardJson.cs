using System.Text.Json.Nodes;
using MeetingBot.Channels.BotFramework.Rendering;
using MeetingBot.Core.Conversation.Cards;

namespace MeetingBot.Conversation.Tests.Infrastructure;

/// <summary>Cards as Teams and the web chat get them: rendered by the channels' Adaptive Card renderer.</summary>
public static class CardJson
{
    public static JsonObject Json(this Card card) => AdaptiveCardRenderer.Render(card);

    public static JsonObject Json(this CardElement element) => (JsonObject)Card.Create([element]).Json()["body"]![0]!.DeepClone();

    public static JsonObject Json(this CardAction action) => (JsonObject)Card.Create([], [action]).Json()["actions"]![0]!.DeepClone();

    /// <summary>A submission as a client would post it: the button's data, as JSON.</summary>
    public static JsonObject Json(this CardSubmission submission) => new([.. submission.Fields.Select(f => KeyValuePair.Create(f.Key, (JsonNode?)f.Value))]);
}
