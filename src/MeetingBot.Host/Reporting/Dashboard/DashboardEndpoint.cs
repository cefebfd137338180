using MeetingBot.Channels.Files;
using MeetingBot.Channels.WebChat.DirectLine;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Domain.Reminders;
using MeetingBot.Core.Reporting;

namespace MeetingBot.Host.Reporting.Dashboard;

/// <summary>
/// GET /dashboard/{joint meeting}: the read-only dashboard; GET /dashboard/{joint meeting}/unit/{unit}: a unit
/// contact's view of it (their unit's tasks and reminders only). In local mode (no MicrosoftAppId) this machine may
/// open either; anyone else needs a signed, unexpired link of that very path (<see cref="FileLinks.PageLink"/>):
/// the whole dashboard's link is given to the convenor and the secretariat, a unit's to that unit's contacts.
/// </summary>
public static class DashboardEndpoint
{
    public const string PathPrefix = "dashboard/";

    public static IEndpointConventionBuilder MapDashboard(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/dashboard/{jointMeetingId}/unit/{unitId}", ServeUnitAsync);
        return endpoints.MapGet("/dashboard/{jointMeetingId}", ServeAsync);
    }

    /// <summary>The signed link to a joint meeting's dashboard.</summary>
    public static Uri LinkFor(FileLinks links, string jointMeetingId) => links.PageLink(PathOf(jointMeetingId));

    /// <summary>The signed link to one unit's view of a joint meeting's dashboard.</summary>
    public static Uri LinkForUnit(FileLinks links, string jointMeetingId, string unitId) => links.PageLink(PathOf(jointMeetingId, unitId));

    private static string PathOf(string jointMeetingId, string? unitId = null) =>
        PathPrefix + Uri.EscapeDataString(jointMeetingId) + (unitId is null ? "" : "/unit/" + Uri.EscapeDataString(unitId));

    private static async Task<IResult> ServeAsync(string jointMeetingId, HttpContext http, FileLinks links, IJointMeetingStore store,
        IReminderLedger ledger, PolicyCatalog catalog, TimeProvider time, IConfiguration configuration, CancellationToken cancellationToken)
    {
        if (!Allowed(http, links, configuration, PathOf(jointMeetingId))) return Forbidden();
        if (await store.LoadAsync(jointMeetingId, cancellationToken) is not { } snapshot) return Results.NotFound();

        var now = time.GetUtcNow();
        var reminders = ReminderPanel.Of(snapshot, catalog.IndexFor(snapshot.JointMeeting.Value), await ledger.ListAsync(jointMeetingId, cancellationToken), now);
        return Page(http, DashboardPage.Render(snapshot, now, LangOf(http), reminders));
    }

    private static async Task<IResult> ServeUnitAsync(string jointMeetingId, string unitId, HttpContext http, FileLinks links, IJointMeetingStore store,
        IReminderLedger ledger, PolicyCatalog catalog, TimeProvider time, IConfiguration configuration, CancellationToken cancellationToken)
    {
        if (!Allowed(http, links, configuration, PathOf(jointMeetingId, unitId))) return Forbidden();
        if (await store.LoadAsync(jointMeetingId, cancellationToken) is not { } snapshot) return Results.NotFound();
        var lang = LangOf(http);
        var jm = snapshot.JointMeeting.Value;
        // A unit that has left since the link was given: say so rather than show an empty page.
        if (jm.Units.FirstOrDefault(u => u.Id == unitId) is not { } unit)
            return Results.Text(Replies.DashUnitNoSuchUnit(lang), "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);

        var now = time.GetUtcNow();
        var reminders = ReminderPanel.Of(snapshot, catalog.IndexFor(jm), await ledger.ListAsync(jointMeetingId, cancellationToken), now, unit.Id);
        return Page(http, UnitDashboardPage.Render(snapshot, unit, now, lang, reminders));
    }

    private static bool Allowed(HttpContext http, FileLinks links, IConfiguration configuration, string path)
    {
        var local = string.IsNullOrWhiteSpace(configuration["MicrosoftAppId"]) && LoopbackOnly.IsLoopback(http);
        return local || links.CheckPage(path, http.Request.Query["exp"], http.Request.Query["sig"]);
    }

    private static IResult Forbidden() =>
        Results.Text($"{Replies.FileLinkInvalid(Lang.En)} {Replies.FileLinkInvalid(Lang.Zh)}", "text/plain; charset=utf-8", statusCode: StatusCodes.Status403Forbidden);

    private static Lang LangOf(HttpContext http) => http.Request.Query["lang"] == "en" ? Lang.En : Lang.Zh;

    private static IResult Page(HttpContext http, string html)
    {
        var headers = http.Response.Headers;
        headers.CacheControl = "private, no-store";
        headers.XContentTypeOptions = "nosniff";
        // No script at all, styles inline, not framed by anyone.
        headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";
        return Results.Content(html, "text/html; charset=utf-8");
    }
}
