using MeetingBot.Channels.BotFramework.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MeetingBot.Channels.Slack.Http;

/// <summary>
/// The door of every Slack endpoint: reads the raw body (the signature covers its bytes exactly as sent) and
/// verifies it before anything of it is parsed or acted on. A refused request is answered 401 (or 400/413 for a
/// body that cannot be read) and logged with the reason only: never the secret, the signature or the body.
/// </summary>
public sealed class SlackRequests(IOptionsMonitor<SlackOptions> options, TimeProvider time, ILogger<SlackRequests> log)
{
    /// <summary>Slack's payloads stay well under this (a modal's state of 100 blocks is a few tens of KB).</summary>
    public const int MaxBodyBytes = 512 * 1024;

    /// <summary>The verified body, or null when the request has been refused (the response is written).</summary>
    public async Task<byte[]?> ReadVerifiedAsync(HttpContext http)
    {
        var body = await RequestBodies.ReadAsync(http, MaxBodyBytes);
        if (body.Outcome != BodyOutcome.Read)
        {
            if (body.Outcome == BodyOutcome.Abandoned) return null;
            http.Response.StatusCode = body.Outcome == BodyOutcome.TooLarge ? StatusCodes.Status413PayloadTooLarge : body.Status;
            return null;
        }

        var secret = options.CurrentValue.SigningSecret;
        var check = string.IsNullOrWhiteSpace(secret)
            ? SignatureCheck.Missing
            : SlackSignature.Verify(secret, http.Request.Headers[SlackSignature.TimestampHeader], http.Request.Headers[SlackSignature.SignatureHeader],
                body.Bytes, time.GetUtcNow(), TimeSpan.FromSeconds(options.CurrentValue.MaxClockSkewSeconds));
        if (check == SignatureCheck.Valid) return body.Bytes;

        SlackLog.Refused(log, http.Request.Path, check, http.Connection.RemoteIpAddress?.ToString());
        http.Response.StatusCode = StatusCodes.Status401Unauthorized;
        return null;
    }
}
