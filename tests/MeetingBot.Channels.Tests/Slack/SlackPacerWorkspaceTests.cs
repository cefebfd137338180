using MeetingBot.Channels.Slack;
using MeetingBot.Channels.Slack.Api;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Channels.Tests.Slack;

/// <summary>
/// The pacer keeps the bot within Slack's workspace-wide minute, a reminder fan-out within all but a reserve of it,
/// so that a person who writes during a fan-out is answered at once rather than answered 429 by Slack.
/// </summary>
public sealed class SlackPacerWorkspaceTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 6, 3, 1, 0, 0, TimeSpan.Zero));

    private SlackPacer Pacer(int perMinute) => new(_time, new FixedOptions(new SlackOptions { WorkspacePostsPerMinute = perMinute }));

    // A reminder's send: in the proactive lane, as SlackNotificationChannel.DeliverAsync puts it.
    private static Task Proactive(SlackPacer pacer, string channel) => Task.Run(async () =>
    {
        SlackPacer.EnterProactiveLane();
        await pacer.WaitTurnAsync(channel, CancellationToken.None);
    });

    [Fact]
    public async Task AFanOut_StopsShortOfTheReserve_ARepliesStillGoAtOnce_AndTheFanOutGoesOnAsTheMinuteMoves()
    {
        var pacer = Pacer(20); // the reserve: max(5, 10%) = 5, so 15 reminders a minute
        for (var i = 0; i < 15; i++) await Proactive(pacer, $"DREM{i}");

        var sixteenth = Proactive(pacer, "DREM15");
        await Task.Delay(100);
        sixteenth.IsCompleted.Should().BeFalse("the fan-out has used its share of the minute");

        for (var i = 0; i < 5; i++)
            pacer.WaitTurnAsync($"DREPLY{i}", CancellationToken.None).IsCompleted.Should().BeTrue("a reply uses the reserve");
        var overBudget = pacer.WaitTurnAsync("DREPLY5", CancellationToken.None);
        overBudget.IsCompleted.Should().BeFalse("nobody posts past the workspace's minute");

        _time.Advance(TimeSpan.FromSeconds(60));
        await overBudget.WaitAsync(TimeSpan.FromSeconds(5));
        await sixteenth.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task ThePerChannelPace_StillHolds_WithinTheWorkspaceBudget()
    {
        var pacer = Pacer(200);
        for (var i = 0; i < 3; i++) await pacer.WaitTurnAsync("C0VOC", CancellationToken.None);
        var fourth = pacer.WaitTurnAsync("C0VOC", CancellationToken.None);
        fourth.IsCompleted.Should().BeFalse("three in three seconds per channel");
        pacer.WaitTurnAsync("C0OTHER", CancellationToken.None).IsCompleted.Should().BeTrue();
        _time.Advance(TimeSpan.FromSeconds(3));
        await fourth.WaitAsync(TimeSpan.FromSeconds(5));
    }

    private sealed class FixedOptions(SlackOptions value) : IOptionsMonitor<SlackOptions>
    {
        public SlackOptions CurrentValue => value;

        public SlackOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<SlackOptions, string?> listener) => null;
    }
}
