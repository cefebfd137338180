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
    public async Task Reconnect_WithAWatermark_StreamsExactlyTheActivitiesAfterIt()
    {
        var session = await host.SessionAsync("demo-002", "bystander");
        var started = await WebChatHost.JsonAsync(await host.SendAsync(HttpMethod.Post, "v3/directline/conversations", session.Token));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        string watermark;
        using (var first = new ClientWebSocket())
        {
            await first.ConnectAsync(new Uri(started["streamUrl"]!.GetValue<string>()), timeout.Token);
            await host.PostActivityAsync(session, WebChatHost.Message("谁负责双师型教师？", clientActivityId: "ws-1"));
            var seen = 0;
            JsonObject set;
            do
            {
                set = await ReceiveAsync(first, timeout.Token);
                seen += set["activities"]!.AsArray().Count;
            }
            while (seen < 2);
            watermark = set["watermark"]!.GetValue<string>();
            await first.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
        }

        // While the client is away the conversation goes on; it then reconnects from its watermark.
        await host.PostActivityAsync(session, WebChatHost.Message("下次会议什么时候？", clientActivityId: "ws-2"));
        var reconnect = await WebChatHost.JsonAsync(await host.SendAsync(HttpMethod.Get,
            $"v3/directline/conversations/{session.ConversationId}?watermark={watermark}", session.Token));
        using var second = new ClientWebSocket();
        await second.ConnectAsync(new Uri(reconnect["streamUrl"]!.GetValue<string>()), timeout.Token);

        var replayed = (await ReceiveAsync(second, timeout.Token))["activities"]!.AsArray().Select(a => a!.AsObject()).ToList();
        replayed.Should().HaveCount(2, "the second question's echo and answer, nothing from before the watermark");
        replayed[0]["channelData"]!["clientActivityID"]!.GetValue<string>().Should().Be("ws-2");
        replayed[1]["from"]!["role"]!.GetValue<string>().Should().Be("bot");
        await second.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
    }

    [Fact]
    public async Task StreamUrl_ForAnotherConversation_Is403()
    {
        var mine = await host.SessionAsync("demo-002", "bystander");
        var theirs = await host.SessionAsync("demo-002", "convenor");
        var myUrl = await StreamUrlAsync(mine);
        using var socket = new ClientWebSocket();

        var theirUrl = new Uri(myUrl.ToString().Replace(mine.ConversationId, theirs.ConversationId));
        var connect = () => socket.ConnectAsync(theirUrl, CancellationToken.None);

        (await connect.Should().ThrowAsync<WebSocketException>()).Which.Message.Should().Contain("403");
    }

    [Fact]
    public async Task StreamUrl_UsedOnceOrAfterAMinute_OpensNothing()
    {
        var session = await host.SessionAsync("demo-002", "bystander");
        var used = await StreamUrlAsync(session);
        var stale = await StreamUrlAsync(session);
        using (var first = new ClientWebSocket())
            await first.ConnectAsync(used, CancellationToken.None);
        host.Time.Advance(TimeSpan.FromSeconds(61));

        foreach (var url in new[] { used, stale })
        {
            using var socket = new ClientWebSocket();
            var connect = () => socket.ConnectAsync(url, CancellationToken.None);
            (await connect.Should().ThrowAsync<WebSocketException>()).Which.Message.Should().Contain("403");
        }
        (await StreamUrlAsync(session)).Should().NotBe(used, "a reconnect gets a new stream URL");
    }

    private async Task<Uri> StreamUrlAsync(WebChatSession session)
    {
        var reconnect = await WebChatHost.JsonAsync(await host.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{session.ConversationId}", session.Token));
        var url = reconnect["streamUrl"]!.GetValue<string>();
        url.Should().NotContain(session.Token, "URLs end up in logs: the stream URL carries a one-time ticket, not the token");
        return new Uri(url);
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
