using System.Security.Cryptography.X509Certificates;
using MeetingBot.Channels.BotFramework.Auth;
using MeetingBot.TestPeers.Identity;
using Microsoft.Identity.Client;

namespace MeetingBot.Channels.Tests.BotFramework.Auth;

/// <summary>
/// The production token path: MSAL's confidential client against an https token endpoint (the stub, serving a
/// self-signed certificate that only this test's HTTP client trusts).
/// </summary>
public sealed class MsalTokenSourceTests : IAsyncLifetime
{
    private const string AppId = "5a3f0d8e-0c1b-4f6e-9d0a-1b2c3d4e5f60";
    private const string Tenant = "7d2c6b9a-1111-4a5b-8c9d-0e1f2a3b4c5d";
    private StubIdentityProvider _identity = null!;

    public async Task InitializeAsync()
    {
        _identity = await StubIdentityProvider.StartAsync(https: true);
        _identity.RegisterClient(AppId, "secret");
    }

    public async Task DisposeAsync() => await _identity.DisposeAsync();

    private MsalTokenSource Source(string secret = "secret")
    {
        var options = new BotFrameworkOptions
        {
            MicrosoftAppId = AppId,
            MicrosoftAppPassword = secret,
            MicrosoftAppTenantId = Tenant,
            TokenEndpoint = _identity.TokenEndpoint(Tenant),
        };
        return new MsalTokenSource(options, CloudEndpoints.From(options), new TrustingFactory(_identity.ServerCertificate!));
    }

    [Fact]
    public async Task GetToken_TwiceFromOneSource_AsksTheEndpointOnce()
    {
        var source = Source();

        var first = await source.GetTokenAsync(CancellationToken.None);
        var second = await source.GetTokenAsync(CancellationToken.None);

        first.Should().NotBeNullOrEmpty().And.Be(second);
        var request = _identity.TokenRequests.Should().ContainSingle().Subject;
        request.Tenant.Should().Be(Tenant);
        request.Scope.Should().Be("https://api.botframework.com/.default");
    }

    [Fact]
    public async Task GetToken_AfterInvalidate_FetchesANewOne()
    {
        var source = Source();
        await source.GetTokenAsync(CancellationToken.None);

        source.Invalidate();
        await source.GetTokenAsync(CancellationToken.None);

        _identity.TokenRequests.Should().HaveCount(2);
    }

    [Fact]
    public async Task GetToken_WrongSecret_FailsWithMsalsError()
    {
        var fetch = () => Source("wrong").GetTokenAsync(CancellationToken.None);

        (await fetch.Should().ThrowAsync<MsalServiceException>()).Which.ErrorCode.Should().Be("invalid_client");
    }

    private sealed class TrustingFactory(X509Certificate2 certificate) : IMsalHttpClientFactory
    {
        private readonly HttpClient _client = new(new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, presented, _, _) => presented?.Thumbprint == certificate.Thumbprint,
        });

        public HttpClient GetHttpClient() => _client;
    }
}
