using System.Net;
using Polly;

namespace MeetingBot.Channels.BotFramework.Connector;

/// <summary>
/// The <see cref="GlobalPacer"/> of the request's tenant inside the Connector's retry pipeline, around each attempt and outside its
/// timeout: every attempt, retries included, waits for its lane's turn (however long a fan-out queue is, the wait
/// never counts as a timed-out attempt), and a 429 holds the whole proactive lane for the Retry-After.
/// </summary>
internal sealed class GlobalPacingStrategy(TenantPacers pacers, TimeProvider time) : ResilienceStrategy<HttpResponseMessage>
{
    // A 429 without Retry-After: hold the lane for one window, as Teams' limits are per second.
    private static readonly TimeSpan DefaultPause = TimeSpan.FromSeconds(1);

    protected override async ValueTask<Outcome<HttpResponseMessage>> ExecuteCore<TState>(
        Func<ResilienceContext, TState, ValueTask<Outcome<HttpResponseMessage>>> callback, ResilienceContext context, TState state)
    {
        var pacer = pacers.For(ConnectorTenant.Current);
        GlobalPacer.Slot slot;
        try
        {
            slot = await pacer.AcquireAsync(ConnectorLane.Current, context.CancellationToken).ConfigureAwait(context.ContinueOnCapturedContext);
        }
        catch (OperationCanceledException e)
        {
            return Outcome.FromException<HttpResponseMessage>(e);
        }

        Outcome<HttpResponseMessage> outcome;
        using (slot) outcome = await callback(context, state).ConfigureAwait(context.ContinueOnCapturedContext);
        if (outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests } response)
            pacer.PauseProactive(ConnectorRetry.RetryAfter(response, time) ?? DefaultPause);
        return outcome;
    }
}
