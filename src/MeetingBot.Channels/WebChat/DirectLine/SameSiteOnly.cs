using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace MeetingBot.Channels.WebChat.DirectLine;

/// <summary>
/// Being on loopback is not enough: a web page on any site the developer visits runs in a browser on this
/// machine too. So a local-mode call is served only when it was addressed to this host by a loopback name (not a
/// rebound DNS name), a state-changing call does not come from another site's page (browsers say so in
/// <c>Origin</c> and <c>Sec-Fetch-Site</c>; scripts and tools send neither and keep working), and a body is JSON
/// declared as JSON (a cross-site form or a text/plain fetch cannot send that without asking first).
/// </summary>
internal static class SameSiteOnly
{
    /// <summary>Why the call is refused (its status and reason), or null when it may go on.</summary>
    public static (int Status, string Reason)? Problem(HttpContext http)
    {
        var request = http.Request;
        if (!IsLocalHost(http, request.Host.Host))
            return (StatusCodes.Status403Forbidden, $"the built-in web chat answers requests addressed to this machine by a loopback name (localhost, 127.0.0.1, [::1]), not '{Shorten(request.Host.Host)}'");
        var changes = !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method))
            || http.WebSockets.IsWebSocketRequest;
        if (!changes) return null;

        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0 && !IsSameOrigin(origin, request))
            return (StatusCodes.Status403Forbidden, "a page of another site may not use the built-in web chat (Origin)");
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0 && site is not ("same-origin" or "none"))
            return (StatusCodes.Status403Forbidden, "a page of another site may not use the built-in web chat (Sec-Fetch-Site)");
        if (HasBody(request) && !IsJson(request.ContentType) && !IsUpload(request))
            return (StatusCodes.Status415UnsupportedMediaType, "the body must be sent as Content-Type: application/json");
        return null;
    }

    private static bool IsLocalHost(HttpContext http, string host)
    {
        if (host.Length == 0) return false;
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)) return true;
        if (IPAddress.TryParse(host.Trim('[', ']'), out var address)) return IPAddress.IsLoopback(address);
        // A loopback name the host was told to listen on (e.g. --urls http://my-box.localhost:3978).
        var addresses = http.RequestServices.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        return addresses.Any(a => Uri.TryCreate(a, UriKind.Absolute, out var uri) && string.Equals(uri.Host, host, StringComparison.OrdinalIgnoreCase)
            && (uri.IsLoopback || uri.Host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)));
    }

    private static bool IsSameOrigin(string origin, HttpRequest request) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && string.Equals(uri.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);

    private static bool HasBody(HttpRequest request) =>
        request.ContentLength is > 0 || (request.ContentLength is null && request.Headers.TransferEncoding.Count > 0);

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type) && type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase);

    // Web Chat's paper-clip sends a file as multipart/form-data to Direct Line's upload. A cross-site form could
    // send that type too, but it passed the Origin and Sec-Fetch-Site checks above, and the upload also needs the
    // conversation's bearer token, which no form can set.
    private static bool IsUpload(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && request.Path.Value?.EndsWith("/upload", StringComparison.Ordinal) == true
        && request.Path.StartsWithSegments("/v3/directline/conversations", StringComparison.OrdinalIgnoreCase)
        && MediaTypeHeaderValue.TryParse(request.ContentType, out var type) && type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase);

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
