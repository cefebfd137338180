using System.Net.Http.Headers;

namespace MeetingBot.ChannelBench.Load;

/// <summary>Posts activities to the host's /api/messages as the channel does: JSON, with the channel's bearer token.</summary>
public sealed class TurnClient : IDisposable
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private readonly Uri endpoint;
    private readonly AuthenticationHeaderValue authorization;

    // One pool with no connection cap: an open-loop generator must never queue behind its own connections.
    private readonly HttpClient http = new(new SocketsHttpHandler
    {
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        MaxConnectionsPerServer = int.MaxValue,
        UseCookies = false,
        UseProxy = false,
        ConnectTimeout = TimeSpan.FromSeconds(5),
    })
    {
        Timeout = TimeSpan.FromSeconds(30),
    };

    public TurnClient(Uri hostBaseUrl, string token)
    {
        endpoint = new Uri(hostBaseUrl, "api/messages");
        authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    /// <summary>The HTTP status of the answer, or 0 when there was none (connection refused or dropped, timeout).</summary>
    public async Task<int> PostAsync(byte[] body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = new ByteArrayContent(body) { Headers = { ContentType = Json } },
        };
        request.Headers.Authorization = authorization;
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead);
            return (int)response.StatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return 0;
        }
    }

    public void Dispose() => http.Dispose();
}
