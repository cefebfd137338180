using Microsoft.AspNetCore.Http;

namespace MeetingBot.Channels.WebChat.DirectLine;

/// <summary>POST /tokens/generate and /tokens/refresh.</summary>
internal static class DirectLineTokenEndpoints
{
    /// <summary>
    /// A token for a new conversation (not started until POST /conversations). Local mode has no Direct Line
    /// secret: being on this machine is the credential, as for /api/messages without a MicrosoftAppId.
    /// </summary>
    public static async Task<IResult> GenerateAsync(HttpContext http, DirectLineTokens tokens)
    {
        var body = await DirectLineBodies.ObjectAsync(http);
        if (body.Problem is not null) return DirectLineResults.Error(StatusCodes.Status400BadRequest, "BadArgument", body.Problem);
        var (userId, userName, problem) = DirectLineUsers.From(body.Value!);
        if (problem is not null) return DirectLineResults.Error(StatusCodes.Status400BadRequest, "BadArgument", problem);
        var conversationId = DirectLineConversations.NewId();
        return DirectLineResults.Object(DirectLineApi.Conversation(conversationId, tokens.Issue(conversationId, userId, userName), tokens.Lifetime));
    }

    /// <summary>A fresh token for the same conversation and user; an expired one cannot be refreshed (403).</summary>
    public static IResult Refresh(HttpContext http, DirectLineAccess access, DirectLineTokens tokens)
    {
        var (claims, refusal) = access.Token(http);
        if (claims is null) return refusal!;
        return DirectLineResults.Object(DirectLineApi.Conversation(claims.ConversationId,
            tokens.Issue(claims.ConversationId, claims.UserId, claims.UserName), tokens.Lifetime));
    }
}
