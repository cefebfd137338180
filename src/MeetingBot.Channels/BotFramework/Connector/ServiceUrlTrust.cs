using System.Collections.Concurrent;
using MeetingBot.Channels.BotFramework.Auth;

namespace MeetingBot.Channels.BotFramework.Connector;

/// <summary>
/// The serviceUrls the bot may send its token to: those that arrived on authenticated activities (the token's
/// serviceurl claim vouched for them), those configured, and those of stored conversation references (which were
/// captured from authenticated activities). Anything else is refused before a request is made.
/// </summary>
public sealed class ServiceUrlTrust
{
    private readonly ConcurrentDictionary<string, byte> _trusted = new(StringComparer.OrdinalIgnoreCase);
    private readonly bool _developmentMode;

    public ServiceUrlTrust(BotFrameworkOptions options)
    {
        _developmentMode = options.IsDevelopmentMode;
        foreach (var url in options.TrustedServiceUrls) Trust(url);
    }

    public void Trust(string serviceUrl) => _trusted.TryAdd(Normalise(serviceUrl), 0);

    public bool IsTrusted(string serviceUrl)
    {
        if (_trusted.ContainsKey(Normalise(serviceUrl))) return true;
        // Local development mode has no token to leak, but it must not become a relay to arbitrary hosts either.
        return _developmentMode && Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && SecureUrl.IsLoopback(uri);
    }

    private static string Normalise(string serviceUrl) => serviceUrl.TrimEnd('/');
}

/// <summary>An outbound call named a serviceUrl that no authenticated activity vouched for.</summary>
public sealed class UntrustedServiceUrlException(string serviceUrl)
    : Exception($"serviceUrl '{serviceUrl}' did not arrive on an authenticated activity and is not configured; not sending the bot's token there");
