using System.Net;
using MeetingBot.Channels.Tests.Infrastructure;
using MeetingBot.TestPeers.Azurite;
using MeetingBot.TestPeers.Identity;

namespace MeetingBot.Channels.Tests.BotFramework.Auth;

/// <summary>Entra ID-issued tokens (Emulator style): v1 and v2, the service's tenants and the bot's own tenant.</summary>
public sealed class EntraTokenTests : IAsyncLifetime
{
    private BotFrameworkHost _host = null!;

    public async Task InitializeAsync() => _host = await BotFrameworkHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/", "1.0")]
    [InlineData("https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0", "2.0")]
    [InlineData("https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/", "1.0")]
    [InlineData("https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0", "2.0")]
    [InlineData("https://sts.windows.net/" + TestActivities.TenantId + "/", "1.0")]
    [InlineData("https://login.microsoftonline.com/" + TestActivities.TenantId + "/v2.0", "2.0")]
    public async Task Post_EntraTokenNamingThisBot_IsAccepted(string issuer, string version)
    {
        var token = _host.Identity.IssueEntraToken(new EntraTokenSpec("https://api.botframework.com", issuer, version, BotFrameworkHost.AppId));

        var response = await _host.PostAsync(_host.Message("from the emulator").ToJsonString(), token);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        _host.Identity.MetadataRequests.Should().Be(1, "an Entra issuer needs only the Entra metadata, which comes from the authority of BotFramework:TokenEndpoint");
    }

    [Theory]
    [InlineData("https://sts.windows.net/11111111-2222-3333-4444-555555555555/", "1.0", "an unknown tenant")]
    [InlineData("https://login.microsoftonline.com/11111111-2222-3333-4444-555555555555/v2.0", "2.0", "an unknown tenant")]
    [InlineData("https://login.microsoftonline.us/cab8a31a-1906-4287-a0d8-4eef66b95f6e/v2.0", "2.0", "another cloud's service tenant")]
    public async Task Post_EntraTokenFromElsewhere_Is401(string issuer, string version, string because)
    {
        var token = _host.Identity.IssueEntraToken(new EntraTokenSpec("https://api.botframework.com", issuer, version, BotFrameworkHost.AppId));

        var response = await _host.PostAsync(_host.Message("x").ToJsonString(), token);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized, because);
    }

    [Fact]
    public async Task Post_EntraTokenSignedByAChannelKey_Is401()
    {
        var token = _host.Identity.IssueEntraToken(new EntraTokenSpec("https://api.botframework.com",
            "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/", "1.0", BotFrameworkHost.AppId) { Key = _host.Identity.ChannelKey });

        var response = await _host.PostAsync(_host.Message("x").ToJsonString(), token);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized, "each issuer's tokens are checked against that issuer's keys only");
    }

    [Theory]
    [InlineData("https://sts.windows.net/11111111-2222-3333-4444-555555555555/", "1.0")]
    [InlineData("https://evil.example/", "2.0")]
    public async Task Post_UnknownIssuerWhileEntraIsUnreachable_Is401WithoutAskingEntra(string issuer, string version)
    {
        // The Entra metadata lives at the token endpoint's authority: here a port where nobody listens.
        await using var host = await BotFrameworkHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["BotFramework:TokenEndpoint"] = $"http://127.0.0.1:{LoopbackPorts.Closed()}/{TestActivities.TenantId}/oauth2/v2.0/token",
        });
        var token = host.Identity.IssueEntraToken(new EntraTokenSpec("https://api.botframework.com", issuer, version, BotFrameworkHost.AppId));

        var response = await host.PostAsync(host.Message("x").ToJsonString(), token);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized, "an issuer the bot could never accept is refused before anything is fetched for it");
        host.Logs.Lines.Should().NotContain(l => l.Contains("Could not read the OpenID metadata"));
        host.Probe.Turns.Should().Be(0);
    }
}
