using System.Text.Json.Nodes;

namespace MeetingBot.Channels.BotFramework.Schema;

/// <summary>The answer to an invoke activity, written as the HTTP response of the channel's POST (not sent through the Connector).</summary>
public sealed record InvokeResponse(int Status, JsonNode? Body = null)
{
    public const string CardContentType = "application/vnd.microsoft.card.adaptive";
    public const string MessageContentType = "application/vnd.microsoft.activity.message";
    public const string ErrorContentType = "application/vnd.microsoft.error";

    /// <summary>adaptiveCard/action: show this text to the user.</summary>
    public static InvokeResponse Message(string text) =>
        new(200, new JsonObject { ["statusCode"] = 200, ["type"] = MessageContentType, ["value"] = text });

    /// <summary>adaptiveCard/action: replace the card with this one.</summary>
    public static InvokeResponse Card(JsonNode card) =>
        new(200, new JsonObject { ["statusCode"] = 200, ["type"] = CardContentType, ["value"] = card });

    /// <summary>adaptiveCard/action: the action was refused, with why.</summary>
    public static InvokeResponse Error(int status, string code, string message) =>
        new(status, new JsonObject
        {
            ["statusCode"] = status,
            ["type"] = ErrorContentType,
            ["value"] = new JsonObject { ["code"] = code, ["message"] = message },
        });

    public static InvokeResponse NotImplemented { get; } = new(501);
}
