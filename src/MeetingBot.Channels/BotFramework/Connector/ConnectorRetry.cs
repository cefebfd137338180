using System.Net;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace MeetingBot.Channels.BotFramework.Connector;

/// <summary>
/// The retry policy for Connector calls, with Polly: 429 waits for its Retry-After; 412 (concurrent operations on
/// one conversation), 5xx and timeouts back off exponentially with jitter; a bounded number of attempts; other
/// codes (400, 401, 403, 404, 413) are final at once, since repeating them cannot help. With a
/// <see cref="GlobalPacer"/>, each attempt first waits for its lane's turn under the app-wide limit.
/// </summary>
public static class ConnectorRetry
{
    public static ResiliencePipeline<HttpResponseMessage> Build(ConnectorRetryOptions options, TimeProvider time, GlobalPacer? pacer = null) =>
        Build(options, time, pacer is null ? null : TenantPacers.Single(pacer));

    public static ResiliencePipeline<HttpResponseMessage> Build(ConnectorRetryOptions options, TimeProvider time, TenantPacers? pacers)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = Math.Max(0, options.MaxAttempts - 1),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.BaseDelay,
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .Handle<TimeoutRejectedException>()
                    .HandleResult(response => IsRetryable(response.StatusCode) && !WaitsTooLong(response, options, time)),
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result is { } response ? RetryAfter(response, time) : null),
                OnRetry = args =>
                {
                    // The response being retried will not be read: release its connection now.
                    args.Outcome.Result?.Dispose();
                    return default;
                },
            });
        // Outside the attempt's timeout: waiting in a long fan-out queue is not the Connector being slow.
        if (pacers is not null) builder.AddStrategy(_ => new GlobalPacingStrategy(pacers, time));
        return builder.AddTimeout(options.AttemptTimeout).Build();
    }

    public static bool IsRetryable(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed || (int)status >= 500;

    /// <summary>The wait a 429 (or 503) asks for, from Retry-After as seconds or as a date; null when it names none.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider time)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta) return delta;
        if (header?.Date is { } date) return date - time.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        return null;
    }

    private static bool WaitsTooLong(HttpResponseMessage response, ConnectorRetryOptions options, TimeProvider time) =>
        RetryAfter(response, time) > options.MaxRetryAfter;
}
