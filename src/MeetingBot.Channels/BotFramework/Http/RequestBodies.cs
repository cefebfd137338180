using System.Buffers;
using Microsoft.AspNetCore.Http;

namespace MeetingBot.Channels.BotFramework.Http;

public enum BodyOutcome { Read, TooLarge, Incomplete, Abandoned }

/// <summary>A request body as read: its bytes, or why there are none (with the status Kestrel chose for a bad one).</summary>
public sealed record RequestBody(BodyOutcome Outcome, byte[]? Bytes = null, int Status = StatusCodes.Status400BadRequest);

/// <summary>
/// Reads a whole request body up to a cap. A body cut short (fewer bytes than its Content-Length, a broken chunk)
/// or sent slower than Kestrel's minimum rate, and a caller that hangs up mid-body, are ordinary events on the
/// internet: they come back as outcomes, never as exceptions that reach the server's "unhandled" log.
/// </summary>
public static class RequestBodies
{
    public static async Task<RequestBody> ReadAsync(HttpContext http, int maxBytes)
    {
        if (http.Request.ContentLength > maxBytes) return new(BodyOutcome.TooLarge);
        var buffer = new ArrayBufferWriter<byte>(4096);
        try
        {
            while (true)
            {
                var read = await http.Request.Body.ReadAsync(buffer.GetMemory(8192), http.RequestAborted);
                if (read == 0) return new(BodyOutcome.Read, buffer.WrittenSpan.ToArray());
                buffer.Advance(read);
                if (buffer.WrittenCount > maxBytes) return new(BodyOutcome.TooLarge);
            }
        }
        // Before IOException, which it derives from.
        catch (BadHttpRequestException e)
        {
            return new(BodyOutcome.Incomplete, Status: e.StatusCode);
        }
        catch (Exception e) when (e is IOException || e is OperationCanceledException && http.RequestAborted.IsCancellationRequested)
        {
            return new(BodyOutcome.Abandoned);
        }
    }
}
