using MeetingBot.Channels.BotFramework.Schema;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace MeetingBot.Channels.WebChat.DirectLine;

/// <summary>GET and POST /conversations/{id}/activities.</summary>
internal static class DirectLineActivityEndpoints
{
    /// <summary>The event a Web Chat page sends when it has connected (see app.js).</summary>
    public const string JoinEvent = "webchat/join";

    /// <summary>The activities after the watermark (DirectLineJS polls this every second when not on a socket).</summary>
    public static IResult Get(string id, string? watermark, HttpContext http, DirectLineAccess access)
    {
        var (conversation, _, refusal) = access.Conversation(http, id);
        if (conversation is null) return refusal!;
        return DirectLineResults.ActivitySet(conversation.Log.After(watermark));
    }

    /// <summary>
    /// Echoes the user's activity into the log (with a server id and timestamp, its clientActivityID kept: Web
    /// Chat marks a message sent when it sees it come back), then lets the bot answer; returns the echo's id.
    /// A refused activity is not appended.
    /// </summary>
    public static async Task<IResult> PostAsync(string id, HttpContext http, DirectLineAccess access, WebChatBot bot, TimeProvider time, ILoggerFactory logs)
    {
        var (conversation, _, refusal) = access.Conversation(http, id);
        if (conversation is null) return refusal!;
        if (!IsJson(http.Request.ContentType))
            return Bad(logs, StatusCodes.Status415UnsupportedMediaType, "UnsupportedMediaType", "the body must be an activity in JSON (Content-Type: application/json)");

        var read = await DirectLineBodies.ActivityAsync(http);
        if (read.Value is not { } activity) return Bad(logs, StatusCodes.Status400BadRequest, "BadArgument", read.Problem!);
        // Typing is not kept (Direct Line sends it over the socket only) and the bot does not care. An empty
        // object rather than 204: DirectLineJS reads .id of the answer.
        if (activity.Type == "typing") return DirectLineResults.Object([]);
        if (activity.Type == ActivityTypes.Message && Problem(activity) is { } problem)
            return Bad(logs, StatusCodes.Status400BadRequest, "BadArgument", problem);

        var echoed = conversation.Log.Append(WebChatActivities.Echo(conversation, activity, time.GetUtcNow()));
        // Events are kept for the record; only messages, and the first join, are the bot's business.
        // Not cancelled with the request: the echo says "sent", so a page closed mid-turn still gets its answer
        // in the log (and its change made whole), to read on its return.
        // Past the echo the post has succeeded: a turn that fails after it is logged, never turned into a 500 that
        // would make the page send the message again.
        // The page's join event (sent once it is connected) is the person's first contact: the bot greets them with
        // what they can do here, once per conversation (Direct Line's conversationUpdate, as Web Chat pages send it).
        var greets = activity.Type == "event" && activity.Name == JoinEvent && conversation.TryGreet();
        if (activity.Type == ActivityTypes.Message || greets)
        {
            try
            {
                if (greets) await bot.GreetAsync(conversation, activity, echoed, CancellationToken.None);
                else await bot.AnswerAsync(conversation, activity, echoed, CancellationToken.None);
            }
            catch (Exception e)
            {
                Log.TurnFailed(logs.CreateLogger(typeof(DirectLineActivityEndpoints).FullName!), conversation.Id, e);
            }
        }

        return DirectLineResults.Object(new() { ["id"] = echoed });
    }

    private static string? Problem(Activity message)
    {
        if (message.Attachments is { Count: > 0 })
            return "attachments are not supported here (the web chat takes text and card actions)";
        if (string.IsNullOrWhiteSpace(message.Text) && message.Value is not System.Text.Json.Nodes.JsonObject)
            return "the message has neither text nor a card's value (a JSON object, an Action.Submit's data)";
        return null;
    }

    private static IResult Bad(ILoggerFactory logs, int status, string code, string message)
    {
        Log.BadRequest(logs.CreateLogger(typeof(DirectLineActivityEndpoints).FullName!), message);
        return DirectLineResults.Error(status, code, message);
    }

    private static bool IsJson(string? contentType) =>
        contentType is not null && contentType.Split(';')[0].Trim().Equals("application/json", StringComparison.OrdinalIgnoreCase);
}
