using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using MeetingBot.Host.Extensions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Host.Tests.WebChat;

/// <summary>A web chat session as /webchat/session returns it.</summary>
public sealed record WebChatSession(string Token, string ConversationId, string UserId, string UserName);

/// <summary>
/// The host as a newcomer runs it (local mode: no MicrosoftAppId), in a real Kestrel on 127.0.0.1 with a fresh
/// embedded store (so the demo joint meetings are there) and the clock at Mon 2026-03-02 09:00 Beijing. The web
/// chat serves loopback callers only, which is why these tests cannot use the in-memory test server.
/// </summary>
public sealed class WebChatHost : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    private readonly WebApplication app;
    private readonly TempFolder? data;

    private WebChatHost(WebApplication app, TempFolder? data, FakeTimeProvider time, Uri baseUrl)
    {
        this.app = app;
        this.data = data;
        Time = time;
        Client = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(60) };
    }

    public FakeTimeProvider Time { get; }
    public HttpClient Client { get; }
    public IServiceProvider Services => app.Services;

    /// <param name="dataPath">The store's folder, to start again over what another host left; a fresh one (removed afterwards) when null.</param>
    public static async Task<WebChatHost> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, string? dataPath = null)
    {
        var data = dataPath is null ? new TempFolder() : null;
        var time = new FakeTimeProvider(Start);
        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DataPath"] = dataPath ?? data!.Path,
            ["MicrosoftAppId"] = "", // local mode, whatever the environment says
        });
        if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
        builder.AddMeetingBotHost();
        builder.Services.AddSingleton<TimeProvider>(time);
        var app = builder.Build();
        app.MapMeetingBotEndpoints();
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
        return new WebChatHost(app, data, time, new Uri($"http://127.0.0.1:{address.Port}/"));
    }

    public async Task<WebChatSession> SessionAsync(string jointMeetingId, string persona, string locale = "zh-CN")
    {
        var response = await Client.PostAsJsonAsync("webchat/session", new { jointMeetingId, persona, locale });
        var body = await JsonAsync(response);
        response.EnsureSuccessStatusCode();
        return new WebChatSession(body["token"]!.GetValue<string>(), body["conversationId"]!.GetValue<string>(),
            body["user"]!["id"]!.GetValue<string>(), body["user"]!["name"]!.GetValue<string>());
    }

    /// <summary>A call with the token (none when null) and a JSON body (none when null).</summary>
    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, string? json = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        // As DirectLineJS sends it on every call.
        request.Headers.Add("x-ms-bot-agent", "DirectLine/3.0 (directlinejs; WebChat/4.18.0)");
        if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        return Client.SendAsync(request);
    }

    /// <summary>Posts an activity as Web Chat does (a clientActivityID in channelData) and returns the response.</summary>
    public Task<HttpResponseMessage> PostActivityAsync(WebChatSession session, JsonObject activity, string? token = null, string? conversationId = null) =>
        SendAsync(HttpMethod.Post, $"v3/directline/conversations/{conversationId ?? session.ConversationId}/activities", token ?? session.Token, activity.ToJsonString());

    public static JsonObject Message(string? text, JsonObject? value = null, string clientActivityId = "c1", string locale = "zh-CN")
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["from"] = new JsonObject { ["id"] = "r_browser", ["role"] = "user" },
            ["locale"] = locale,
            ["channelData"] = new JsonObject { ["clientActivityID"] = clientActivityId },
        };
        if (text is not null) activity["text"] = text;
        if (value is not null) activity["value"] = value;
        return activity;
    }

    /// <summary>What a poll returns: the activities after the watermark, and the next watermark.</summary>
    public async Task<(List<JsonObject> Activities, string? Watermark)> PollAsync(WebChatSession session, string? watermark = null)
    {
        var query = watermark is null ? "" : $"?watermark={Uri.EscapeDataString(watermark)}";
        var response = await SendAsync(HttpMethod.Get, $"v3/directline/conversations/{session.ConversationId}/activities{query}", session.Token);
        var body = await JsonAsync(response);
        response.EnsureSuccessStatusCode();
        return (body["activities"]!.AsArray().Select(a => a!.AsObject()).ToList(), body["watermark"]?.GetValue<string>());
    }

    /// <summary>Posts a message and returns the bot's answers to it (the activities replying to its echo).</summary>
    public async Task<List<JsonObject>> AskAsync(WebChatSession session, JsonObject activity)
    {
        var response = await PostActivityAsync(session, activity);
        var id = (await JsonAsync(response))["id"]!.GetValue<string>();
        response.EnsureSuccessStatusCode();
        var (activities, _) = await PollAsync(session);
        return activities.Where(a => a["replyToId"]?.GetValue<string>() == id).ToList();
    }

    public static async Task<JsonObject> JsonAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) as JsonObject ?? [];

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        data?.Dispose();
    }
}
