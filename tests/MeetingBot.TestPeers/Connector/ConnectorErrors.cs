using System.Text.Json.Nodes;

namespace MeetingBot.TestPeers.Connector;

/// <summary>The Bot Framework ErrorResponse body, and the code Teams uses for each status when the test names none.</summary>
internal static class ConnectorErrors
{
    public static string Body(string code, string message) =>
        new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } }.ToJsonString();

    public static string DefaultCode(int status) => status switch
    {
        400 => "BadArgument",
        401 => "BotNotRegistered",
        403 => "BotNotInConversationRoster",
        404 => "NotFound",
        405 => "MethodNotAllowed",
        412 => "PreconditionFailed",
        413 => "MessageSizeTooBig",
        429 => "Throttled",
        500 => "ServiceError",
        502 => "BadGateway",
        503 => "ServiceUnavailable",
        504 => "GatewayTimeout",
        _ => "Error",
    };
}
