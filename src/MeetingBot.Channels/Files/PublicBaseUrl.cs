using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace MeetingBot.Channels.Files;

/// <summary>
/// Where people's clients reach this host: MeetingBot:PublicUrl, else the first http(s) address the server listens
/// on (known once it has started; a wildcard host becomes localhost). The fallback only works on this machine:
/// behind a tunnel or in Azure, set PublicUrl.
/// </summary>
public sealed class PublicBaseUrl(IOptions<FileLinkOptions> options, IServer server)
{
    private Uri? resolved;

    public Uri Value => resolved ??= Resolve();

    private Uri Resolve()
    {
        if (!string.IsNullOrWhiteSpace(options.Value.PublicUrl)) return WithSlash(new Uri(options.Value.PublicUrl.Trim()));
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses)
        {
            // Kestrel writes wildcards as http://+:80, http://*:80, http://[::]:80 or http://0.0.0.0:80.
            var normal = address.Replace("://+", "://localhost").Replace("://*", "://localhost")
                .Replace("://[::]", "://localhost").Replace("://0.0.0.0", "://localhost");
            if (Uri.TryCreate(normal, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps))
                return WithSlash(url);
        }
        throw new InvalidOperationException($"No address to link files to: set {FileLinkOptions.Section}:PublicUrl");
    }

    private static Uri WithSlash(Uri url) => url.AbsoluteUri.EndsWith('/') ? url : new Uri(url.AbsoluteUri + "/");
}
