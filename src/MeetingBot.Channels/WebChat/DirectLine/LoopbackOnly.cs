using System.Net;
using Microsoft.AspNetCore.Http;

namespace MeetingBot.Channels.WebChat.DirectLine;

/// <summary>
/// The web chat serves this machine only: whoever reaches it may act as any persona, so a call from another
/// address is refused whatever else it carries (the host has no authentication of its own in front of it).
/// </summary>
public sealed class LoopbackOnly : IEndpointFilter
{
    public static bool IsLoopback(HttpContext http) =>
        http.Connection.RemoteIpAddress is { } address && IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (!IsLoopback(context.HttpContext))
            return ValueTask.FromResult<object?>(DirectLineResults.Error(StatusCodes.Status403Forbidden, "Forbidden",
                "the built-in web chat serves loopback callers only (local mode)"));
        if (SameSiteOnly.Problem(context.HttpContext) is { } problem)
            return ValueTask.FromResult<object?>(DirectLineResults.Error(problem.Status,
                problem.Status == StatusCodes.Status415UnsupportedMediaType ? "UnsupportedMediaType" : "Forbidden", problem.Reason));
        return next(context);
    }
}
