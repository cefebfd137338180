using System.Text.Json.Nodes;
using MeetingBot.Channels.BotFramework.Turns;
using MeetingBot.TestPeers.Slack;
using Microsoft.Extensions.DependencyInjection;
using static MeetingBot.Host.Tests.Bot.SlackRequestsBuilder;

namespace MeetingBot.Host.Tests.Bot;

/// <summary>Socket Mode against a loopback WebSocket stand-in: no public URL, the same events, commands and interactions.</summary>
public sealed class SlackSocketModeTests : IAsyncLifetime
{
    private StubSlackApi _slack = null!;

    public async Task InitializeAsync() => _slack = await StubSlackApi.StartAsync();

    public async Task DisposeAsync() => await _slack.DisposeAsync();

    [Fact]
    public async Task Envelopes_AreHandledAndAcknowledged_AndTheBotReconnectsOnDisconnectAndOnNetworkLoss()
    {
        await using var app = new MeetingBotApplication
        {
            Settings = new Dictionary<string, string?>
            {
                ["Slack:BotToken"] = _slack.BotToken,
                ["Slack:AppToken"] = _slack.AppToken,
                ["Slack:ApiBaseUrl"] = _slack.ApiBaseUrl,
            },
        };
        _ = app.Server;
        var socket = _slack.Socket;
        await socket.WaitForConnectionAsync(1);
        _slack.CallsOf("apps.connections.open").Should().ContainSingle().Which.Token.Should().Be(_slack.AppToken);

        await socket.SendAsync(new JsonObject { ["envelope_id"] = "env-1", ["type"] = "events_api", ["accepts_response_payload"] = false, ["payload"] = Envelope("EvS001", DirectMessage("U0LI", "help")) });
        await socket.WaitForAckAsync("env-1");
        (await _slack.WaitForAsync("chat.postMessage")).Body["channel"]!.GetValue<string>().Should().Be("DU0LI");

        await socket.DisconnectAsync();
        await socket.WaitForConnectionAsync(2);
        // A redelivery of the same event on the new connection is acknowledged, not answered twice.
        await socket.SendAsync(new JsonObject { ["envelope_id"] = "env-2", ["type"] = "events_api", ["retry_attempt"] = 1, ["payload"] = Envelope("EvS001", DirectMessage("U0LI", "help")) });
        await socket.WaitForAckAsync("env-2");

        socket.Drop();
        await socket.WaitForConnectionAsync(3);
        await socket.SendAsync(new JsonObject
        {
            ["envelope_id"] = "env-3",
            ["type"] = "slash_commands",
            ["payload"] = new JsonObject
            {
                ["team_id"] = StubSlackApi.TeamId, ["channel_id"] = "C0GENERAL", ["user_id"] = "U0ZHANG", ["command"] = "/meeting",
                ["text"] = "谁负责实训基地", ["response_url"] = _slack.ResponseUrl("sock"), ["trigger_id"] = "t-3",
            },
        });
        await socket.WaitForAckAsync("env-3");
        (await _slack.WaitForAsync("response_url")).Body["text"]!.GetValue<string>().Should().Contain("实训基地");
        await app.Services.GetRequiredService<BackgroundWork>().WhenIdle;
        _slack.CallsOf("chat.postMessage").Should().HaveCount(1);
        _slack.CallsOf("apps.connections.open").Should().HaveCount(3);
    }
}
