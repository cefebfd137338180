using Microsoft.AspNetCore.Http;

namespace MeetingBot.Channels.WebChat.DirectLine;

/// <summary>What a call may touch, by its bearer token: a missing token is 401, a forged, malformed or expired one 403.</summary>
public sealed class DirectLineAccess(DirectLineTokens tokens, DirectLineConversations conversations)
{
    /// <summary>The bearer token as written, or null when the call has none.</summary>
    public static string? Bearer(HttpContext http)
    {
        var header = http.Request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        return header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) ? header[scheme.Length..].Trim() : null;
    }

    /// <summary>The token's claims, or the refusal to answer with.</summary>
    public (DirectLineClaims? Claims, IResult? Refusal) Token(HttpContext http)
    {
        var check = tokens.Check(Bearer(http));
        return check.Status switch
        {
            TokenStatus.Valid => (check.Claims, null),
            TokenStatus.Missing => (null, Refuse(http, StatusCodes.Status401Unauthorized, "MissingToken", "this call needs Authorization: Bearer <token> (from POST /v3/directline/tokens/generate or /webchat/session)")),
            TokenStatus.Expired => (null, DirectLineResults.Error(StatusCodes.Status403Forbidden, "TokenExpired", "the token has expired; start a new session")),
            _ => (null, DirectLineResults.Error(StatusCodes.Status403Forbidden, "TokenInvalid", "the token is not valid")),
        };
    }

    /// <summary>
    /// The conversation <paramref name="id"/> when the token is for it. Another conversation's id is refused
    /// (403) before looking it up, so a token cannot even learn which conversations exist.
    /// </summary>
    public (DirectLineConversation? Conversation, DirectLineClaims? Claims, IResult? Refusal) Conversation(HttpContext http, string id)
    {
        var (claims, refusal) = Token(http);
        if (claims is null) return (null, null, refusal);
        if (!string.Equals(claims.ConversationId, id, StringComparison.Ordinal))
            return (null, null, DirectLineResults.Error(StatusCodes.Status403Forbidden, "Forbidden", "this token is for another conversation"));
        var conversation = conversations.Find(id);
        if (conversation is null)
            return (null, null, DirectLineResults.Error(StatusCodes.Status404NotFound, "NotFound", "the conversation does not exist (not started, or ended when the bot restarted)"));
        if (!string.Equals(conversation.UserId, claims.UserId, StringComparison.Ordinal))
            return (null, null, DirectLineResults.Error(StatusCodes.Status403Forbidden, "Forbidden", "this token is for another user"));
        return (conversation, claims, null);
    }

    private static IResult Refuse(HttpContext http, int status, string code, string message)
    {
        http.Response.Headers.WWWAuthenticate = "Bearer";
        return DirectLineResults.Error(status, code, message);
    }
}
