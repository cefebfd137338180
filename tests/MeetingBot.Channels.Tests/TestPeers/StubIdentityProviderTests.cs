using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MeetingBot.TestPeers.Hosting;
using MeetingBot.TestPeers.Identity;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace MeetingBot.Channels.Tests.TestPeers;

/// <summary>The identity stub over plain HTTP: documents shaped like the real ones, tokens that validate (or not).</summary>
public sealed class StubIdentityProviderTests : IAsyncLifetime
{
    private const string AppId = "9f1c2d3e-4b5a-6978-8a9b-0c1d2e3f4a5b";
    private const string ServiceUrl = "https://smba.trafficmanager.net/amer/";

    private readonly HttpClient http = new();
    private StubIdentityProvider provider = null!;

    public async Task InitializeAsync() => provider = await StubIdentityProvider.StartAsync();

    public async Task DisposeAsync()
    {
        http.Dispose();
        await provider.DisposeAsync();
    }

    [Fact]
    public void Urls_follow_the_real_services_layout()
    {
        provider.BaseUrl.ToString().Should().MatchRegex(@"^http://127\.0\.0\.1:\d+/$");
        provider.BotFrameworkMetadataUrl.Should().Be($"{provider.BaseUrl}v1/.well-known/openidconfiguration");
        provider.TokenEndpoint("contoso").Should().Be($"{provider.BaseUrl}contoso/oauth2/v2.0/token");
        provider.EntraMetadataUrl("contoso").Should().Be($"{provider.BaseUrl}contoso/v2.0/.well-known/openid-configuration");
    }

    [Fact]
    public async Task Bot_Framework_metadata_has_the_real_shape_and_is_counted()
    {
        var metadata = await GetJsonAsync(provider.BotFrameworkMetadataUrl);

        metadata["issuer"]!.GetValue<string>().Should().Be("https://api.botframework.com");
        metadata["jwks_uri"]!.GetValue<string>().Should().Be($"{provider.BaseUrl}v1/.well-known/keys");
        metadata["authorization_endpoint"].Should().NotBeNull();
        Strings(metadata["id_token_signing_alg_values_supported"]).Should().Equal("RS256");
        Strings(metadata["token_endpoint_auth_methods_supported"]).Should().Equal("private_key_jwt");
        provider.MetadataRequests.Should().Be(1);
    }

    [Fact]
    public async Task Bot_Framework_keys_carry_their_endorsements()
    {
        var jwks = await GetJsonAsync($"{provider.BaseUrl}v1/.well-known/keys");

        var key = jwks["keys"]!.AsArray().Should().ContainSingle().Subject!;
        key["kty"]!.GetValue<string>().Should().Be("RSA");
        key["use"]!.GetValue<string>().Should().Be("sig");
        key["kid"]!.GetValue<string>().Should().Be(provider.ChannelKey.Kid);
        key["n"]!.GetValue<string>().Should().NotBeNullOrEmpty();
        key["e"]!.GetValue<string>().Should().Be("AQAB");
        Strings(key["endorsements"]).Should().BeEquivalentTo("msteams", "webchat", "directline", "emulator", "slack");
        provider.KeysRequests.Should().Be(1);
    }

    [Fact]
    public async Task Entra_metadata_names_the_tenant_and_its_keys_have_no_endorsements()
    {
        var metadata = await GetJsonAsync(provider.EntraMetadataUrl("botframework.com"));

        metadata["issuer"]!.GetValue<string>().Should().Be("https://login.microsoftonline.com/botframework.com/v2.0");
        metadata["token_endpoint"]!.GetValue<string>().Should().Be(provider.TokenEndpoint("botframework.com"));
        Strings(metadata["id_token_signing_alg_values_supported"]).Should().Equal("RS256");
        var jwksUri = metadata["jwks_uri"]!.GetValue<string>();
        jwksUri.Should().Be($"{provider.BaseUrl}botframework.com/discovery/v2.0/keys");

        var key = (await GetJsonAsync(jwksUri))["keys"]!.AsArray().Should().ContainSingle().Subject!;
        key["kid"]!.GetValue<string>().Should().Be(provider.EntraKey.Kid);
        key.AsObject().ContainsKey("endorsements").Should().BeFalse();
        provider.MetadataRequests.Should().Be(1);
        provider.KeysRequests.Should().Be(1);
    }

    [Fact]
    public async Task A_channel_token_validates_against_the_served_keys()
    {
        var token = provider.IssueChannelToken(new ChannelTokenSpec(AppId, ServiceUrl));

        var result = await ValidateAsync(token, await ChannelKeysAsync());

        result.IsValid.Should().BeTrue(result.Exception?.Message);
        var jwt = (JsonWebToken)result.SecurityToken;
        jwt.Kid.Should().Be(provider.ChannelKey.Kid);
        jwt.Alg.Should().Be("RS256");
        jwt.GetClaim("serviceurl").Value.Should().Be(ServiceUrl);
        jwt.Issuer.Should().Be(StubIdentityProvider.BotFrameworkIssuer);
        jwt.Audiences.Should().Equal(AppId);
    }

    [Fact]
    public async Task A_forged_signature_under_a_published_kid_is_refused()
    {
        var forged = provider.ForgeKeyWithKid(provider.ChannelKey.Kid);
        var token = provider.IssueChannelToken(new ChannelTokenSpec(AppId, ServiceUrl) { Key = forged });

        var result = await ValidateAsync(token, await ChannelKeysAsync());

        result.IsValid.Should().BeFalse();
        result.Exception.Should().BeOfType<SecurityTokenInvalidSignatureException>();
    }

    [Fact]
    public async Task A_token_from_an_unpublished_key_names_an_unknown_kid()
    {
        var token = provider.IssueChannelToken(new ChannelTokenSpec(AppId, ServiceUrl) { Key = provider.CreateUnpublishedKey() });

        var result = await ValidateAsync(token, await ChannelKeysAsync());

        result.IsValid.Should().BeFalse();
        result.Exception.Should().BeOfType<SecurityTokenSignatureKeyNotFoundException>();
    }

    [Fact]
    public async Task Expired_and_not_yet_valid_tokens_can_be_issued_and_are_refused()
    {
        var now = WallClock.Now;
        var keys = await ChannelKeysAsync();
        var expired = provider.IssueChannelToken(new ChannelTokenSpec(AppId, ServiceUrl) { NotBefore = now.AddHours(-2), Expires = now.AddHours(-1) });
        var early = provider.IssueChannelToken(new ChannelTokenSpec(AppId, ServiceUrl) { NotBefore = now.AddHours(1), Expires = now.AddHours(2) });
        var backwards = provider.IssueChannelToken(new ChannelTokenSpec(AppId, ServiceUrl) { NotBefore = now, Expires = now.AddMinutes(-10) });

        (await ValidateAsync(expired, keys)).Exception.Should().BeOfType<SecurityTokenExpiredException>();
        (await ValidateAsync(early, keys)).Exception.Should().BeOfType<SecurityTokenNotYetValidException>();
        (await ValidateAsync(backwards, keys)).IsValid.Should().BeFalse();
        new JsonWebToken(backwards).ValidTo.Should().BeBefore(new JsonWebToken(backwards).ValidFrom);
    }

    [Fact]
    public void Optional_claims_follow_the_spec()
    {
        var withoutServiceUrl = new JsonWebToken(provider.IssueChannelToken(new ChannelTokenSpec(AppId, null)));
        var withExtra = new JsonWebToken(provider.IssueChannelToken(new ChannelTokenSpec(AppId, ServiceUrl)
        {
            Issuer = "https://evil.example",
            ExtraClaims = new Dictionary<string, object> { ["serviceurl"] = "https://other/", ["appid"] = "x" },
        }));

        withoutServiceUrl.TryGetClaim("serviceurl", out _).Should().BeFalse();
        withExtra.Issuer.Should().Be("https://evil.example");
        withExtra.GetClaim("serviceurl").Value.Should().Be("https://other/");
        withExtra.GetClaim("appid").Value.Should().Be("x");
    }

    [Fact]
    public async Task A_rotated_key_is_published_with_its_endorsements_and_can_be_retired()
    {
        var rotated = provider.PublishChannelKey("msteams");

        var keys = (await GetJsonAsync(provider.BotFrameworkKeysUrl))["keys"]!.AsArray();
        keys.Select(k => k!["kid"]!.GetValue<string>()).Should().Equal(provider.ChannelKey.Kid, rotated.Kid);
        Strings(keys[1]!["endorsements"]).Should().Equal("msteams");
        var token = provider.IssueChannelToken(new ChannelTokenSpec(AppId, ServiceUrl) { Key = rotated });
        (await ValidateAsync(token, await ChannelKeysAsync())).IsValid.Should().BeTrue();

        provider.RetireKey(rotated).Should().BeTrue();
        (await ValidateAsync(token, await ChannelKeysAsync())).Exception.Should().BeOfType<SecurityTokenSignatureKeyNotFoundException>();
    }

    [Theory]
    [InlineData("1.0", "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/", "appid")]
    [InlineData("2.0", "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0", "azp")]
    public async Task Entra_tokens_carry_the_app_id_where_their_version_puts_it(string version, string issuer, string appIdClaim)
    {
        var token = provider.IssueEntraToken(new EntraTokenSpec(AppId, issuer, version, "caller-app"));

        var result = await ValidateAsync(token, await EntraKeysAsync(), issuer);

        result.IsValid.Should().BeTrue(result.Exception?.Message);
        var jwt = (JsonWebToken)result.SecurityToken;
        jwt.Kid.Should().Be(provider.EntraKey.Kid);
        jwt.GetClaim("ver").Value.Should().Be(version);
        jwt.GetClaim(appIdClaim).Value.Should().Be("caller-app");
        jwt.GetClaim("tid").Value.Should().Be("d6d49420-f39b-4df7-a1dc-d59a935871db");
    }

    [Fact]
    public async Task The_token_endpoint_hands_a_registered_client_an_Entra_signed_token()
    {
        provider.RegisterClient(AppId, "s3cret");
        provider.TokenLifetime = TimeSpan.FromMinutes(10);

        using var response = await RequestTokenAsync("contoso-tenant", AppId, "s3cret");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        body["token_type"]!.GetValue<string>().Should().Be("Bearer");
        body["expires_in"]!.GetValue<long>().Should().Be(600);
        body["ext_expires_in"]!.GetValue<long>().Should().Be(600);
        var accessToken = body["access_token"]!.GetValue<string>();
        var result = await ValidateAsync(accessToken, await EntraKeysAsync(), "https://sts.windows.net/contoso-tenant/", "https://api.botframework.com");
        result.IsValid.Should().BeTrue(result.Exception?.Message);
        var jwt = (JsonWebToken)result.SecurityToken;
        jwt.GetClaim("appid").Value.Should().Be(AppId);
        jwt.GetClaim("tid").Value.Should().Be("contoso-tenant");
        jwt.ValidTo.Should().BeCloseTo(WallClock.Now.UtcDateTime.AddMinutes(10), TimeSpan.FromSeconds(30));

        var recorded = provider.TokenRequests.Should().ContainSingle().Subject;
        recorded.Should().BeEquivalentTo(new { Tenant = "contoso-tenant", ClientId = AppId, Scope = "https://api.botframework.com/.default", AccessToken = accessToken, Status = 200 });
    }

    [Theory]
    [InlineData("unknown-app", "s3cret")]
    [InlineData(AppId, "wrong")]
    public async Task The_token_endpoint_refuses_bad_client_credentials_with_401(string clientId, string secret)
    {
        provider.RegisterClient(AppId, "s3cret");

        using var response = await RequestTokenAsync("botframework.com", clientId, secret);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        body["error"]!.GetValue<string>().Should().Be("invalid_client");
        body["error_description"]!.GetValue<string>().Should().NotBeNullOrEmpty();
        provider.TokenRequests.Should().ContainSingle().Which.AccessToken.Should().BeNull();
    }

    [Fact]
    public async Task The_token_endpoint_refuses_other_grant_types_with_400()
    {
        provider.RegisterClient(AppId, "s3cret");

        using var response = await RequestTokenAsync("botframework.com", AppId, "s3cret", grantType: "password");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!.GetValue<string>().Should().Be("unsupported_grant_type");
        provider.TokenRequests.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Status = 400, AccessToken = (string?)null });
    }

    private async Task<HttpResponseMessage> RequestTokenAsync(string tenant, string clientId, string secret, string grantType = "client_credentials") =>
        await http.PostAsync(provider.TokenEndpoint(tenant), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = grantType,
            ["client_id"] = clientId,
            ["client_secret"] = secret,
            ["scope"] = "https://api.botframework.com/.default",
        }));

    private async Task<IList<SecurityKey>> ChannelKeysAsync() =>
        new JsonWebKeySet(await http.GetStringAsync(provider.BotFrameworkKeysUrl)).GetSigningKeys();

    private async Task<IList<SecurityKey>> EntraKeysAsync() =>
        new JsonWebKeySet(await http.GetStringAsync(provider.EntraKeysUrl("common"))).GetSigningKeys();

    private static Task<TokenValidationResult> ValidateAsync(
        string token, IList<SecurityKey> keys, string issuer = StubIdentityProvider.BotFrameworkIssuer, string audience = AppId) =>
        new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = issuer,
            ValidAudience = audience,
            IssuerSigningKeys = keys,
            ValidAlgorithms = ["RS256"],
            ClockSkew = TimeSpan.FromMinutes(5),
        });

    private async Task<JsonNode> GetJsonAsync(string url)
    {
        using var response = await http.GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        return (await response.Content.ReadFromJsonAsync<JsonNode>())!;
    }

    private static string[] Strings(JsonNode? array) => array!.AsArray().Select(item => item!.GetValue<string>()).ToArray();
}
