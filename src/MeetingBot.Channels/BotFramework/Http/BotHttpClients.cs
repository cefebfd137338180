using MeetingBot.Core.Telemetry;

namespace MeetingBot.Channels.BotFramework.Http;

/// <summary>
/// The two long-lived HTTP clients of the channel. Connector calls are timed out per attempt by the retry policy,
/// so that client has no timeout of its own; pooled connections are recycled so DNS changes are seen.
/// </summary>
public sealed class BotHttpClients : IDisposable
{
    public HttpClient Connector { get; } = new(new OutboundCallMetrics("connector", new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }))
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };

    /// <summary>OpenID metadata, signing keys and tokens.</summary>
    public HttpClient Identity { get; } = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
    {
        Timeout = TimeSpan.FromSeconds(20),
    };

    public void Dispose()
    {
        Connector.Dispose();
        Identity.Dispose();
    }
}
