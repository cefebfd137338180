using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MeetingBot.Channels.BotFramework.Auth;
using MeetingBot.Channels.Slack.Api;
using MeetingBot.Channels.Slack.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MeetingBot.Channels.Slack.Socket;

/// <summary>
/// Socket Mode, for networks that cannot expose an https endpoint: with <c>Slack:AppToken</c> the bot asks
/// apps.connections.open for a WebSocket URL and receives the same events, interactions and slash commands over it
/// as envelopes. Each is handled as over HTTP (events taken once in the store first) and acknowledged with its
/// envelope_id (an interaction's answer, such as a modal's errors, as the ack's payload). On <c>disconnect</c> (Slack
/// refreshes connections every few hours) and on network loss it connects again, waiting longer after each failure.
/// </summary>
public sealed class SlackSocketMode(
    SlackApiClient api,
    SlackEvents events,
    SlackInteractions interactions,
    SlackCommands commands,
    IOptionsMonitor<SlackOptions> options,
    TimeProvider time,
    ILogger<SlackSocketMode> log) : BackgroundService
{
    private const int MaxMessageBytes = 1024 * 1024;
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    /// <summary>How many connections have been opened (for health and tests).</summary>
    public int Connections { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.CurrentValue.SocketMode) return; // the HTTP endpoints only
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var url = await OpenUrlAsync(stoppingToken);
                using var socket = new ClientWebSocket();
                await socket.ConnectAsync(url, stoppingToken);
                Connections++;
                failures = 0;
                await ReceiveAsync(socket, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                failures++;
                SlackLog.Socket(log, $"connection lost or refused ({failures} in a row); connecting again", e);
                var wait = TimeSpan.FromMilliseconds(Math.Min(MaxBackoff.TotalMilliseconds, 250 * Math.Pow(2, Math.Min(failures, 10) - 1)));
                try
                {
                    await Task.Delay(wait, time, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task<Uri> OpenUrlAsync(CancellationToken cancellationToken)
    {
        var token = options.CurrentValue.AppToken?.Trim() ?? throw new InvalidOperationException("Slack:AppToken is not set.");
        var answer = await api.CallWithTokenAsync("apps.connections.open", new JsonObject(), token, cancellationToken);
        var url = SlackEvents.Text(answer["url"]);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || !(uri.Scheme == "wss" || (uri.Scheme == "ws" && SecureUrl.IsLoopback(uri))))
            throw new SlackApiException("apps.connections.open", "no wss url in the answer", permanent: false, attempts: 1);
        return uri;
    }

    private async Task ReceiveAsync(ClientWebSocket socket, CancellationToken cancellationToken)
    {
        // Not disposed: a handler still queued on it when the socket fails would otherwise wait forever.
        var sending = new SemaphoreSlim(1, 1);
        var inFlight = new List<Task>();
        var buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        while (socket.State == WebSocketState.Open)
        {
            var result = await socket.ReceiveAsync(buffer, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                await CloseQuietlyAsync(socket);
                break;
            }
            message.Write(buffer, 0, result.Count);
            if (message.Length > MaxMessageBytes) throw new InvalidDataException("a Socket Mode message over 1 MB");
            if (!result.EndOfMessage) continue;

            var envelope = Parse(message.ToArray());
            message.SetLength(0);
            if (envelope is null) continue;
            var type = SlackEvents.Text(envelope["type"]);
            if (type == "disconnect")
            {
                SlackLog.Socket(log, $"Slack asked to reconnect ({SlackEvents.Text(envelope["reason"])})");
                await CloseQuietlyAsync(socket);
                break;
            }
            inFlight.RemoveAll(t => t.IsCompleted);
            inFlight.Add(HandleAsync(socket, sending, envelope, cancellationToken));
        }
        await Task.WhenAll(inFlight);
    }

    private async Task HandleAsync(ClientWebSocket socket, SemaphoreSlim sending, JsonObject envelope, CancellationToken cancellationToken)
    {
        var id = SlackEvents.Text(envelope["envelope_id"]);
        if (id is null) return; // hello, and anything that wants no acknowledgement
        JsonObject? payload = null;
        try
        {
            switch (SlackEvents.Text(envelope["type"]))
            {
                case "events_api" when envelope["payload"] is JsonObject callback:
                    var outcome = await events.AcceptAsync(callback, envelope["retry_attempt"]?.ToString());
                    if (outcome.Kind == EventAcceptance.Unavailable) return; // unacknowledged: Slack delivers it again
                    break;
                case "interactive" when envelope["payload"] is JsonObject interaction:
                    payload = await interactions.HandleAsync(interaction);
                    break;
                case "slash_commands" when envelope["payload"] is JsonObject command:
                    await commands.HandleAsync(key => SlackEvents.Text(command[key]));
                    break;
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            SlackLog.HandlingFailed(log, "socket envelope", id, e);
        }

        var ack = new JsonObject { ["envelope_id"] = id };
        if (payload is not null) ack["payload"] = payload;
        await sending.WaitAsync(cancellationToken);
        try
        {
            if (socket.State == WebSocketState.Open)
                await socket.SendAsync(Encoding.UTF8.GetBytes(ack.ToJsonString()), WebSocketMessageType.Text, true, cancellationToken);
        }
        catch (WebSocketException e)
        {
            SlackLog.Socket(log, $"could not acknowledge envelope {id}; Slack will deliver it again", e);
        }
        finally
        {
            sending.Release();
        }
    }

    private static JsonObject? Parse(byte[] bytes)
    {
        try
        {
            return JsonNode.Parse(bytes) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static async Task CloseQuietlyAsync(ClientWebSocket socket)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "reconnecting", timeout.Token);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // Already gone: a new connection follows either way.
        }
    }
}
