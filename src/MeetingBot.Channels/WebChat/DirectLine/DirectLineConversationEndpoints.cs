using Microsoft.AspNetCore.Http;

namespace MeetingBot.Channels.WebChat.DirectLine;

/// <summary>POST /conversations (start) and GET /conversations/{id} (reconnect).</summary>
internal static class DirectLineConversationEndpoints
{
    public const int MaxLocaleLength = 20;

    /// <summary>
    /// With a token: starts the conversation it is bound to (201), or answers 200 when it was started already.
    /// Without one (local mode, see <see cref="DirectLineTokenEndpoints.GenerateAsync"/>): starts a new one for
    /// the user the body names, or a fresh dl_ user.
    /// </summary>
    public static async Task<IResult> StartAsync(
        HttpContext http, DirectLineAccess access, DirectLineTokens tokens, DirectLineConversations conversations, StreamTickets tickets)
    {
        DirectLineClaims? claims = null;
        if (DirectLineAccess.Bearer(http) is not null)
        {
            (claims, var refusal) = access.Token(http);
            if (claims is null) return refusal!;
        }

        var body = await DirectLineBodies.ObjectAsync(http);
        if (body.Problem is not null) return BadRequest(body.Problem);
        if (!DirectLineBodies.TryString(body.Value, "locale", out var locale) || locale?.Length > MaxLocaleLength)
            return BadRequest($"locale must be a language tag such as zh-CN or en-US");

        string conversationId, userId;
        string? userName;
        if (claims is not null)
        {
            (conversationId, userId, userName) = (claims.ConversationId, claims.UserId, claims.UserName);
        }
        else
        {
            (userId, userName, var problem) = DirectLineUsers.From(body.Value!);
            if (problem is not null) return BadRequest(problem);
            conversationId = DirectLineConversations.NewId();
        }

        var (conversation, created) = conversations.Start(conversationId, userId, userName, string.IsNullOrWhiteSpace(locale) ? null : locale.Trim());
        if (!string.Equals(conversation.UserId, userId, StringComparison.Ordinal))
            return DirectLineResults.Error(StatusCodes.Status403Forbidden, "Forbidden", "this token is for another user");
        var token = tokens.Issue(conversationId, userId, userName);
        var answer = DirectLineApi.Conversation(conversationId, token, tokens.Lifetime, DirectLineStream.UrlFor(http.Request, tickets, conversationId, userId));
        return DirectLineResults.Object(answer, created ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    /// <summary>
    /// Reconnecting (DirectLineJS after a dropped stream, or a page reload with a conversation id): a fresh token, and
    /// a stream URL that carries the client's watermark, so the stream resumes after it instead of replaying everything.
    /// </summary>
    public static IResult Reconnect(string id, string? watermark, HttpContext http, DirectLineAccess access, DirectLineTokens tokens, StreamTickets tickets)
    {
        var (conversation, claims, refusal) = access.Conversation(http, id);
        if (conversation is null) return refusal!;
        var token = tokens.Issue(conversation.Id, claims!.UserId, claims.UserName);
        var stream = DirectLineStream.UrlFor(http.Request, tickets, conversation.Id, conversation.UserId, watermark);
        return DirectLineResults.Object(DirectLineApi.Conversation(conversation.Id, token, tokens.Lifetime, stream));
    }

    private static IResult BadRequest(string problem) => DirectLineResults.Error(StatusCodes.Status400BadRequest, "BadArgument", problem);
}
