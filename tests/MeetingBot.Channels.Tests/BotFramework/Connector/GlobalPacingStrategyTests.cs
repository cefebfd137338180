using System.Net;
using MeetingBot.Channels.BotFramework.Connector;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Channels.Tests.BotFramework.Connector;

/// <summary>The global pacer inside the Connector's retry pipeline, on a fake clock.</summary>
public sealed class GlobalPacingStrategyTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero));
    private readonly GlobalPacer _pacer;

    public GlobalPacingStrategyTests() => _pacer = new GlobalPacer(new GlobalRateOptions(), _time);

    public void Dispose() => _pacer.Dispose();

    [Fact]
    public async Task Execute_429WithRetryAfter_PausesTheProactiveLaneAndRetriesAfterIt()
    {
        var pipeline = ConnectorRetry.Build(new ConnectorRetryOptions(), _time, _pacer);
        var answers = new Queue<HttpStatusCode>([HttpStatusCode.TooManyRequests, HttpStatusCode.OK]);
        var attempts = new List<DateTimeOffset>();

        var send = Task.Run(() => InLane(ConnectorLane.Proactive, () => pipeline.ExecuteAsync(_ =>
        {
            attempts.Add(_time.GetUtcNow());
            var response = new HttpResponseMessage(answers.Dequeue());
            if (response.StatusCode == HttpStatusCode.TooManyRequests) response.Headers.RetryAfter = new(TimeSpan.FromSeconds(3));
            return ValueTask.FromResult(response);
        }).AsTask()));
        while (attempts.Count == 0) await Task.Yield();
        await WaitUntilAsync(() => _pacer.PausedUntil > _time.GetUtcNow());

        var other = _pacer.AcquireAsync(ConnectorLane.Proactive, CancellationToken.None);
        other.IsCompleted.Should().BeFalse("the whole proactive lane waits out the Retry-After");
        _pacer.AcquireAsync(ConnectorLane.Turn, CancellationToken.None).IsCompleted.Should().BeTrue("turn replies are not held");
        _time.Advance(TimeSpan.FromSeconds(3));
        // On a loaded machine the retry may start its wait only after that move of the fake clock: then move it on
        // (bounded) rather than hang; the retry must still never come before the Retry-After.
        await Task.WhenAny(send, Task.Delay(TimeSpan.FromSeconds(2)));
        for (var second = 0; second < 30 && !send.IsCompleted; second++)
        {
            _time.Advance(TimeSpan.FromSeconds(1));
            await Task.WhenAny(send, Task.Delay(TimeSpan.FromMilliseconds(100)));
        }

        (await send.WaitAsync(TimeSpan.FromSeconds(30))).StatusCode.Should().Be(HttpStatusCode.OK);
        (await other.WaitAsync(TimeSpan.FromSeconds(30))).Dispose();
        (attempts[1] - attempts[0]).Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task Execute_WaitInALongQueue_IsNotAnAttemptTimeout()
    {
        var pipeline = ConnectorRetry.Build(new ConnectorRetryOptions { AttemptTimeout = TimeSpan.FromSeconds(1) }, _time, _pacer);
        _pacer.PauseProactive(TimeSpan.FromSeconds(30));
        var calls = 0;

        var send = Task.Run(() => InLane(ConnectorLane.Proactive, () => pipeline.ExecuteAsync(_ =>
        {
            calls++;
            return ValueTask.FromResult(new HttpResponseMessage(HttpStatusCode.OK));
        }).AsTask()));
        // Once the send waits in the queue, any attempt timeout is armed: a second at a time, it would fire first.
        await WaitUntilAsync(() => _pacer.Waiting == 1);
        for (var i = 0; i < 30; i++) _time.Advance(TimeSpan.FromSeconds(1));

        (await send).StatusCode.Should().Be(HttpStatusCode.OK);
        calls.Should().Be(1);
    }

    private static Task<T> InLane<T>(ConnectorLane lane, Func<Task<T>> work)
    {
        ConnectorLane.Current = lane;
        return work();
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 1_000 && !condition(); i++) await Task.Delay(5);
        condition().Should().BeTrue();
    }
}
