using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace MeetingBot.Host.Tests.WebChat;

/// <summary>The WebSocket stream DirectLineJS opens when the page does not ask for polling.</summary>
public sealed class DirectLineStreamTests : IAsyncLifetime
{
    private WebChatHost host = null!;

    public async Task InitializeAsync() => host = await WebChatHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Stream_AfterAPost_CarriesTheEchoThenTheAnswer()
    {
        var session = await host.SessionAsync("demo-002", "bystander");
        var started = await WebChatHost.JsonAsync(await host.SendAsync(HttpMethod.Post, "v3/directline/conversations", session.Token));
        var streamUrl = new Uri(started["streamUrl"]!.GetValue<string>());
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30)); // a bound, not a wait: frames arrive at once
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(streamUrl, timeout.Token);

        await host.PostActivityAsync(session, WebChatHost.Message("谁负责双师型教师？", clientActivityId: "ws-1"));
        var received = new List<JsonObject>();
        while (received.Count < 2)
        {
            var set = await ReceiveAsync(socket, timeout.Token);
            received.AddRange(set["activities"]!.AsArray().Select(a => a!.AsObject()));
            set["watermark"].Should().NotBeNull();
        }

        streamUrl.Scheme.Should().Be("ws");
        received[0]["channelData"]!["clientActivityID"]!.GetValue<string>().Should().Be("ws-1");
        received[1]["from"]!["role"]!.GetValue<string>().Should().Be("bot");
        received[1]["text"]!.GetValue<string>().Should().Contain("区教体局");
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
    }

    [Fact]
    public async Task Stream_WithAnotherConversationsToken_Is403()
    {
        var mine = await host.SessionAsync("demo-002", "bystander");
        var theirs = await host.SessionAsync("demo-002", "convenor");
        using var socket = new ClientWebSocket();

        var uri = new Uri(host.Client.BaseAddress!, $"v3/directline/conversations/{theirs.ConversationId}/stream?t={Uri.EscapeDataString(mine.Token)}");
        var connect = () => socket.ConnectAsync(new UriBuilder(uri) { Scheme = "ws" }.Uri, CancellationToken.None);

        (await connect.Should().ThrowAsync<WebSocketException>()).Which.Message.Should().Contain("403");
    }

    private static async Task<JsonObject> ReceiveAsync(ClientWebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, cancellationToken);
            message.Write(buffer, 0, result.Count);
            if (!result.EndOfMessage) continue;
            if (message.Length == 0) continue; // keep-alive
            return JsonNode.Parse(Encoding.UTF8.GetString(message.ToArray()))!.AsObject();
        }
    }
}
