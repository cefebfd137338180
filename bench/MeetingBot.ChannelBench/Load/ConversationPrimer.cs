using System.Diagnostics;
using MeetingBot.ChannelBench.Measure;
using MeetingBot.ChannelBench.Peers;

namespace MeetingBot.ChannelBench.Load;

/// <summary>
/// One turn in each conversation the measured runs will use, before they start. A conversation's first turn also
/// stores its conversation reference (one durable write to the embedded store); later turns write nothing. A busy
/// bot mostly hears from conversations it knows, so the measured runs are of those, and this run's rate is reported
/// on its own as the cost of a first contact.
/// </summary>
public static class ConversationPrimer
{
    private const int Concurrency = 16;

    public static async Task<LoadResult> RunAsync(TurnClient client, ActivityBody body, IReadOnlyList<string> conversationIds)
    {
        var latencies = new double[conversationIds.Count];
        var statuses = new int[conversationIds.Count];
        var started = Stopwatch.GetTimestamp();
        await Parallel.ForEachAsync(Enumerable.Range(0, conversationIds.Count), new ParallelOptions { MaxDegreeOfParallelism = Concurrency }, async (i, _) =>
        {
            var sent = Stopwatch.GetTimestamp();
            statuses[i] = await client.PostAsync(body.Utf8($"prime:{i}", conversationIds[i]));
            latencies[i] = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
        });

        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var ok = statuses.Count(s => s == 200);
        var failed = statuses.Count(s => s == 0);
        return new LoadResult(conversationIds.Count, ok, conversationIds.Count - ok - failed, failed, seconds, Latencies.Of(latencies));
    }
}
