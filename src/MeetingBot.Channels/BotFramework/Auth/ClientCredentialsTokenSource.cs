using System.Text.Json;

namespace MeetingBot.Channels.BotFramework.Auth;

/// <summary>
/// The client-credentials request made directly, for a token endpoint MSAL will not call: a plain-http loopback
/// stand-in in tests and local set-ups. Same behaviour as MSAL's cache: one fetch at a time, the token reused until
/// five minutes before it expires.
/// </summary>
internal sealed class ClientCredentialsTokenSource(BotFrameworkOptions options, CloudEndpoints endpoints, HttpClient http, TimeProvider time)
    : IConnectorTokenSource
{
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim _lock = new(1, 1);
    private volatile CachedToken? _cached;

    private sealed record CachedToken(string Value, DateTimeOffset RefreshAfter);

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_cached is { } fresh && time.GetUtcNow() < fresh.RefreshAfter) return fresh.Value;
        await _lock.WaitAsync(cancellationToken);
        try
        {
            if (_cached is { } other && time.GetUtcNow() < other.RefreshAfter) return other.Value;
            var token = await FetchAsync(cancellationToken);
            _cached = token;
            return token.Value;
        }
        finally
        {
            _lock.Release();
        }
    }

    public void Invalidate() => _cached = null;

    private async Task<CachedToken> FetchAsync(CancellationToken cancellationToken)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = options.MicrosoftAppId!,
            ["client_secret"] = options.MicrosoftAppPassword!,
            ["scope"] = endpoints.Scope,
        });
        using var response = await http.PostAsync(endpoints.TokenEndpoint, form, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new ConnectorTokenException($"the token endpoint answered {(int)response.StatusCode}: {ErrorOf(body)}");
        }

        using var json = JsonDocument.Parse(body);
        var accessToken = json.RootElement.GetProperty("access_token").GetString()
            ?? throw new ConnectorTokenException("the token endpoint's answer has no access_token");
        var lifetime = TimeSpan.FromSeconds(json.RootElement.TryGetProperty("expires_in", out var seconds) ? ReadSeconds(seconds) : 3600);
        // Short-lived tokens (as a test may issue) are reused for half their life rather than not at all.
        var margin = lifetime > RefreshMargin * 2 ? RefreshMargin : lifetime / 2;
        return new CachedToken(accessToken, time.GetUtcNow() + lifetime - margin);
    }

    private static int ReadSeconds(JsonElement value) =>
        value.ValueKind == JsonValueKind.Number ? value.GetInt32() : int.Parse(value.GetString() ?? "3600");

    private static string ErrorOf(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.TryGetProperty("error", out var error) ? error.ToString() : "no error code";
        }
        catch (JsonException)
        {
            return "no error code";
        }
    }
}

/// <summary>No token could be obtained for the Connector; sending cannot proceed.</summary>
public sealed class ConnectorTokenException(string message) : Exception(message);
