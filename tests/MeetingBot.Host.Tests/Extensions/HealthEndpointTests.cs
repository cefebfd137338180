using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Host.Extensions.Health;
using MeetingBot.Storage.Entities;
using MeetingBot.TestPeers.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

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

    [Fact]
    public async Task GetLive_IsOkWithoutRunningAnyCheck()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/health/live");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = (await response.Content.ReadFromJsonAsync<HealthBody>())!;
        body.Status.Should().Be("ok");
        body.Checks.Should().BeEmpty();
    }

    [Fact]
    public async Task GetReady_LocalMode_ReportsStoreKeysAndSchedulerOk()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/health/ready");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = (await response.Content.ReadFromJsonAsync<HealthBody>())!;
        body.Checks.Keys.Should().BeEquivalentTo("store", "signing-keys", "reminder-scheduler");
        body.Checks.Values.Should().OnlyContain(c => c.Status == "ok");
        body.Checks["signing-keys"].Description.Should().Contain("local development mode");
    }

    [Fact]
    public async Task GetReady_TeamsMode_FetchesTheSigningKeysOnce()
    {
        await using var identity = await StubIdentityProvider.StartAsync();
        await using var app = TeamsApp(identity.BotFrameworkMetadataUrl, identity.TokenEndpoint(Tenant));
        using var client = app.CreateClient();

        var first = await client.GetAsync("/health/ready");
        var requestsAfterFirst = identity.KeysRequests;
        var second = await client.GetAsync("/health/ready");

        first.StatusCode.Should().Be(HttpStatusCode.OK);
        second.StatusCode.Should().Be(HttpStatusCode.OK);
        requestsAfterFirst.Should().Be(2, "the channel's keys and Entra's");
        identity.KeysRequests.Should().Be(requestsAfterFirst, "then they are cached");
    }

    [Fact]
    public async Task GetReady_SigningKeysUnreachable_Is503NamingThemWhileLiveStaysOk()
    {
        // A port nobody listens on: the metadata cannot be fetched.
        await using var app = TeamsApp("http://127.0.0.1:9/v1/.well-known/openidconfiguration", "http://127.0.0.1:9/t/oauth2/v2.0/token");
        using var client = app.CreateClient();

        var ready = await client.GetAsync("/health/ready");
        var live = await client.GetAsync("/health/live");
        var health = await client.GetAsync("/health");

        ready.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        var body = (await ready.Content.ReadFromJsonAsync<HealthBody>())!;
        body.Status.Should().Be("unhealthy");
        body.Checks["signing-keys"].Status.Should().Be("unhealthy");
        body.Checks["signing-keys"].Description.Should().Contain("127.0.0.1:9");
        body.Checks["store"].Status.Should().Be("ok");
        live.StatusCode.Should().Be(HttpStatusCode.OK);
        health.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable, "/health runs every check, as before");
    }

    [Fact]
    public async Task StoreCheck_StoreDown_IsUnhealthyWithTheReason()
    {
        var check = new StoreHealthCheck(new DownTable());

        var result = await check.CheckHealthAsync(new HealthCheckContext());

        result.Status.Should().Be(HealthStatus.Unhealthy);
        result.Description.Should().Contain("connection refused");
    }

    private const string Tenant = "3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7";

    private static MeetingBotApplication TeamsApp(string metadataUrl, string tokenEndpoint) => new()
    {
        Settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d",
            ["MicrosoftAppPassword"] = "secret",
            ["MicrosoftAppTenantId"] = Tenant,
            ["BotFramework:OpenIdMetadataUrl"] = metadataUrl,
            ["BotFramework:TokenEndpoint"] = tokenEndpoint,
        },
    };

    private sealed class DownTable : IEntityTable
    {
        private static StoreUnavailableException Down() => new("Azure Table Storage could not read: connection refused");
        public Task InitializeAsync(CancellationToken cancellationToken = default) => throw Down();
        public Task<EntityRow?> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken = default) => throw Down();
        public Task<IReadOnlyList<EntityRow>> QueryAsync(string partitionKey, IReadOnlyList<string> rowKeyPrefixes, CancellationToken cancellationToken = default) => throw Down();
        public Task<IReadOnlyList<EntityRow>> FindByRowKeyAsync(string rowKey, CancellationToken cancellationToken = default) => throw Down();
        public Task<IReadOnlyList<EntityRow>> FindInRowKeyRangeAsync(string fromInclusive, string toExclusive, CancellationToken cancellationToken = default) => throw Down();
        public Task<IReadOnlyList<EntityRow>> QueryRangeAsync(string partitionKey, string fromInclusive, string toExclusive, CancellationToken cancellationToken = default) => throw Down();
        public Task<IReadOnlyList<string?>> SubmitAsync(string partitionKey, IReadOnlyList<EntityWrite> writes, CancellationToken cancellationToken = default) => throw Down();
    }

    private sealed record CheckBody(string Status, string? Description);

    private sealed record HealthBody(string Status, string Version, Dictionary<string, CheckBody> Checks);
}
