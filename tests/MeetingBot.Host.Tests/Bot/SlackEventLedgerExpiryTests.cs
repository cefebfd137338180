using System.Net;
using MeetingBot.Channels.BotFramework.Turns;
using MeetingBot.Channels.Slack.Http;
using MeetingBot.TestPeers.Hosting;
using MeetingBot.TestPeers.Slack;
using Microsoft.Extensions.DependencyInjection;
using static MeetingBot.Host.Tests.Bot.SlackRequestsBuilder;

namespace MeetingBot.Host.Tests.Bot;

/// <summary>
/// The inbound event ledger is kept to a window on the host: old events are forgotten by the sweep, a retry inside
/// Slack's retry window is never handled twice (before or after a sweep), and a retry older than the window is
/// acknowledged and dropped, since the ledger may have forgotten it.
/// </summary>
public sealed class SlackEventLedgerExpiryTests : IAsyncLifetime
{
    private StubSlackApi _slack = null!;

    public async Task InitializeAsync() => _slack = await StubSlackApi.StartAsync();

    public async Task DisposeAsync() => await _slack.DisposeAsync();

    private MeetingBotApplication App(TimeProvider clock, string? dataPath = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = SigningSecret,
            ["Slack:BotToken"] = _slack.BotToken,
            ["Slack:ApiBaseUrl"] = _slack.ApiBaseUrl,
            ["Storage:SeedDemo"] = "false",
        };
        if (dataPath is not null) settings["Storage:DataPath"] = dataPath;
        return new MeetingBotApplication { Clock = clock, Settings = settings };
    }

    private static HttpRequestMessage Retry(System.Text.Json.Nodes.JsonObject envelope, int number, DateTimeOffset at)
    {
        var request = Event(envelope, at);
        request.Headers.Add("X-Slack-Retry-Num", number.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        return request;
    }

    [Fact]
    public async Task OldEvents_AreForgottenBySweeps_WhileEveryRetryInsideTheWindow_StaysHandledOnce_AcrossARestart()
    {
        using var data = new TempFolder();
        var start = WallClock.Now;
        var clock = new ShiftedWallClock(start);
        var first = Envelope("Ev0EXP001", DirectMessage("U0LI", "help"), start);
        await using (var app = App(clock, data.Path))
        {
            var client = app.CreateClient();
            (await client.SendAsync(Event(first, clock.GetUtcNow()))).StatusCode.Should().Be(HttpStatusCode.OK);
            await app.Services.GetRequiredService<BackgroundWork>().WhenIdle;
            _slack.CallsOf("chat.postMessage").Should().HaveCount(1);

            // Slack's own retries (1 and 5 minutes later) and a late one at 55 minutes: acknowledged, not handled.
            foreach (var (minutes, number) in new[] { (1, 1), (5, 2), (55, 3) })
            {
                clock.MoveTo(start.AddMinutes(minutes));
                (await client.SendAsync(Retry(first, number, clock.GetUtcNow()))).StatusCode.Should().Be(HttpStatusCode.OK);
                (await app.Services.GetRequiredService<SlackEventLedgerExpiry>().SweepAsync()).Should().Be(0, "nothing is old yet");
            }
            await app.Services.GetRequiredService<BackgroundWork>().WhenIdle;
            _slack.CallsOf("chat.postMessage").Should().HaveCount(1, "no retry inside the window is handled twice");
        }

        // Hours later, on a restarted host: a new event is handled, the old one is forgotten by the sweep and the new one kept.
        clock.MoveTo(start + SlackEventLedgerExpiry.Retention + TimeSpan.FromMinutes(5));
        var fresh = Envelope("Ev0EXP002", DirectMessage("U0WANG", "help"), clock.GetUtcNow());
        await using (var app = App(clock, data.Path))
        {
            var client = app.CreateClient();
            (await client.SendAsync(Event(fresh, clock.GetUtcNow()))).StatusCode.Should().Be(HttpStatusCode.OK);
            await app.Services.GetRequiredService<BackgroundWork>().WhenIdle;
            _slack.CallsOf("chat.postMessage").Should().HaveCount(2);

            (await app.Services.GetRequiredService<SlackEventLedgerExpiry>().SweepAsync()).Should().Be(1, "the first event is past the retention");
            (await app.Services.GetRequiredService<SlackEventLedgerExpiry>().SweepAsync()).Should().Be(0);

            // A straggling retry of the forgotten event is past the retry window: acknowledged and dropped, not handled again.
            (await client.SendAsync(Retry(first, 3, clock.GetUtcNow()))).StatusCode.Should().Be(HttpStatusCode.OK);
            // The kept event's retry is still a duplicate.
            clock.Advance(TimeSpan.FromMinutes(5));
            (await client.SendAsync(Retry(fresh, 2, clock.GetUtcNow()))).StatusCode.Should().Be(HttpStatusCode.OK);
            await app.Services.GetRequiredService<BackgroundWork>().WhenIdle;
        }
        _slack.CallsOf("chat.postMessage").Should().HaveCount(2);
        _slack.CallsOf("chat.postMessage").Select(c => c.Body["channel"]!.GetValue<string>()).Should().Equal("DU0LI", "DU0WANG");
    }

    [Fact]
    public async Task ARetryOlderThanTheRetryWindow_IsDropped_ButALateFirstDelivery_IsHandled()
    {
        var clock = new ShiftedWallClock(WallClock.Now);
        await using var app = App(clock);
        var client = app.CreateClient();
        var dispatched = clock.GetUtcNow() - SlackEvents.RetryWindow - TimeSpan.FromMinutes(1);

        // Slack's queue held this one back: its first delivery is late, and it is still answered.
        (await client.SendAsync(Event(Envelope("Ev0LATE01", DirectMessage("U0LI", "help"), dispatched), clock.GetUtcNow()))).StatusCode.Should().Be(HttpStatusCode.OK);
        await app.Services.GetRequiredService<BackgroundWork>().WhenIdle;
        _slack.CallsOf("chat.postMessage").Should().HaveCount(1);

        // A retry of an event the ledger may have forgotten is never risked.
        (await client.SendAsync(Retry(Envelope("Ev0LATE02", DirectMessage("U0WANG", "help"), dispatched), 1, clock.GetUtcNow()))).StatusCode.Should().Be(HttpStatusCode.OK);
        var noTime = Envelope("Ev0LATE03", DirectMessage("U0WANG", "help"));
        noTime.Remove("event_time");
        (await client.SendAsync(Retry(noTime, 1, clock.GetUtcNow()))).StatusCode.Should().Be(HttpStatusCode.OK);
        // A retry inside the window, of an event this host never saw (its first delivery was lost), is handled.
        (await client.SendAsync(Retry(Envelope("Ev0LATE04", DirectMessage("U0ZHAO", "help"), clock.GetUtcNow().AddMinutes(-5)), 2, clock.GetUtcNow()))).StatusCode.Should().Be(HttpStatusCode.OK);
        await app.Services.GetRequiredService<BackgroundWork>().WhenIdle;

        _slack.CallsOf("chat.postMessage").Select(c => c.Body["channel"]!.GetValue<string>()).Should().Equal("DU0LI", "DU0ZHAO");
    }
}
