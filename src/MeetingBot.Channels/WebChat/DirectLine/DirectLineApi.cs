using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MeetingBot.Channels.WebChat.DirectLine;

/// <summary>
/// The part of the Direct Line 3.0 API that botframework-directlinejs (inside Web Chat) uses, under
/// <see cref="Base"/>: tokens, start and reconnect, get activities from a watermark (polling) or the WebSocket stream, post an activity.
/// Loopback callers only. DirectLineJS sends an x-ms-bot-agent header on every call: same origin, so nothing to
/// allow; it is simply not read.
/// </summary>
public static class DirectLineApi
{
    public const string Base = "/v3/directline";

    public static RouteGroupBuilder MapDirectLine(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Base).AddEndpointFilter<LoopbackOnly>();
        group.MapPost("/tokens/generate", DirectLineTokenEndpoints.GenerateAsync);
        group.MapPost("/tokens/refresh", DirectLineTokenEndpoints.Refresh);
        group.MapPost("/conversations", DirectLineConversationEndpoints.StartAsync);
        group.MapGet("/conversations/{id}", DirectLineConversationEndpoints.Reconnect);
        group.MapGet("/conversations/{id}/activities", DirectLineActivityEndpoints.Get);
        group.MapPost("/conversations/{id}/activities", DirectLineActivityEndpoints.PostAsync);
        group.MapPost("/conversations/{id}/upload", DirectLineUploadEndpoint.PostAsync).DisableAntiforgery();
        group.MapGet("/conversations/{id}/stream", DirectLineStream.AcceptAsync);
        return group;
    }

    /// <summary><c>{conversationId, token, expires_in, streamUrl}</c>, as token and conversation calls answer.</summary>
    internal static JsonObject Conversation(string conversationId, string token, TimeSpan lifetime, string? streamUrl = null)
    {
        var body = new JsonObject
        {
            ["conversationId"] = conversationId,
            ["token"] = token,
            ["expires_in"] = (int)lifetime.TotalSeconds,
        };
        if (streamUrl is not null) body["streamUrl"] = streamUrl;
        return body;
    }
}
