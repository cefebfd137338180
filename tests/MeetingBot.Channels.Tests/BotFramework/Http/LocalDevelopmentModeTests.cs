using System.Net;
using MeetingBot.Channels.Tests.Infrastructure;

namespace MeetingBot.Channels.Tests.BotFramework.Http;

/// <summary>No MicrosoftAppId: the bot talks to a local client (Emulator, the built-in web chat) without tokens, on loopback only.</summary>
public sealed class LocalDevelopmentModeTests : IAsyncLifetime
{
    private BotFrameworkHost _host = null!;

    public async Task InitializeAsync() => _host = await BotFrameworkHost.StartAsync(developmentMode: true);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Post_FromLoopbackWithoutToken_IsAnsweredWithoutAToken()
    {
        var response = await _host.PostAsync(_host.Message("hi").ToJsonString(), token: null);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var reply = await _host.Connector.WaitForRequestAsync();
        reply.Authorization.Should().BeNull("there are no credentials to send");
        _host.Identity.TokenRequests.Should().BeEmpty();
    }

    [Fact]
    public async Task Post_NamingANonLoopbackServiceUrl_IsNotUsedAsARelay()
    {
        var activity = TestActivities.Message("hi", "https://example.com/", BotFrameworkHost.BotId);

        var response = await _host.PostAsync(activity.ToJsonString(), token: null);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        await _host.WhenIdle;
        _host.Undelivered.Entries.Should().ContainSingle().Which.Reason.Should().Contain("not configured");
    }
}
