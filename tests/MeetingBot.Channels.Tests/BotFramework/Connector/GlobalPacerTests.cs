using MeetingBot.Channels.BotFramework.Connector;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Channels.Tests.BotFramework.Connector;

/// <summary>The app-wide limit in two lanes, on a fake clock: 50 a second, 4 of them kept for turn replies while people talk.</summary>
public sealed class GlobalPacerTests : IDisposable
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero));
    private readonly GlobalPacer _pacer;

    public GlobalPacerTests() =>
        _pacer = new GlobalPacer(new GlobalRateOptions { Limit = 50, TurnReserve = 4, Margin = TimeSpan.Zero }, _time);

    public void Dispose() => _pacer.Dispose();

    // A request answered the moment it is let go.
    private async Task GoAsync(ConnectorLane lane, CancellationToken cancellationToken) =>
        (await _pacer.AcquireAsync(lane, cancellationToken)).Dispose();

    [Fact]
    public async Task Acquire_AFanOutOfThousands_NeverExceedsTheLimitInAnyWindow()
    {
        // A wait is done the moment the pacer lets it go: stamp each as soon as it is seen done; its answer comes at once.
        var pending = new List<Task<GlobalPacer.Slot>>();
        var granted = new List<DateTimeOffset>();
        void Stamp()
        {
            foreach (var done in pending.Where(p => p.IsCompleted).ToList())
            {
                granted.Add(_time.GetUtcNow());
                done.Result.Dispose();
                pending.Remove(done);
            }
        }

        pending.AddRange(Enumerable.Range(0, 2_000).Select(_ => _pacer.AcquireAsync(ConnectorLane.Proactive, CancellationToken.None)));
        Stamp();
        for (var step = 0; step < 5_000 && pending.Count > 0; step++)
        {
            // Turn replies arrive now and then during the fan-out.
            if (step % 37 == 0) pending.Add(_pacer.AcquireAsync(ConnectorLane.Turn, CancellationToken.None));
            Stamp();
            _time.Advance(TimeSpan.FromMilliseconds(10));
            Stamp();
        }

        pending.Should().BeEmpty();
        granted.Should().HaveCountGreaterThan(2_000);
        for (var i = 50; i < granted.Count; i++)
            (granted[i] - granted[i - 50]).Should().BeGreaterThanOrEqualTo(Second, "no 51 requests fit in one second");
        // A turn takes a slot of the window the fan-out would otherwise have had: together they go 46 a second.
        (granted[^1] - granted[0]).Should().BeLessThan(TimeSpan.FromSeconds(granted.Count / 46.0 + 1), "the fan-out uses what turns leave");
        await Task.CompletedTask;
    }

    [Fact]
    public async Task Acquire_ProactiveWhileNobodyTalks_TakesTheWholeLimit()
    {
        var waiting = Enumerable.Range(0, 60).Select(_ => GoAsync(ConnectorLane.Proactive, CancellationToken.None)).ToList();

        waiting.Count(w => w.IsCompleted).Should().Be(50, "a fan-out with nobody talking goes at the platform's pace");
        _time.Advance(Second);
        await Task.WhenAll(waiting);
    }

    [Fact]
    public void Acquire_ProactiveWhilePeopleTalk_StopsShortOfTheLimitToKeepRoomForTheirReplies_UntilFiveSecondsAfterTheLast()
    {
        GoAsync(ConnectorLane.Turn, CancellationToken.None).IsCompleted.Should().BeTrue();
        _time.Advance(TimeSpan.FromSeconds(4));

        var fanOut = Enumerable.Range(0, 60).Select(_ => _pacer.AcquireAsync(ConnectorLane.Proactive, CancellationToken.None)).ToList();
        fanOut.Count(f => f.IsCompleted).Should().Be(46, "4 of the 50 are kept for the conversation's next replies");
        _time.Advance(TimeSpan.FromSeconds(1));
        fanOut.Count(f => f.IsCompleted).Should().Be(50, "5 s after the last reply the fan-out takes the whole limit again");
    }

    [Fact]
    public async Task Acquire_RequestsInFlight_CountUntilAWindowAfterTheirAnswer()
    {
        // The Connector counts a request when it arrives, somewhere between grant and answer: until one window after
        // the answer, it may still be in the Connector's window.
        var slots = new List<GlobalPacer.Slot>();
        for (var i = 0; i < 50; i++) slots.Add(await _pacer.AcquireAsync(ConnectorLane.Proactive, CancellationToken.None));
        var next = GoAsync(ConnectorLane.Proactive, CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(5));
        next.IsCompleted.Should().BeFalse("50 requests are still in flight");

        slots[0].Dispose();
        _time.Advance(TimeSpan.FromMilliseconds(999));
        next.IsCompleted.Should().BeFalse();
        _time.Advance(TimeSpan.FromMilliseconds(1));

        await next;
    }

    [Fact]
    public async Task Acquire_TurnReplyBehindAQueuedFanOut_GoesBeforeIt_AtTheNextSlot_AndTheConversationsNextAtOnce()
    {
        var fanOut = Enumerable.Range(0, 5_000).Select(_ => _pacer.AcquireAsync(ConnectorLane.Proactive, CancellationToken.None)).ToList();
        foreach (var granted in fanOut.Where(f => f.IsCompleted).ToList()) (await granted).Dispose(); // answered at once

        var reply = _pacer.AcquireAsync(ConnectorLane.Turn, CancellationToken.None);
        reply.IsCompleted.Should().BeFalse("the window is full of the fan-out's requests");
        _time.Advance(Second);
        reply.IsCompleted.Should().BeTrue("the first slot to free goes to the reply, ahead of thousands queued");
        fanOut.Count(f => f.IsCompleted).Should().Be(50 + 45, "then the fan-out, short of the reserve");

        _pacer.AcquireAsync(ConnectorLane.Turn, CancellationToken.None).IsCompleted.Should().BeTrue(
            "while the conversation goes on, its replies have the reserve however long the fan-out queue is");
    }

    [Fact]
    public async Task Acquire_WindowFullOfTurns_TurnReplyWaitsForRoomToo()
    {
        for (var i = 0; i < 50; i++) await GoAsync(ConnectorLane.Turn, CancellationToken.None);
        var proactive = GoAsync(ConnectorLane.Proactive, CancellationToken.None);
        var reply = GoAsync(ConnectorLane.Turn, CancellationToken.None);
        reply.IsCompleted.Should().BeFalse("50 requests in a second is the limit for turns too");

        _time.Advance(Second);

        await reply;
        await proactive;
    }

    [Fact]
    public async Task PauseProactive_HoldsTheWholeLaneForTheRetryAfter_ButNotTurns()
    {
        _pacer.PauseProactive(TimeSpan.FromSeconds(3));
        var queued = Enumerable.Range(0, 10).Select(_ => GoAsync(ConnectorLane.Proactive, CancellationToken.None)).ToList();

        GoAsync(ConnectorLane.Turn, CancellationToken.None).IsCompleted.Should().BeTrue();
        _time.Advance(TimeSpan.FromMilliseconds(2_999));
        queued.Should().OnlyContain(q => !q.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(1));
        await Task.WhenAll(queued);
    }

    [Fact]
    public async Task Acquire_Cancelled_StopsWaitingAndLeavesItsSlot()
    {
        for (var i = 0; i < 50; i++) await GoAsync(ConnectorLane.Proactive, CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var cancelled = GoAsync(ConnectorLane.Proactive, cancel.Token);
        var next = GoAsync(ConnectorLane.Proactive, CancellationToken.None);

        await cancel.CancelAsync();
        await cancelled.Invoking(c => c).Should().ThrowAsync<OperationCanceledException>();
        _time.Advance(Second);

        await next;
        _pacer.InWindow.Should().Be(1, "the cancelled wait took no slot");
    }
}
