using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using MeetingBot.Channels.BotFramework.Auth;
using MeetingBot.Channels.BotFramework.Connector;
using MeetingBot.Channels.BotFramework.Schema;
using MeetingBot.Channels.BotFramework.Turns;
using MeetingBot.Core.Telemetry;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace MeetingBot.Channels.BotFramework.Http;

/// <summary>
/// POST /api/messages: authenticate, read and check the activity, hand it to the adapter, answer. The token is
/// checked before the body is read, so an unauthenticated caller learns nothing about what we accept; every
/// refusal is a clear 4xx (never a 500), and a refused call changes nothing.
/// </summary>
internal sealed class MessagesEndpoint(
    BotFrameworkOptions options,
    InboundTokenValidator validator,
    ServiceUrlTrust trust,
    BotAdapter adapter,
    ILogger<MessagesEndpoint> log)
{
    public const string Path = "/api/messages";

    /// <summary>Far above any real activity (Teams messages stop near 100 KB), far below what could hurt the host.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    private static readonly JsonSerializerOptions InvokeJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task HandleAsync(HttpContext http)
    {
        var caller = await AuthenticateAsync(http);
        if (caller is null) return;

        if (!IsJson(http.Request.ContentType))
        {
            await RefuseAsync(http, StatusCodes.Status415UnsupportedMediaType, "UnsupportedMediaType", "the body must be an activity in JSON (Content-Type: application/json)");
            return;
        }

        var body = await ReadBodyAsync(http);
        if (body is null) return;

        if (StrictJson.Problem(body) is { } malformed)
        {
            await RefuseAsync(http, StatusCodes.Status400BadRequest, "BadArgument", malformed);
            return;
        }

        Activity? activity;
        try
        {
            activity = BotJson.DeserializeActivity(body);
        }
        catch (JsonException e)
        {
            await RefuseAsync(http, StatusCodes.Status400BadRequest, "BadArgument", $"the body is not a valid activity: {e.Message}");
            return;
        }

        if (Missing(activity) is { } missing)
        {
            await RefuseAsync(http, StatusCodes.Status400BadRequest, "BadArgument", $"the activity has no {missing}");
            return;
        }

        if (AddressingLimits.Oversized(activity!) is { } oversized)
        {
            await RefuseAsync(http, StatusCodes.Status400BadRequest, "BadArgument", oversized);
            return;
        }

        if (CallerChecks.Verify(caller, activity!) is { } mismatch)
        {
            Log.Refused(log, http.Connection.RemoteIpAddress?.ToString(), mismatch);
            MeetingBotTelemetry.Refused("msteams", "unauthorized", StatusCodes.Status401Unauthorized);
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        // A verified token vouches for the serviceUrl (the channel's by its claim, an Entra one by naming this bot).
        // Without credentials nothing is vouched for: local development mode answers loopback serviceUrls only.
        if (!caller.IsLocalDevelopment) trust.Trust(activity!.ServiceUrl!);
        var invoke = await adapter.ProcessAsync(activity!, caller);
        await WriteAsync(http, invoke);
    }

    private async Task<AuthenticatedCaller?> AuthenticateAsync(HttpContext http)
    {
        if (options.IsDevelopmentMode)
        {
            if (IsLoopback(http.Connection.RemoteIpAddress)) return AuthenticatedCaller.LocalDevelopment;
            return await UnauthorizedAsync(http, "no MicrosoftAppId is configured, so only loopback callers are accepted");
        }

        AuthenticationResult result;
        try
        {
            result = await validator.ValidateAsync(http.Request.Headers.Authorization.ToString(), http.RequestAborted);
        }
        catch (Exception e) when (e is HttpRequestException or IOException or InvalidOperationException or TaskCanceledException && !http.RequestAborted.IsCancellationRequested)
        {
            // The metadata endpoint is down: we cannot tell a good token from a bad one; the channel may retry.
            Log.MetadataUnavailable(log, e.Message, e);
            http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return null;
        }

        return result.Succeeded ? result.Caller : await UnauthorizedAsync(http, result.Failure!);
    }

    private Task<AuthenticatedCaller?> UnauthorizedAsync(HttpContext http, string reason)
    {
        Log.Refused(log, http.Connection.RemoteIpAddress?.ToString(), reason);
        MeetingBotTelemetry.Refused("msteams", "unauthorized", StatusCodes.Status401Unauthorized);
        http.Response.StatusCode = StatusCodes.Status401Unauthorized;
        http.Response.Headers.WWWAuthenticate = "Bearer";
        return Task.FromResult<AuthenticatedCaller?>(null);
    }

    private async Task<byte[]?> ReadBodyAsync(HttpContext http)
    {
        if (http.Request.ContentLength > MaxBodyBytes)
        {
            await TooLargeAsync(http);
            return null;
        }

        var read = await RequestBodies.ReadAsync(http, MaxBodyBytes);
        switch (read.Outcome)
        {
            case BodyOutcome.Read:
                return read.Bytes;
            case BodyOutcome.TooLarge:
                await TooLargeAsync(http);
                return null;
            case BodyOutcome.Incomplete:
                // The connection is spoiled: Kestrel closes it after this answer, so a status is all it can carry.
                Log.BadRequest(log, "the body did not arrive whole (cut short, or sent too slowly)");
                http.Response.StatusCode = read.Status;
                return null;
            default: // the caller hung up: there is no one left to answer
                return null;
        }
    }

    private Task TooLargeAsync(HttpContext http) =>
        RefuseAsync(http, StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", $"the activity is larger than {MaxBodyBytes / 1024} KB");

    private async Task RefuseAsync(HttpContext http, int status, string code, string message)
    {
        Log.BadRequest(log, message);
        MeetingBotTelemetry.Refused("msteams", "bad_request", status);
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json; charset=utf-8";
        await http.Response.Body.WriteAsync(BotJson.SerializeToUtf8(ErrorResponse.Of(code, message)));
    }

    private static async Task WriteAsync(HttpContext http, InvokeResponse? invoke)
    {
        if (invoke is null)
        {
            http.Response.StatusCode = StatusCodes.Status200OK;
            return;
        }

        http.Response.StatusCode = invoke.Status;
        if (invoke.Body is null) return;
        http.Response.ContentType = "application/json; charset=utf-8";
        await http.Response.WriteAsync(invoke.Body.ToJsonString(InvokeJson));
    }

    // The fields without which the bot cannot answer: the spec requires a channel to send all of them.
    private static string? Missing(Activity? activity) => activity switch
    {
        null => "body (it is JSON null)",
        { Type: null or "" } => "type",
        { ChannelId: null or "" } => "channelId",
        { ServiceUrl: null or "" } => "serviceUrl",
        { Conversation.Id: null or "" } or { Conversation: null } => "conversation.id",
        _ when !Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var uri) || (uri.Scheme != "https" && uri.Scheme != "http") => "usable serviceUrl (an absolute http(s) URL)",
        _ => null,
    };

    private static bool IsJson(string? contentType) =>
        contentType is not null && contentType.Split(';')[0].Trim().Equals("application/json", StringComparison.OrdinalIgnoreCase);

    private static bool IsLoopback(IPAddress? address) => address is not null && IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);
}
