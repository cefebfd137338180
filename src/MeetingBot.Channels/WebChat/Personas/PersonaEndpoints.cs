using System.Text.Json.Nodes;
using MeetingBot.Channels.WebChat.DirectLine;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Domain.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MeetingBot.Channels.WebChat.Personas;

/// <summary>
/// The local page's sessions: <c>GET /webchat/personas</c> lists every joint meeting with who one can be in it;
/// <c>POST /webchat/session</c> {jointMeetingId, persona, locale} prepares that persona and returns a Direct Line
/// token for a new conversation of theirs. Loopback callers only.
/// </summary>
public static class PersonaEndpoints
{
    public const string Base = "/webchat";
    private static readonly string[] Locales = ["zh-CN", "en-US"];

    public static RouteGroupBuilder MapWebChatPersonas(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Base).AddEndpointFilter<LoopbackOnly>();
        group.MapGet("/personas", ListAsync);
        group.MapPost("/session", StartAsync);
        return group;
    }

    // The local demo page lists every joint meeting's personas, so it reads their records (the directory keeps ids and names).
    private static async Task<IResult> ListAsync(IJointMeetingStore store, CancellationToken cancellationToken)
    {
        var list = new JsonArray();
        foreach (var jointMeeting in (await store.ListAsync(cancellationToken)).Select(v => v.Value).OrderBy(j => j.Id, StringComparer.Ordinal))
        {
            var personas = new JsonArray();
            foreach (var persona in Persona.Of(jointMeeting))
                personas.Add(new JsonObject
                {
                    ["id"] = persona.Id, ["label"] = persona.Label, ["labelEn"] = persona.LabelEn,
                    // The page's example buttons: only what this persona may do (a bystander is not offered 安排会议).
                    ["examples"] = new JsonArray([.. Replies.ExamplesFor(Lang.Zh, persona.Role).Select(e => (JsonNode)e)]),
                    ["examplesEn"] = new JsonArray([.. Replies.ExamplesFor(Lang.En, persona.Role).Select(e => (JsonNode)e)]),
                });
            list.Add(new JsonObject { ["id"] = jointMeeting.Id, ["name"] = jointMeeting.Name, ["personas"] = personas });
        }
        return DirectLineResults.Object(new JsonObject { ["jointMeetings"] = list });
    }

    private static async Task<IResult> StartAsync(HttpContext http, PersonaSessions sessions, DirectLineConversations conversations, DirectLineTokens tokens)
    {
        var body = await DirectLineBodies.ObjectAsync(http);
        if (body.Problem is not null) return BadRequest(body.Problem);
        if (!DirectLineBodies.TryString(body.Value, "jointMeetingId", out var jointMeetingId) || string.IsNullOrWhiteSpace(jointMeetingId))
            return BadRequest("jointMeetingId is required (a joint meeting id, e.g. demo-002)");
        if (!DirectLineBodies.TryString(body.Value, "persona", out var personaId) || string.IsNullOrWhiteSpace(personaId))
            return BadRequest("persona is required (convenor, bystander or unit:<unit id>)");
        if (!DirectLineBodies.TryString(body.Value, "locale", out var locale) || (locale is not null && !Locales.Contains(locale)))
            return BadRequest("locale must be zh-CN or en-US");

        var session = await sessions.PrepareAsync(jointMeetingId, personaId, http.RequestAborted);
        if (session.Account is not { } account) return BadRequest(session.Problem!);

        // Started here rather than by the page's POST /conversations, so that notices reach the persona at once.
        var conversationId = DirectLineConversations.NewId();
        conversations.Start(conversationId, account.AccountId, account.DisplayName, locale ?? "zh-CN");
        return DirectLineResults.Object(new JsonObject
        {
            ["token"] = tokens.Issue(conversationId, account.AccountId, account.DisplayName),
            ["conversationId"] = conversationId,
            ["expires_in"] = (int)tokens.Lifetime.TotalSeconds,
            ["user"] = new JsonObject { ["id"] = account.AccountId, ["name"] = account.DisplayName },
        });
    }

    private static IResult BadRequest(string problem) => DirectLineResults.Error(StatusCodes.Status400BadRequest, "BadArgument", problem);
}
