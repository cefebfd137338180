using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using MeetingBot.Channels.BotFramework;
using MeetingBot.Channels.BotFramework.Turns;
using MeetingBot.Channels.Files;
using MeetingBot.Core.Messaging;
using MeetingBot.TestPeers.Connector;
using MeetingBot.TestPeers.Hosting;
using MeetingBot.TestPeers.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MeetingBot.Channels.Tests.Infrastructure;

/// <summary>
/// The Bot Framework channel in a real Kestrel host on loopback, with a stub identity provider and a stub Connector
/// reached through configuration alone, as the production code path would reach the real ones.
/// </summary>
public sealed class BotFrameworkHost : IAsyncDisposable
{
    public const string AppId = "5a3f0d8e-0c1b-4f6e-9d0a-1b2c3d4e5f60";
    public const string AppPassword = "not-a-real-secret";
    public const string BotId = "28:" + AppId;

    private readonly WebApplication _app;

    private BotFrameworkHost(WebApplication app, StubIdentityProvider identity, StubConnector connector, Uri baseUrl)
    {
        _app = app;
        Identity = identity;
        Connector = connector;
        Client = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(30) };
    }

    public StubIdentityProvider Identity { get; }
    public StubConnector Connector { get; }
    public HttpClient Client { get; }
    public IServiceProvider Services => _app.Services;
    public InMemoryConversationStore Conversations => (InMemoryConversationStore)_app.Services.GetRequiredService<IConversationStore>();
    public InMemoryUndeliveredLog Undelivered => (InMemoryUndeliveredLog)_app.Services.GetRequiredService<IUndeliveredMessageLog>();
    public BotProbe Probe => _app.Services.GetRequiredService<BotProbe>();
    public CapturedLogs Logs => _app.Services.GetRequiredService<CapturedLogs>();

    /// <summary>Completes when the host's background work (queued notifications, turns over budget) has finished.</summary>
    public Task WhenIdle => _app.Services.GetRequiredService<BackgroundWork>().WhenIdle;

    /// <summary>Now, by the host's clock (the one its token checks use).</summary>
    public DateTimeOffset Now => _app.Services.GetRequiredService<TimeProvider>().GetUtcNow();

    /// <param name="developmentMode">No MicrosoftAppId: unauthenticated loopback calls, no outbound token.</param>
    /// <param name="settings">Extra or overriding configuration (null removes a key).</param>
    /// <param name="registerBot">Registers the bot and the channel; default: <see cref="ScriptedBot"/>.</param>
    /// <param name="clock">The host's clock; default: the peers' wall clock.</param>
    public static async Task<BotFrameworkHost> StartAsync(bool developmentMode = false, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? registerBot = null,
        TimeProvider? clock = null)
    {
        var identity = await StubIdentityProvider.StartAsync();
        identity.RegisterClient(AppId, AppPassword);
        var connector = await StubConnector.StartAsync();

        var configuration = new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = developmentMode ? null : AppId,
            ["MicrosoftAppPassword"] = developmentMode ? null : AppPassword,
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppTenantId"] = TestActivities.TenantId,
            ["BotFramework:OpenIdMetadataUrl"] = identity.BotFrameworkMetadataUrl,
            ["BotFramework:TokenEndpoint"] = identity.TokenEndpoint(TestActivities.TenantId),
            ["BotFramework:Retry:BaseDelay"] = "00:00:00.050",
            ["BotFramework:Retry:AttemptTimeout"] = "00:00:01",
            ["BotFramework:Turn:Budget"] = "00:00:01",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) configuration[key] = value;

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(configuration);
        var logs = new CapturedLogs();
        builder.Logging.ClearProviders().AddProvider(logs);
        builder.Services.AddSingleton(logs);
        builder.Services.AddSingleton<IConversationStore, InMemoryConversationStore>();
        builder.Services.AddSingleton<IUndeliveredMessageLog, InMemoryUndeliveredLog>();
        builder.Services.AddSingleton<BotProbe>();
        // Real Kestrel, real peers, real budgets and retries: the host runs on the peers' wall clock unless told otherwise.
        builder.Services.AddSingleton(clock ?? WallClock.Instance);
        if (registerBot is null) builder.Services.AddBotFramework<ScriptedBot>();
        else registerBot(builder.Services);

        var app = builder.Build();
        app.MapBotFramework();
        if (app.Services.GetService<FileLinks>() is not null) app.MapFileLinks();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new BotFrameworkHost(app, identity, connector, new Uri(address));
    }

    public string ChannelToken(string? serviceUrl = null) =>
        Identity.IssueChannelToken(new ChannelTokenSpec(AppId, serviceUrl ?? Connector.ServiceUrl));

    public JsonObject Message(string text) => TestActivities.Message(text, Connector.ServiceUrl, BotId);

    /// <summary>Posts an activity with a valid channel token for the stub connector's serviceUrl.</summary>
    public Task<HttpResponseMessage> PostAsync(JsonNode activity) => PostAsync(activity.ToJsonString(), ChannelToken());

    public async Task<HttpResponseMessage> PostAsync(string body, string? token, string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(body, Encoding.UTF8, contentType),
        };
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await Connector.DisposeAsync();
        await Identity.DisposeAsync();
    }
}
