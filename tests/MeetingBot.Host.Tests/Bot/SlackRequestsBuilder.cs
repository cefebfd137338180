using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using MeetingBot.Channels.Slack.Http;
using MeetingBot.TestPeers.Hosting;
using MeetingBot.TestPeers.Slack;

namespace MeetingBot.Host.Tests.Bot;

/// <summary>Requests as Slack sends them: signed with the signing secret over the exact bytes of the body.</summary>
internal static class SlackRequestsBuilder
{
    public const string SigningSecret = "8f742231b10e8888abcd99yyyzzz85a5";

    public static HttpRequestMessage Signed(string path, string body, string contentType, DateTimeOffset? at = null, string? secret = null)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var timestamp = (at ?? WallClock.Now).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.Add(SlackSignature.TimestampHeader, timestamp);
        request.Headers.Add(SlackSignature.SignatureHeader, SlackSignature.Sign(secret ?? SigningSecret, timestamp, bytes));
        return request;
    }

    public static HttpRequestMessage Event(JsonObject envelope, DateTimeOffset? at = null, string? secret = null) =>
        Signed(SlackEventsEndpoint.Path, envelope.ToJsonString(), "application/json", at, secret);

    /// <summary>An event callback; its <c>event_time</c> is when Slack dispatched it first (now, unless said).</summary>
    public static JsonObject Envelope(string eventId, JsonObject ev, DateTimeOffset? eventTime = null) => new()
    {
        ["token"] = "legacy",
        ["team_id"] = StubSlackApi.TeamId,
        ["api_app_id"] = "A0APP001",
        ["type"] = "event_callback",
        ["event_id"] = eventId,
        ["event_time"] = (eventTime ?? WallClock.Now).ToUnixTimeSeconds(),
        ["event"] = ev,
    };

    public static JsonObject Mention(string user, string channel, string text, string ts = "1700000001.000100") => new()
    {
        ["type"] = "app_mention", ["user"] = user, ["channel"] = channel, ["text"] = $"<@{StubSlackApi.BotUserId}> {text}", ["ts"] = ts, ["event_ts"] = ts,
    };

    public static JsonObject DirectMessage(string user, string text, string ts = "1700000002.000100") => new()
    {
        ["type"] = "message", ["channel_type"] = "im", ["user"] = user, ["channel"] = "D" + user, ["text"] = text, ["ts"] = ts,
    };

    public static HttpRequestMessage Command(string user, string channel, string text, string responseUrl, string triggerId = "trigger-1", DateTimeOffset? at = null)
    {
        var form = new Dictionary<string, string>
        {
            ["token"] = "legacy", ["team_id"] = StubSlackApi.TeamId, ["team_domain"] = "gov", ["channel_id"] = channel, ["channel_name"] = "x",
            ["user_id"] = user, ["user_name"] = user, ["command"] = "/meeting", ["text"] = text, ["api_app_id"] = "A0APP001",
            ["response_url"] = responseUrl, ["trigger_id"] = triggerId,
        };
        return Signed(SlackCommandsEndpoint.Path, Form(form), "application/x-www-form-urlencoded", at);
    }

    public static HttpRequestMessage Interaction(JsonObject payload, DateTimeOffset? at = null) =>
        Signed(SlackInteractionsEndpoint.Path, Form(new Dictionary<string, string> { ["payload"] = payload.ToJsonString() }), "application/x-www-form-urlencoded", at);

    private static string Form(Dictionary<string, string> fields) =>
        string.Join("&", fields.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}"));
}
