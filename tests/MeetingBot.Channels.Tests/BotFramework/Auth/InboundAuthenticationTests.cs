using System.Net;
using MeetingBot.Channels.Tests.Infrastructure;
using MeetingBot.TestPeers.Identity;

namespace MeetingBot.Channels.Tests.BotFramework.Auth;

/// <summary>Every way a call can fail authentication: 401, the bot is not called, nothing is sent, the token is not logged.</summary>
public sealed class InboundAuthenticationTests : IAsyncLifetime
{
    private BotFrameworkHost _host = null!;

    public async Task InitializeAsync() => _host = await BotFrameworkHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private ChannelTokenSpec Valid => new(BotFrameworkHost.AppId, _host.Connector.ServiceUrl);

    // Each forged token, and the reason the log must give: proof that the intended check refused it.
    public static TheoryData<string, string> Cases => new()
    {
        { "bad signature", "signature does not verify" },
        { "unknown key", "is not published" },
        { "wrong issuer", "issuer is not accepted" }, // neither the channel's issuer nor an accepted Entra one: refused before any key is looked up
        { "wrong audience", "audience" },
        { "expired", "expired" },
        { "not yet valid", "not valid yet" },
        { "serviceUrl mismatch", "serviceurl claim" },
        { "no serviceurl claim", "no serviceurl claim" },
        { "wrong endorsement", "not endorsed for channel 'msteams'" },
        { "key without endorsements", "carries no endorsements" },
        { "HS256 with the key id of a published key", "token" },
        { "Entra token issued to another app", "issued to app" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Post_InvalidToken_Is401AndChangesNothing(string problem, string reason)
    {
        var token = Token(problem);

        var response = await _host.PostAsync(_host.Message("hi").ToJsonString(), token);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        await AssertNothingHappened(token);
        _host.Logs.Lines.Should().Contain(l => l.Contains("Refused") && l.Contains(reason));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer ")]
    [InlineData("Bearer not.a.jwt")]
    [InlineData("Bearer eyJhbGciOiJub25lIn0.eyJpc3MiOiJodHRwczovL2FwaS5ib3RmcmFtZXdvcmsuY29tIn0.")]
    public async Task Post_MissingOrMalformedAuthorization_Is401(string? authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(_host.Message("hi").ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
        };
        if (authorization is not null) request.Headers.TryAddWithoutValidation("Authorization", authorization);

        var response = await _host.Client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.Should().ContainSingle(h => h.Scheme == "Bearer");
        await AssertNothingHappened(authorization ?? "");
    }

    [Fact]
    public async Task Post_NoTokenAndMalformedBody_Is401NotA400()
    {
        var response = await _host.PostAsync("{not json", token: null);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized, "an unauthenticated caller learns nothing about what we accept");
    }

    [Fact]
    public async Task Post_TokenSignedWithARotatedInKey_IsAcceptedAfterOneRefresh()
    {
        await _host.PostAsync(_host.Message("before rotation"));
        var keysBefore = _host.Identity.KeysRequests;
        var newKey = _host.Identity.PublishChannelKey("msteams");

        var response = await _host.PostAsync(_host.Message("after rotation").ToJsonString(), _host.Identity.IssueChannelToken(Valid with { Key = newKey }));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        _host.Identity.KeysRequests.Should().Be(keysBefore + 1);
    }

    [Fact]
    public async Task Post_ManyTokensWithMadeUpKeyIds_RefreshTheKeysAtMostOnce()
    {
        await _host.PostAsync(_host.Message("warm up"));
        var keysBefore = _host.Identity.KeysRequests;

        for (var i = 0; i < 5; i++)
        {
            var token = _host.Identity.IssueChannelToken(Valid with { Key = _host.Identity.CreateUnpublishedKey() });
            (await _host.PostAsync(_host.Message("x").ToJsonString(), token)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        }

        _host.Identity.KeysRequests.Should().BeLessThanOrEqualTo(keysBefore + 1);
    }

    [Fact]
    public async Task Post_TokenOfAKeyRetiredSinceItWasAccepted_IsRefusedAfterTheNextKeyRefresh()
    {
        var rotating = _host.Identity.PublishChannelKey("msteams");
        var token = _host.Identity.IssueChannelToken(Valid with { Key = rotating });
        (await _host.PostAsync(_host.Message("accepted").ToJsonString(), token)).StatusCode.Should().Be(HttpStatusCode.OK);

        _host.Identity.RetireKey(rotating);
        var unknown = _host.Identity.IssueChannelToken(Valid with { Key = _host.Identity.CreateUnpublishedKey() });
        (await _host.PostAsync(_host.Message("forces a refresh").ToJsonString(), unknown)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);

        var again = await _host.PostAsync(_host.Message("same token again").ToJsonString(), token);

        again.StatusCode.Should().Be(HttpStatusCode.Unauthorized, "a remembered token counts only while its key is published");
    }

    [Fact]
    public async Task Post_SameTokenWithAnotherServiceUrl_IsStillCheckedAgainstTheActivity()
    {
        var token = _host.ChannelToken();
        (await _host.PostAsync(_host.Message("first").ToJsonString(), token)).StatusCode.Should().Be(HttpStatusCode.OK);
        var elsewhere = TestActivities.Message("second", "https://smba.trafficmanager.net/amer/", BotFrameworkHost.BotId);

        var response = await _host.PostAsync(elsewhere.ToJsonString(), token);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized, "a remembered token still names only its own serviceUrl");
    }

    [Fact]
    public async Task Post_WhileTheMetadataEndpointIsDown_Is503AndTheBotIsNotCalled()
    {
        var token = _host.ChannelToken();
        await _host.Identity.DisposeAsync(); // before the bot ever fetched the keys

        var response = await _host.PostAsync(_host.Message("hi").ToJsonString(), token);

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable, "without the keys a good token cannot be told from a bad one; the channel may retry");
        _host.Probe.Turns.Should().Be(0);
        _host.Logs.Lines.Should().Contain(l => l.Contains("Could not read the OpenID metadata"));
    }

    [Fact]
    public async Task Post_ValidTokens_FetchMetadataOnceAndReuseIt()
    {
        for (var i = 0; i < 5; i++) (await _host.PostAsync(_host.Message($"m{i}"))).StatusCode.Should().Be(HttpStatusCode.OK);

        _host.Identity.MetadataRequests.Should().Be(1);
    }

    [Fact]
    public async Task Post_TokenWithinClockSkew_IsAccepted()
    {
        var token = _host.Identity.IssueChannelToken(Valid with
        {
            NotBefore = _host.Now.AddMinutes(-30),
            Expires = _host.Now.AddMinutes(-3),
        });

        var response = await _host.PostAsync(_host.Message("late but within 5 minutes").ToJsonString(), token);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Post_ServiceUrlDifferingOnlyInCase_IsAccepted()
    {
        var token = _host.Identity.IssueChannelToken(Valid with { ServiceUrl = _host.Connector.ServiceUrl.ToUpperInvariant() });

        var response = await _host.PostAsync(_host.Message("hi").ToJsonString(), token);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private string Token(string problem)
    {
        var identity = _host.Identity;
        return problem switch
        {
            "bad signature" => identity.IssueChannelToken(Valid with { Key = identity.ForgeKeyWithKid(identity.ChannelKey.Kid) }),
            "unknown key" => identity.IssueChannelToken(Valid with { Key = identity.CreateUnpublishedKey() }),
            "wrong issuer" => identity.IssueChannelToken(Valid with { Issuer = "https://api.botframework.evil" }),
            "wrong audience" => identity.IssueChannelToken(Valid with { Audience = "00000000-1111-2222-3333-444444444444" }),
            "expired" => identity.IssueChannelToken(Valid with { NotBefore = _host.Now.AddHours(-2), Expires = _host.Now.AddMinutes(-6) }),
            "not yet valid" => identity.IssueChannelToken(Valid with { NotBefore = _host.Now.AddMinutes(6), Expires = _host.Now.AddHours(1) }),
            "serviceUrl mismatch" => identity.IssueChannelToken(Valid with { ServiceUrl = "https://smba.trafficmanager.net/amer/" }),
            "no serviceurl claim" => identity.IssueChannelToken(Valid with { ServiceUrl = null }),
            "wrong endorsement" => identity.IssueChannelToken(Valid with { Key = identity.PublishChannelKey("slack", "webchat") }),
            "key without endorsements" => identity.IssueChannelToken(Valid with { Key = identity.PublishChannelKeyWithoutEndorsements() }),
            "HS256 with the key id of a published key" => HmacToken(identity.ChannelKey.Kid),
            "Entra token issued to another app" => identity.IssueEntraToken(new EntraTokenSpec(BotFrameworkHost.AppId,
                $"https://sts.windows.net/{TestActivities.TenantId}/", "1.0", "someone-else") { Key = identity.EntraKey }),
            _ => throw new ArgumentOutOfRangeException(nameof(problem)),
        };
    }

    // The classic algorithm-confusion forgery: a symmetric signature claiming a published RSA key's id.
    private string HmacToken(string kid)
    {
        var key = new Microsoft.IdentityModel.Tokens.SymmetricSecurityKey(new byte[32]) { KeyId = kid };
        var handler = new System.IdentityModel.Tokens.Jwt.JwtSecurityTokenHandler();
        return handler.WriteToken(handler.CreateJwtSecurityToken(
            issuer: StubIdentityProvider.BotFrameworkIssuer,
            audience: BotFrameworkHost.AppId,
            subject: new System.Security.Claims.ClaimsIdentity([new System.Security.Claims.Claim("serviceurl", _host.Connector.ServiceUrl)]),
            notBefore: _host.Now.UtcDateTime.AddMinutes(-1),
            expires: _host.Now.UtcDateTime.AddHours(1),
            issuedAt: _host.Now.UtcDateTime,
            signingCredentials: new Microsoft.IdentityModel.Tokens.SigningCredentials(key, "HS256")));
    }

    private async Task AssertNothingHappened(string token)
    {
        await _host.WhenIdle;
        _host.Probe.Turns.Should().Be(0);
        _host.Connector.Requests.Should().BeEmpty();
        _host.Conversations.Saves.Should().Be(0);
        _host.Logs.Lines.Should().Contain(l => l.Contains("Refused a call to /api/messages"));
        var tail = token.Length > 20 ? token.Substring(token.Length - 20) : null;
        if (tail is not null) _host.Logs.Lines.Should().NotContain(l => l.Contains(tail), "tokens are never logged");
    }
}
