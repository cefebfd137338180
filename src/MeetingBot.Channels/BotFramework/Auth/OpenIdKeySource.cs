using System.Text.Json;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace MeetingBot.Channels.BotFramework.Auth;

/// <summary>The signing keys an issuer publishes, with the channels each key is endorsed for.</summary>
public sealed record SigningKeys(string? Issuer, IReadOnlyDictionary<string, SecurityKey> ByKid, IReadOnlyDictionary<string, IReadOnlyList<string>> Endorsements)
{
    public IEnumerable<SecurityKey> All => ByKid.Values;
}

/// <summary>
/// One issuer's OpenID metadata and keys, fetched with Microsoft.IdentityModel, cached for a day and refreshed early
/// when a token names a key id we have not seen (keys rotate without notice). Forced refreshes are rate-limited, so
/// tokens with made-up key ids cannot make the bot hammer the metadata endpoint.
/// </summary>
public sealed class OpenIdKeySource(Uri metadataUrl, HttpClient http, TimeProvider time)
{
    public static readonly TimeSpan MaximumAge = TimeSpan.FromHours(24);
    public static readonly TimeSpan MinimumForcedRefreshInterval = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _fetchLock = new(1, 1);
    private readonly IDocumentRetriever _retriever = new HttpDocumentRetriever(http) { RequireHttps = !SecureUrl.IsLoopback(metadataUrl) };
    private volatile Snapshot? _current;
    private DateTimeOffset _lastForcedRefresh = DateTimeOffset.MinValue;

    private sealed record Snapshot(SigningKeys Keys, DateTimeOffset FetchedAt);

    public Uri MetadataUrl => metadataUrl;

    /// <summary>The keys as last fetched, without fetching; null before the first fetch.</summary>
    public SigningKeys? Current => _current?.Keys;

    public async Task<SigningKeys> GetAsync(CancellationToken cancellationToken)
    {
        var current = _current;
        if (current is not null && time.GetUtcNow() - current.FetchedAt < MaximumAge) return current.Keys;
        return await FetchAsync(force: false, cancellationToken);
    }

    /// <summary>The keys, refreshed first if <paramref name="kid"/> is unknown and a forced refresh is allowed now.</summary>
    public async Task<SigningKeys> GetWithKeyAsync(string? kid, CancellationToken cancellationToken)
    {
        var keys = await GetAsync(cancellationToken);
        if (kid is null || keys.ByKid.ContainsKey(kid)) return keys;
        return await FetchAsync(force: true, cancellationToken);
    }

    private async Task<SigningKeys> FetchAsync(bool force, CancellationToken cancellationToken)
    {
        var seen = _current;
        await _fetchLock.WaitAsync(cancellationToken);
        try
        {
            // Someone else fetched while we waited: use theirs.
            if (_current is not null && !ReferenceEquals(_current, seen)) return _current.Keys;
            var now = time.GetUtcNow();
            if (force)
            {
                if (_current is not null && now - _lastForcedRefresh < MinimumForcedRefreshInterval) return _current.Keys;
                _lastForcedRefresh = now;
            }

            var configuration = await OpenIdConnectConfigurationRetriever.GetAsync(metadataUrl.AbsoluteUri, _retriever, cancellationToken);
            var keys = ToSigningKeys(configuration);
            _current = new Snapshot(keys, now);
            return keys;
        }
        finally
        {
            _fetchLock.Release();
        }
    }

    private static SigningKeys ToSigningKeys(OpenIdConnectConfiguration configuration)
    {
        var byKid = new Dictionary<string, SecurityKey>(StringComparer.Ordinal);
        var endorsements = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var key in configuration.JsonWebKeySet?.Keys ?? [])
        {
            if (key.Kid is null) continue;
            byKid[key.Kid] = key;
            // SecurityKey objects do not carry the Bot Framework's endorsements: they stay in the JWK's extra members.
            if (key.AdditionalData.TryGetValue("endorsements", out var value)) endorsements[key.Kid] = ReadStrings(value);
        }

        return new SigningKeys(configuration.Issuer, byKid, endorsements);
    }

    private static IReadOnlyList<string> ReadStrings(object? value) => value switch
    {
        JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray()
            .Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList(),
        IEnumerable<object> items => items.OfType<string>().ToList(),
        string single => [single],
        _ => [],
    };
}
