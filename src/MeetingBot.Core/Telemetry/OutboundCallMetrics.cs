using System.Diagnostics;
using System.Net;

namespace MeetingBot.Core.Telemetry;

/// <summary>
/// Counts every HTTP attempt to a channel's service (the Bot Connector, Slack's Web API) with its status, and the
/// 429s apart, as a handler on that service's HttpClient: retries are separate attempts, so each is seen.
/// </summary>
public sealed class OutboundCallMetrics(string peer, HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            MeetingBotTelemetry.OutboundCall(peer, ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture), Stopwatch.GetElapsedTime(started));
            return response;
        }
        catch (Exception e)
        {
            MeetingBotTelemetry.OutboundCall(peer, e is OperationCanceledException ? "cancelled" : "error", Stopwatch.GetElapsedTime(started));
            throw;
        }
    }
}

public static partial class MeetingBotTelemetry
{
    /// <summary>One HTTP attempt to <paramref name="peer"/> ("connector", "slack") and its status code (or "error", "cancelled").</summary>
    public static void OutboundCall(string peer, string status, TimeSpan duration)
    {
        var tags = new TagList { { Tags.Peer, peer }, { Tags.StatusCode, status } };
        OutboundCalls.Add(1, tags);
        OutboundDuration.Record(duration.TotalSeconds, tags);
        if (status == ((int)HttpStatusCode.TooManyRequests).ToString(System.Globalization.CultureInfo.InvariantCulture))
            Throttled.Add(1, new KeyValuePair<string, object?>(Tags.Peer, peer));
    }
}
