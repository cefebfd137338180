using System.Net;
using MeetingBot.Channels.Tests.Infrastructure;
using MeetingBot.TestPeers.Hosting;
using MeetingBot.TestPeers.Identity;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Channels.Tests.BotFramework.Auth;

/// <summary>Token lifetimes are checked by the host's clock, not the wall clock: here the host runs two hours ahead.</summary>
public sealed class TokenLifetimeClockTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(WallClock.Now.AddHours(2));
    private BotFrameworkHost _host = null!;

    public async Task InitializeAsync() => _host = await BotFrameworkHost.StartAsync(clock: _clock);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private string Token(DateTimeOffset now) => _host.Identity.IssueChannelToken(
        new ChannelTokenSpec(BotFrameworkHost.AppId, _host.Connector.ServiceUrl) { NotBefore = now.AddMinutes(-5), Expires = now.AddHours(1) });

    [Fact]
    public async Task Post_TokenValidByTheWallClockOnly_IsRefusedAsExpired()
    {
        var response = await _host.PostAsync(_host.Message("hi").ToJsonString(), Token(WallClock.Now));

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        _host.Logs.Lines.Should().Contain(l => l.Contains("Refused") && l.Contains("expired"));
    }

    [Fact]
    public async Task Post_TokenValidByTheHostsClock_IsAccepted()
    {
        var response = await _host.PostAsync(_host.Message("hi").ToJsonString(), Token(_clock.GetUtcNow()));

        response.StatusCode.Should().Be(HttpStatusCode.OK, "the token is two hours early by the wall clock, on time by the host's");
    }
}
