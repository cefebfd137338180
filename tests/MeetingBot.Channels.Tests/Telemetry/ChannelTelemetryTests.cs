using System.Net;
using MeetingBot.Channels.BotFramework.Connector;
using MeetingBot.Channels.Tests.Infrastructure;
using MeetingBot.TestPeers.Connector;
using MeetingBot.TestPeers.Telemetry;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Channels.Tests.Telemetry;

[CollectionDefinition(TelemetryCollection.Name, DisableParallelization = true)]
public sealed class TelemetryCollectionDefinition;

/// <summary>What the Teams channel counts: refused calls, Connector calls with their status and 429s, the pacer's queue.</summary>
[Collection(TelemetryCollection.Name)]
public sealed class ChannelTelemetryTests : IAsyncLifetime
{
    private readonly TelemetryCapture telemetry = new();
    private BotFrameworkHost host = null!;

    public async Task InitializeAsync() => host = await BotFrameworkHost.StartAsync();

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        telemetry.Dispose();
    }

    [Fact]
    public async Task Reply_ThrottledOnce_CountsBothConnectorCallsAndOne429()
    {
        host.Connector.EnqueueFault(StubFault.Status(429, "Throttled", TimeSpan.FromMilliseconds(100)));

        await host.PostAsync(host.Message("hi"));
        await host.Connector.WaitForRequestAsync(r => r.Status == 200);
        // The stub records a call before the bot has read its answer: wait (bounded) for the bot's side.
        await WaitUntilAsync(() => telemetry.Count("meetingbot.outbound.duration", ("meetingbot.peer", "connector")) >= 2);

        telemetry.Sum("meetingbot.outbound.calls", ("meetingbot.peer", "connector"), ("http.response.status_code", "429")).Should().Be(1);
        telemetry.Sum("meetingbot.outbound.calls", ("meetingbot.peer", "connector"), ("http.response.status_code", "200")).Should().Be(1);
        telemetry.Sum("meetingbot.outbound.throttled", ("meetingbot.peer", "connector")).Should().Be(1);
        telemetry.Count("meetingbot.outbound.duration", ("meetingbot.peer", "connector")).Should().Be(2);
    }

    [Fact]
    public async Task Activity_WithoutAToken_IsCountedAsAnUnauthorizedRefusal()
    {
        var response = await host.PostAsync(host.Message("hi").ToJsonString(), token: null);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        telemetry.Sum("meetingbot.refusals", ("meetingbot.channel", "msteams"), ("meetingbot.reason", "unauthorized"), ("http.response.status_code", 401)).Should().Be(1);
        telemetry.Sum("meetingbot.turns").Should().Be(0);
    }

    [Fact]
    public async Task GlobalPacer_Full_ShowsTheWaitingRequestsByLane()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero));
        using var pacer = new GlobalPacer(new GlobalRateOptions { Limit = 2, TurnReserve = 1, Margin = TimeSpan.Zero }, time);
        var first = await pacer.AcquireAsync(ConnectorLane.Proactive, CancellationToken.None);
        var second = await pacer.AcquireAsync(ConnectorLane.Proactive, CancellationToken.None); // nobody talks: the whole limit
        second.Dispose();
        var waiting = new[] { pacer.AcquireAsync(ConnectorLane.Proactive, CancellationToken.None), pacer.AcquireAsync(ConnectorLane.Proactive, CancellationToken.None) };

        telemetry.Sum("meetingbot.pacer.queued", ("meetingbot.lane", "proactive")).Should().Be(2);

        first.Dispose();
        time.Advance(TimeSpan.FromSeconds(1));
        (await waiting[0]).Dispose();
        time.Advance(TimeSpan.FromSeconds(1));
        (await waiting[1]).Dispose();
        telemetry.Sum("meetingbot.pacer.queued", ("meetingbot.lane", "proactive")).Should().Be(0);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++) await Task.Delay(25);
    }
}
