using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace MeetingBot.TestPeers.Slack;

/// <summary>
/// The WebSocket end of Socket Mode: greets each connection with <c>hello</c>, sends the envelopes a test gives to
/// the newest connection, records every acknowledgement, and can ask the bot to reconnect (<c>disconnect</c>) or
/// drop the connection without a word (network loss).
/// </summary>
public sealed class StubSlackSocket
{
    private readonly ConcurrentQueue<JsonObject> acks = new();
    private readonly SemaphoreSlim changed = new(0);
    private WebSocket? current;
    private int connections;

    public int Connections => connections;

    public IReadOnlyList<JsonObject> Acks => [.. acks];

    internal async Task ServeAsync(HttpContext context)
    {
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        current = socket;
        Interlocked.Increment(ref connections);
        await SendAsync(socket, new JsonObject { ["type"] = "hello", ["num_connections"] = 1 });
        changed.Release();
        var buffer = new byte[64 * 1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var result = await socket.ReceiveAsync(buffer, context.RequestAborted);
                if (result.MessageType == WebSocketMessageType.Close) break;
                if (JsonNode.Parse(Encoding.UTF8.GetString(buffer, 0, result.Count)) is JsonObject ack) acks.Enqueue(ack);
                changed.Release();
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
        }
    }

    /// <summary>Waits until at least <paramref name="count"/> connections have been made.</summary>
    public Task WaitForConnectionAsync(int count) => WaitAsync(() => connections >= count, $"{count} connections");

    public Task<JsonObject> WaitForAckAsync(string envelopeId) =>
        WaitAsync(() => acks.FirstOrDefault(a => a["envelope_id"]?.GetValue<string>() == envelopeId), $"the ack of {envelopeId}");

    public Task SendAsync(JsonObject envelope) => SendAsync(current ?? throw new InvalidOperationException("no connection"), envelope);

    /// <summary>Slack's "disconnect" (refresh_requested): the bot should close and connect again.</summary>
    public Task DisconnectAsync() => SendAsync(new JsonObject { ["type"] = "disconnect", ["reason"] = "refresh_requested" });

    /// <summary>The connection dies without a close handshake.</summary>
    public void Drop() => current?.Abort();

    private static Task SendAsync(WebSocket socket, JsonObject message) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);

    private async Task WaitAsync(Func<bool> condition, string what) => await WaitAsync(() => condition() ? new JsonObject() : null, what);

    private async Task<JsonObject> WaitAsync(Func<JsonObject?> found, string what)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (true)
        {
            if (found() is { } result) return result;
            try
            {
                await changed.WaitAsync(TimeSpan.FromMilliseconds(100), timeout.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Socket Mode stand-in: no {what} within 20 s");
            }
        }
    }
}
