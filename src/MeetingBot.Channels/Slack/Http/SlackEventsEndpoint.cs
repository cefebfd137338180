using System.Text.Json;
using System.Text.Json.Nodes;
using MeetingBot.Channels.BotFramework.Schema;
using MeetingBot.Channels.BotFramework.Turns;
using MeetingBot.Channels.Slack.Api;
using MeetingBot.Channels.Slack.Rendering;
using MeetingBot.Channels.Slack.Turns;
using MeetingBot.Core.Messaging;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace MeetingBot.Channels.Slack.Http;

/// <summary>
/// POST /api/slack/events (the Events API): verify, answer the url_verification challenge, and for an event
/// callback take the event in the store (<see cref="IInboundEventLedger"/>) before acknowledging it: a retry of
/// an event already taken (X-Slack-Retry-Num, same event_id) is acknowledged and not handled again, on this
/// instance or any other, before or after a restart. The work runs after the acknowledgement. If the store
/// cannot be written the answer is 503, so that Slack delivers the event again rather than it being lost.
/// </summary>
public sealed class SlackEventsEndpoint(
    SlackRequests requests,
    SlackEvents events,
    ILogger<SlackEventsEndpoint> log)
{
    public const string Path = "/api/slack/events";

    public async Task HandleAsync(HttpContext http)
    {
        var body = await requests.ReadVerifiedAsync(http);
        if (body is null) return;
        if (StrictJson.Problem(body) is { } problem || JsonNode.Parse(body) is not JsonObject envelope)
        {
            SlackLog.BadPayload(log, Path, "the body is not a JSON object");
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var outcome = await events.AcceptAsync(envelope, http.Request.Headers["X-Slack-Retry-Num"]);
        switch (outcome.Kind)
        {
            case EventAcceptance.Challenge:
                await http.Response.WriteAsJsonAsync(new JsonObject { ["challenge"] = outcome.Challenge });
                return;
            case EventAcceptance.Unavailable:
                http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return;
            case EventAcceptance.Malformed:
                http.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            default:
                http.Response.StatusCode = StatusCodes.Status200OK;
                return;
        }
    }
}

public enum EventAcceptance { Challenge, Accepted, Duplicate, Ignored, Malformed, Unavailable }

public sealed record EventOutcome(EventAcceptance Kind, string? Challenge = null);

/// <summary>
/// What an Events API envelope asks, shared by the HTTP endpoint and Socket Mode: which events are the bot's
/// (a mention in a channel; a person's own new message in the bot's DM, with the files shared in it: never the
/// bot's own, other bots', edits or deletions; App Home opened), taking each once in the store, and the work queued after the acknowledgement.
/// </summary>
public sealed class SlackEvents(
    IInboundEventLedger ledger,
    SlackIdentity identity,
    SlackBot bot,
    SlackAppHome home,
    SlackFiles files,
    BackgroundWork background,
    TimeProvider time,
    ILogger<SlackEvents> log)
{
    /// <summary>A take that did not finish in this long was lost with its process: the next retry handles it.</summary>
    public static readonly TimeSpan TakeOverAfter = TimeSpan.FromSeconds(50);

    /// <summary>
    /// How old (by its <c>event_time</c>) a retry may be and still be handled. Slack's retries come within minutes;
    /// the ledger remembers events for longer (<see cref="SlackEventLedgerExpiry.Retention"/>), so a retry is never
    /// taken for new because its event was forgotten. A first delivery is handled however late it comes.
    /// </summary>
    public static readonly TimeSpan RetryWindow = TimeSpan.FromHours(1);

    // Subtypes that are a person's new message; every other subtype is an edit, a deletion, a join notice, a bot…
    private static readonly HashSet<string> PersonSubtypes = ["file_share", "thread_broadcast"];

    public async Task<EventOutcome> AcceptAsync(JsonObject envelope, string? retry)
    {
        var type = Text(envelope["type"]);
        if (type == "url_verification")
            return Text(envelope["challenge"]) is { } challenge ? new(EventAcceptance.Challenge, challenge) : new(EventAcceptance.Malformed);
        if (type != "event_callback") return new(EventAcceptance.Ignored);
        var eventId = Text(envelope["event_id"]);
        if (string.IsNullOrEmpty(eventId) || envelope["event"] is not JsonObject ev || eventId.Length > 255) return new(EventAcceptance.Malformed);

        var team = Text(envelope["team_id"]) ?? Text(ev["team"]) ?? "";
        var me = await identity.GetAsync(CancellationToken.None);
        var work = WorkFor(team, ev, me);
        if (work is null) return new(EventAcceptance.Ignored);
        if (IsRetry(retry) && !WithinRetryWindow(envelope["event_time"]))
        {
            SlackLog.RetryTooOld(log, eventId, retry, RetryWindow);
            return new(EventAcceptance.Duplicate);
        }

        try
        {
            if (!await ledger.TryBeginAsync(SlackIds.Channel, eventId, time.GetUtcNow(), TakeOverAfter))
            {
                SlackLog.Duplicate(log, eventId, retry);
                return new(EventAcceptance.Duplicate);
            }
        }
        catch (Exception e) when (e is Core.Domain.Persistence.StoreUnavailableException or TimeoutException or IOException)
        {
            SlackLog.HandlingFailed(log, "event", eventId, e);
            return new(EventAcceptance.Unavailable);
        }

        async Task RunAsync(CancellationToken cancellationToken)
        {
            try
            {
                await work(cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                SlackLog.HandlingFailed(log, "event", eventId, e);
            }
            await ledger.CompleteAsync(SlackIds.Channel, eventId, time.GetUtcNow(), CancellationToken.None);
        }

        if (!background.TryQueue(team, RunAsync)) background.Adopt(team, RunAsync(CancellationToken.None));
        return new(EventAcceptance.Accepted);
    }

    private Func<CancellationToken, Task>? WorkFor(string team, JsonObject ev, SlackIdentity.Identity? me)
    {
        var type = Text(ev["type"]);
        var user = Text(ev["user"]);
        var channel = Text(ev["channel"]);
        if (string.IsNullOrEmpty(user) || user == me?.UserId) return null;
        if (type == "app_home_opened")
            return Text(ev["tab"]) is null or "home" ? ct => home.PublishAsync(team, user, ct) : null;
        if (string.IsNullOrEmpty(channel) || ev["bot_id"] is not null || ev["bot_profile"] is not null) return null;
        if (Text(ev["subtype"]) is { } subtype && !PersonSubtypes.Contains(subtype)) return null;
        var threadTs = Text(ev["thread_ts"]);
        switch (type)
        {
            case "app_mention" when !SlackIds.IsDirect(channel):
                // Answered where it was said: in the channel, or in the thread it was said in.
                return ct => bot.OnMessageAsync(team, user, channel, SlackText.FromSlack(Text(ev["text"]), me?.UserId), threadTs, ct);
            case "message" when Text(ev["channel_type"]) == "im" || SlackIds.IsDirect(channel):
                // A document shared in the DM (file_share) goes to the chat import, as a file sent in Teams or the web chat.
                // Looked up in the work, after the event is acknowledged: a check_file_info file needs a files.info call first.
                return async ct => await bot.OnMessageAsync(team, user, channel, SlackText.FromSlack(Text(ev["text"]), me?.UserId), threadTs, ct, await files.OfAsync(ev["files"], ct));
            default:
                return null;
        }
    }

    // Over HTTP the X-Slack-Retry-Num header (1, 2, 3); over Socket Mode the envelope's retry_attempt (0 the first time).
    private static bool IsRetry(string? retry) => !string.IsNullOrWhiteSpace(retry) && retry.Trim() != "0";

    // A retry without a readable event_time cannot be placed in time: it is treated as too old, never risked twice.
    private bool WithinRetryWindow(JsonNode? eventTime) =>
        eventTime is JsonValue value && value.TryGetValue<long>(out var seconds) && seconds is > 0 and < 100_000_000_000
        && time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds) <= RetryWindow;

    internal static string? Text(JsonNode? node) => node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
}
