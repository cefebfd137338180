using System.Net.WebSockets;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;

namespace MeetingBot.Channels.WebChat.DirectLine;

/// <summary>
/// GET /conversations/{id}/stream?t=…&amp;watermark=…: the WebSocket DirectLineJS opens by default. Pre-authorised
/// by a one-time <see cref="StreamTickets">ticket</see> in the URL (a browser cannot set headers on a socket); sends the activities after the watermark as
/// one ActivitySet per frame, then each new one as it is appended. What the client sends is ignored (DirectLineJS
/// pings with empty frames); closing either side ends it, and DirectLineJS reconnects through GET /conversations/{id}.
/// </summary>
internal static class DirectLineStream
{
    public const string TokenParameter = "t";

    public static string UrlFor(HttpRequest request, StreamTickets tickets, string conversationId, string userId, string? watermark = null)
    {
        var ticket = tickets.Issue(conversationId, userId);
        var scheme = request.IsHttps ? "wss" : "ws";
        var url = $"{scheme}://{request.Host}{request.PathBase}{DirectLineApi.Base}/conversations/{Uri.EscapeDataString(conversationId)}/stream"
            + $"?{TokenParameter}={ticket}";
        return string.IsNullOrWhiteSpace(watermark) ? url : url + "&watermark=" + Uri.EscapeDataString(watermark.Trim());
    }

    public static async Task<IResult> AcceptAsync(
        string id, string? watermark, HttpContext http, StreamTickets tickets, DirectLineConversations conversations, IHostApplicationLifetime lifetime)
    {
        if (!http.WebSockets.IsWebSocketRequest)
            return DirectLineResults.Error(StatusCodes.Status400BadRequest, "BadArgument", "the stream is a WebSocket: connect with ws:// (or use polling)");
        if (tickets.Redeem(http.Request.Query[TokenParameter].ToString()) is not { } ticket)
            return DirectLineResults.Error(StatusCodes.Status403Forbidden, "TokenInvalid",
                "the stream URL is used, expired or not valid: reconnect through GET /v3/directline/conversations/{id} for a new one");
        if (!string.Equals(ticket.ConversationId, id, StringComparison.Ordinal))
            return DirectLineResults.Error(StatusCodes.Status403Forbidden, "Forbidden", "this stream URL is for another conversation");
        if (conversations.Find(id) is not { } conversation || conversation.UserId != ticket.UserId)
            return DirectLineResults.Error(StatusCodes.Status404NotFound, "NotFound", "the conversation does not exist");

        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        // A stopping host closes its sockets rather than wait for the clients to.
        using var ending = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
        await PumpAsync(socket, conversation.Log, watermark, ending.Token);
        return Results.Empty;
    }

    private static async Task PumpAsync(WebSocket socket, ActivityLog log, string? watermark, CancellationToken aborted)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        var closed = DrainAsync(socket, stop.Token);
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                // Ask for the next append before reading, so nothing appended in between is missed.
                var appended = log.NextAppendAsync();
                var page = log.After(watermark);
                if (page.Activities.Count > 0)
                {
                    await socket.SendAsync(DirectLineResults.ActivitySetBytes(page), WebSocketMessageType.Text, true, stop.Token);
                    watermark = page.Watermark;
                    continue;
                }
                if (await Task.WhenAny(appended, closed) == closed) break;
            }
            if (socket.State == WebSocketState.CloseReceived)
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
            else if (socket.State == WebSocketState.Open)
                await socket.CloseOutputAsync(WebSocketCloseStatus.EndpointUnavailable, "the bot is stopping", CancellationToken.None);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // The client went away: nothing to tell anyone, the log keeps everything for its reconnect.
        }
        finally
        {
            await stop.CancelAsync();
        }
    }

    // Reads and drops what the client sends (pings) until it closes.
    private static async Task DrainAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[1024];
        try
        {
            while (true)
            {
                var received = await socket.ReceiveAsync(buffer, cancellationToken);
                if (received.MessageType == WebSocketMessageType.Close) return;
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
        }
    }
}
