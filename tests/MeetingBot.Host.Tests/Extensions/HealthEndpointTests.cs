using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Host.Tests.Extensions;

public sealed class HealthEndpointTests(MeetingBotApplication factory)
    : IClassFixture<MeetingBotApplication>
{
    [Fact]
    public async Task GetHealth_InProcess_ReturnsOkWithVersion()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/health");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/json");
        var body = await response.Content.ReadFromJsonAsync<HealthBody>();
        body.Should().NotBeNull();
        body!.Status.Should().Be("ok");
        body.Version.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task GetHealth_OnKestrel_AnswersOverARealSocket()
    {
        // The real server on a free loopback port, called by a plain HttpClient rather than the in-memory handler.
        await using var kestrel = new MeetingBotApplication();
        kestrel.UseKestrel(0);
        kestrel.StartServer();
        var address = kestrel.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
            .Addresses.Should().ContainSingle().Subject;
        using var client = new HttpClient { BaseAddress = new Uri(address) };

        var response = await client.GetAsync("/health");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadFromJsonAsync<HealthBody>())!.Status.Should().Be("ok");
    }

    private sealed record HealthBody(string Status, string Version);
}
