using System.Diagnostics;
using MeetingBot.ChannelBench.Measure;
using MeetingBot.ChannelBench.Peers;

namespace MeetingBot.ChannelBench.Load;

/// <summary>
/// Fixed-rate, open-loop load: turn i is due at start + i / rate and is sent then, whether or not earlier turns have
/// been answered (a channel does not wait for the bot either). Latency runs from the due time, not from when the
/// request went out, so a stalled host or a late scheduler shows in the figures instead of silently thinning the
/// load (no coordinated omission). wrk cannot hold a rate, and hey sends one fixed body, which would put every turn
/// in one conversation that the bot paces to Teams' 7 messages a second.
/// </summary>
public static class OpenLoopGenerator
{
    public static async Task<FixedRateResult> RunAsync(TurnClient client, ActivityBody body, string group, int conversations, double rate, TimeSpan duration)
    {
        var count = (int)Math.Round(rate * duration.TotalSeconds);
        // Bodies are made up front so the scheduling thread only sends.
        var bodies = new byte[count][];
        for (var i = 0; i < count; i++)
            bodies[i] = body.Utf8($"{group}:{i}", ActivityBody.ConversationId(group, i % conversations));

        var latencies = new double[count];
        var lags = new double[count];
        var statuses = new int[count];
        var turns = new Task[count];
        var interval = Stopwatch.Frequency / rate;
        var scheduled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var start = 0L;

        var scheduler = new Thread(() =>
        {
            start = Stopwatch.GetTimestamp() + Stopwatch.Frequency / 100;
            for (var i = 0; i < count; i++)
            {
                var due = start + (long)(i * interval);
                PreciseSleep.Until(due);
                lags[i] = Stopwatch.GetElapsedTime(due).TotalMilliseconds;
                turns[i] = SendAsync(i, due);
            }

            scheduled.SetResult();
        })
        {
            IsBackground = true,
            Name = "open-loop scheduler",
        };

        async Task SendAsync(int i, long due)
        {
            statuses[i] = await client.PostAsync(bodies[i]);
            latencies[i] = Stopwatch.GetElapsedTime(due).TotalMilliseconds;
        }

        scheduler.Start();
        await scheduled.Task;
        await Task.WhenAll(turns);
        var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;

        var ok = statuses.Count(s => s == 200);
        var failed = statuses.Count(s => s == 0);
        var answered = Enumerable.Range(0, count).Where(i => statuses[i] != 0).ToArray();
        var load = new LoadResult(count, ok, count - ok - failed, failed, seconds, Latencies.Of(answered.Select(i => latencies[i]).ToArray()));
        return new FixedRateResult(load, rate, Latencies.Of(lags), Latencies.Of(answered.Select(i => latencies[i] - lags[i]).ToArray()));
    }
}

/// <summary>
/// A fixed-rate run: the load (latency from each turn's due time), the rate asked for, how late the scheduler sent
/// (its own health: on a busy machine this process waits for a core too), and for diagnosis only the latency from
/// when each request actually went out, which is what a closed-loop tool would have reported.
/// </summary>
public sealed record FixedRateResult(LoadResult Load, double Rate, Latencies SchedulerLag, Latencies FromSend);
