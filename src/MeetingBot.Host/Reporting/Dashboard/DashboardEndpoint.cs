using MeetingBot.Channels.Files;
using MeetingBot.Channels.WebChat.DirectLine;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Domain.Persistence;

namespace MeetingBot.Host.Reporting.Dashboard;

/// <summary>
/// GET /dashboard/{joint meeting}: the read-only dashboard. In local mode (no MicrosoftAppId) this machine may open
/// it; anyone else needs a signed, unexpired link (<see cref="FileLinks.PageLink"/>), which only the convenor and
/// the secretariat are given.
/// </summary>
public static class DashboardEndpoint
{
    public const string PathPrefix = "dashboard/";

    public static IEndpointConventionBuilder MapDashboard(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/dashboard/{jointMeetingId}", ServeAsync);

    /// <summary>The signed link to a joint meeting's dashboard.</summary>
    public static Uri LinkFor(FileLinks links, string jointMeetingId) => links.PageLink(PathPrefix + Uri.EscapeDataString(jointMeetingId));

    private static async Task<IResult> ServeAsync(string jointMeetingId, HttpContext http, FileLinks links, IJointMeetingStore store,
        TimeProvider time, IConfiguration configuration, CancellationToken cancellationToken)
    {
        var query = http.Request.Query;
        var local = string.IsNullOrWhiteSpace(configuration["MicrosoftAppId"]) && LoopbackOnly.IsLoopback(http);
        if (!local && !links.CheckPage(PathPrefix + Uri.EscapeDataString(jointMeetingId), query["exp"], query["sig"]))
            return Results.Text($"{Replies.FileLinkInvalid(Lang.En)} {Replies.FileLinkInvalid(Lang.Zh)}", "text/plain; charset=utf-8", statusCode: StatusCodes.Status403Forbidden);
        if (await store.LoadAsync(jointMeetingId, cancellationToken) is not { } snapshot) return Results.NotFound();

        var lang = query["lang"] == "en" ? Lang.En : Lang.Zh;
        var headers = http.Response.Headers;
        headers.CacheControl = "private, no-store";
        headers.XContentTypeOptions = "nosniff";
        // No script at all, styles inline, not framed by anyone.
        headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";
        return Results.Content(DashboardPage.Render(snapshot, time.GetUtcNow(), lang), "text/html; charset=utf-8");
    }
}
