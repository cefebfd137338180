using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace MeetingBot.Core.Telemetry;

/// <summary>
/// The bot's traces and metrics, in one place: one <see cref="ActivitySource"/> and one <see cref="Meter"/>, both
/// named <see cref="Name"/>, and a small method for each thing worth recording, so that each call site is one line.
/// Nothing here exports: the host subscribes with OpenTelemetry when an exporter is configured, and with no
/// listener every call is nearly free. Tags name channels, joint meetings, features and outcomes, never what a
/// person wrote, a token, or a report's contents.
/// </summary>
public static partial class MeetingBotTelemetry
{
    public const string Name = "MeetingBot";

    public static readonly ActivitySource Source = new(Name, typeof(MeetingBotTelemetry).Assembly.GetName().Version?.ToString());
    public static readonly Meter Meter = new(Name, typeof(MeetingBotTelemetry).Assembly.GetName().Version?.ToString());

    /// <summary>Tag names, shared by spans and metrics.</summary>
    public static class Tags
    {
        public const string Channel = "meetingbot.channel";
        public const string JointMeeting = "meetingbot.joint_meeting";
        public const string Feature = "meetingbot.feature";
        public const string Outcome = "meetingbot.outcome";
        public const string Reason = "meetingbot.reason";
        public const string Peer = "meetingbot.peer";
        public const string Lane = "meetingbot.lane";
        public const string Engine = "meetingbot.store.engine";
        public const string StoreError = "meetingbot.store.error";
        public const string StatusCode = "http.response.status_code";
    }

    private static readonly Counter<long> Turns = Meter.CreateCounter<long>("meetingbot.turns", "{turn}", "Turns answered, by channel and outcome");
    private static readonly Histogram<double> TurnDuration = Meter.CreateHistogram<double>("meetingbot.turn.duration", "s", "Time from a message's arrival to its answer, by channel");
    private static readonly Counter<long> Refusals = Meter.CreateCounter<long>("meetingbot.refusals", "{request}", "Requests and turns refused, by reason: unauthorized (401), bad_request (400, 413, 415) or domain");
    private static readonly Counter<long> Reminders = Meter.CreateCounter<long>("meetingbot.reminders", "{reminder}", "Reminders by outcome: due, sent, late (also counted as sent), skipped, failed, retrying");
    private static readonly Counter<long> Sweeps = Meter.CreateCounter<long>("meetingbot.reminder.sweeps", "{sweep}", "Reminder sweeps run, by outcome");
    private static readonly Counter<long> OutboundCalls = Meter.CreateCounter<long>("meetingbot.outbound.calls", "{call}", "HTTP calls to the channels' services (Connector, Slack), by peer and status");
    private static readonly Counter<long> Throttled = Meter.CreateCounter<long>("meetingbot.outbound.throttled", "{call}", "Calls to the channels' services answered 429 Too Many Requests");
    private static readonly Histogram<double> OutboundDuration = Meter.CreateHistogram<double>("meetingbot.outbound.duration", "s", "Duration of HTTP calls to the channels' services");
    private static readonly UpDownCounter<long> PacerQueue = Meter.CreateUpDownCounter<long>("meetingbot.pacer.queued", "{request}", "Connector requests waiting for room under the app-wide rate limit, by lane");
    private static readonly Counter<long> StoreErrors = Meter.CreateCounter<long>("meetingbot.store.errors", "{error}", "Store conflicts (a condition did not hold, reminder claims lost to another instance included) and outages, by engine");

    /// <summary>A request refused before any turn (unauthorized, bad body): 401 / 400 / 413 / 415.</summary>
    public static void Refused(string channel, string reason, int statusCode) =>
        Refusals.Add(1, new(Tags.Channel, channel), new(Tags.Reason, reason), new(Tags.StatusCode, statusCode));

    /// <summary>One request more (or, with -1, fewer) waiting in a pacer lane.</summary>
    public static void PacerQueued(string lane, int change) => PacerQueue.Add(change, new KeyValuePair<string, object?>(Tags.Lane, lane));

    /// <summary>The store refused or failed a call: "conflict" (a condition did not hold) or "outage".</summary>
    public static void StoreError(string engine, string kind) =>
        StoreErrors.Add(1, new(Tags.Engine, engine), new(Tags.StoreError, kind));
}
