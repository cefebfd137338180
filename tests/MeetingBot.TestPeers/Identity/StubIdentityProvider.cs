using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using MeetingBot.TestPeers.Hosting;

namespace MeetingBot.TestPeers.Identity;

/// <summary>
/// Plays login.botframework.com (the channel service's OpenID metadata and endorsed JWKS) and
/// login.microsoftonline.com (per-tenant Entra metadata, JWKS and the client-credentials token endpoint) on
/// loopback, and issues the tokens those services would sign, including ones the bot must refuse.
/// </summary>
public sealed partial class StubIdentityProvider : IAsyncDisposable
{
    public const string BotFrameworkIssuer = "https://api.botframework.com";

    /// <summary>The audience of the access tokens the token endpoint hands out (the Bot Connector service).</summary>
    public const string ConnectorAudience = "https://api.botframework.com";

    /// <summary>The channels the real service endorses its keys for, as far as this bot cares.</summary>
    public static readonly IReadOnlyList<string> DefaultEndorsements = ["msteams", "webchat", "directline", "emulator", "slack"];

    private readonly object keysLock = new();
    private readonly ConcurrentDictionary<string, string> clients = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<TokenRequest> tokenRequests = new();
    private TestSigningKey[] channelKeys;
    private TestSigningKey[] entraKeys;
    private LoopbackHost? host;
    private Uri? baseUrl;
    private int metadataRequests;
    private int keysRequests;

    private StubIdentityProvider(TestSigningKey channelKey, TestSigningKey entraKey)
    {
        ChannelKey = channelKey;
        EntraKey = entraKey;
        channelKeys = [ChannelKey];
        entraKeys = [EntraKey];
    }

    /// <summary>
    /// Starts the stub on http://127.0.0.1 with a free port (https with a fresh self-signed certificate when
    /// <paramref name="https"/>, see <see cref="ServerCertificate"/>); ChannelKey is endorsed for the given channels.
    /// </summary>
    public static async Task<StubIdentityProvider> StartAsync(
        IReadOnlyList<string>? channelEndorsements = null, CancellationToken cancellationToken = default, bool https = false)
    {
        // RSA key generation is the slow part of starting: make both keys at once.
        var channelKey = Task.Run(() => TestSigningKey.Create(TestSigningKey.NewKid(), channelEndorsements ?? DefaultEndorsements, published: true), cancellationToken);
        var entraKey = Task.Run(() => TestSigningKey.Create(TestSigningKey.NewKid(), [], published: true), cancellationToken);
        var provider = new StubIdentityProvider(await channelKey, await entraKey);
        provider.ServerCertificate = https ? SelfSignedCertificate.ForLoopback() : null;
        provider.host = await LoopbackHost.StartAsync(provider.HandleAsync, cancellationToken, provider.ServerCertificate);
        provider.baseUrl = provider.host.BaseUrl;
        return provider;
    }

    /// <summary>http://127.0.0.1:{port}/</summary>
    public Uri BaseUrl => baseUrl ?? throw new InvalidOperationException("The stub identity provider is not started.");

    /// <summary>What <c>BotFramework:OpenIdMetadataUrl</c> points at.</summary>
    public string BotFrameworkMetadataUrl => $"{BaseUrl}v1/.well-known/openidconfiguration";

    public string BotFrameworkKeysUrl => $"{BaseUrl}v1/.well-known/keys";

    /// <summary>What <c>BotFramework:TokenEndpoint</c> points at for a tenant (or "botframework.com").</summary>
    public string TokenEndpoint(string tenant) => $"{BaseUrl}{tenant}/oauth2/v2.0/token";

    public string EntraMetadataUrl(string tenant) => $"{BaseUrl}{tenant}/v2.0/.well-known/openid-configuration";

    public string EntraKeysUrl(string tenant) => $"{BaseUrl}{tenant}/discovery/v2.0/keys";

    /// <summary>The channel service's signing key, published with the default endorsements.</summary>
    public TestSigningKey ChannelKey { get; }

    /// <summary>The certificate the stub serves https with; null when it serves plain http.</summary>
    public System.Security.Cryptography.X509Certificates.X509Certificate2? ServerCertificate { get; private set; }

    /// <summary>Entra's signing key (no endorsements): emulator and skill tokens, and the token endpoint's tokens.</summary>
    public TestSigningKey EntraKey { get; }

    /// <summary>How long access tokens from the token endpoint live (<c>expires_in</c> and their <c>exp</c>).</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>GETs of either metadata document (Bot Framework or Entra).</summary>
    public int MetadataRequests => Volatile.Read(ref metadataRequests);

    /// <summary>GETs of either JWKS (Bot Framework or Entra).</summary>
    public int KeysRequests => Volatile.Read(ref keysRequests);

    /// <summary>Calls to the token endpoint, oldest first (a snapshot).</summary>
    public IReadOnlyList<TokenRequest> TokenRequests => tokenRequests.ToArray();

    /// <summary>The channel keys the Bot Framework JWKS serves now.</summary>
    public IReadOnlyList<TestSigningKey> PublishedChannelKeys => Volatile.Read(ref channelKeys);

    /// <summary>Publishes another channel key (key rotation); no endorsements given means the default ones.</summary>
    public TestSigningKey PublishChannelKey(params string[] endorsements)
    {
        var key = TestSigningKey.Create(TestSigningKey.NewKid(), endorsements.Length == 0 ? DefaultEndorsements : endorsements, published: true);
        Publish(ref channelKeys, key);
        return key;
    }

    /// <summary>Publishes a channel key whose JWKS entry has no <c>endorsements</c> member at all.</summary>
    public TestSigningKey PublishChannelKeyWithoutEndorsements()
    {
        var key = TestSigningKey.Create(TestSigningKey.NewKid(), [], published: true);
        Publish(ref channelKeys, key);
        return key;
    }

    /// <summary>Publishes another Entra key.</summary>
    public TestSigningKey PublishEntraKey()
    {
        var key = TestSigningKey.Create(TestSigningKey.NewKid(), [], published: true);
        Publish(ref entraKeys, key);
        return key;
    }

    /// <summary>Takes a key out of whichever JWKS serves it (the end of a rotation); true when it was there.</summary>
    public bool RetireKey(TestSigningKey key)
    {
        lock (keysLock)
        {
            var removed = false;
            foreach (var keys in new[] { channelKeys, entraKeys })
                removed |= keys.Contains(key);
            channelKeys = channelKeys.Where(k => k != key).ToArray();
            entraKeys = entraKeys.Where(k => k != key).ToArray();
            return removed;
        }
    }

    /// <summary>A key no JWKS serves: tokens signed with it have an unknown key id.</summary>
    public TestSigningKey CreateUnpublishedKey() => TestSigningKey.Create(TestSigningKey.NewKid(), [], published: false);

    /// <summary>A different private key claiming a published key id: its tokens fail the signature check.</summary>
    public TestSigningKey ForgeKeyWithKid(string kid)
    {
        var published = PublishedChannelKeys.Concat(Volatile.Read(ref entraKeys)).FirstOrDefault(k => k.Kid == kid);
        return TestSigningKey.Create(kid, published?.Endorsements ?? [], published: false);
    }

    /// <summary>Lets the token endpoint hand tokens to this client id when it presents this secret.</summary>
    public void RegisterClient(string clientId, string secret) => clients[clientId] = secret;

    /// <summary>A token as the channel service signs it for an activity (see <see cref="ChannelTokenSpec"/>).</summary>
    public string IssueChannelToken(ChannelTokenSpec spec)
    {
        var claims = new JsonObject { ["iss"] = spec.Issuer, ["aud"] = spec.Audience };
        if (spec.ServiceUrl is not null)
            claims["serviceurl"] = spec.ServiceUrl;
        return JwtWriter.Write(spec, spec.Key ?? ChannelKey, claims);
    }

    /// <summary>A token as Entra ID signs it (emulator, skills, and this stub's own token endpoint).</summary>
    public string IssueEntraToken(EntraTokenSpec spec)
    {
        var claims = new JsonObject
        {
            ["aud"] = spec.Audience,
            ["iss"] = spec.Issuer,
            ["tid"] = spec.ResolveTenantId(),
            ["ver"] = spec.Version,
            [spec.Version == "2.0" ? "azp" : "appid"] = spec.AppId,
        };
        return JwtWriter.Write(spec, spec.Key ?? EntraKey, claims);
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref host, null) is { } started)
            await started.DisposeAsync();
    }

    private void Publish(ref TestSigningKey[] keys, TestSigningKey key)
    {
        lock (keysLock)
            keys = [.. keys, key];
    }
}
