using System.Net.Http.Headers;
using MeetingBot.Core.Conversation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MeetingBot.Channels.Files;

/// <summary>GET /files/{name}?d=…&amp;exp=…&amp;sig=… (or ?src=… for a file made from the store): serves a signed file link as a download, or nothing.</summary>
public static class FileLinkEndpoint
{
    public static IEndpointConventionBuilder MapFileLinks(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(FileLinks.Route, (string name, HttpContext http, FileLinks links) => ServeAsync(name, http, links));

    private static async Task<IResult> ServeAsync(string name, HttpContext http, FileLinks links)
    {
        var query = http.Request.Query;
        var check = query.ContainsKey("src")
            ? links.CheckSource(name, query["src"], query["exp"], query["sig"])
            : links.Check(name, query["d"], query["exp"], query["sig"]);
        if (check.Status == FileLinkStatus.FromSource)
        {
            // A file too large to carry is made again from the store, as it stands now.
            var made = http.RequestServices.GetService(typeof(IFileSource)) is IFileSource source
                ? await source.OpenAsync(check.Source!, http.RequestAborted) : null;
            check = made is null ? FileLinkCheck.NotFound : check with { Status = FileLinkStatus.Served, Content = made.Content };
        }
        switch (check.Status)
        {
            case FileLinkStatus.Served:
                var headers = http.Response.Headers;
                // A download, never a page: no sniffing, no framing, not kept by shared caches.
                headers.XContentTypeOptions = "nosniff";
                headers.CacheControl = "private, no-store";
                headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
                var disposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = check.Name };
                headers.ContentDisposition = disposition.ToString();
                return Results.Bytes(check.Content!, check.ContentType);
            case FileLinkStatus.Forbidden:
                // A browser opens the link: the person's language is not known there, so both.
                return Results.Text($"{Replies.FileLinkInvalid(Lang.En)} {Replies.FileLinkInvalid(Lang.Zh)}", "text/plain; charset=utf-8", statusCode: StatusCodes.Status403Forbidden);
            default:
                return Results.NotFound();
        }
    }
}
