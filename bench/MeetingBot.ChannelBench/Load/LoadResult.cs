using MeetingBot.ChannelBench.Measure;

namespace MeetingBot.ChannelBench.Load;

/// <summary>
/// What one load run did from the client's side: turns sent, answered 200, answered otherwise, failed without an
/// answer (socket errors, timeouts), and the latencies of the answered ones. Sent − answered − failed are requests
/// cut off in flight when a timed wrk run stopped: the host still runs those turns and delivers their replies.
/// </summary>
public sealed record LoadResult(long Sent, long Ok, long NotOk, long Failed, double Seconds, Latencies Latency)
{
    public long CutOff => Math.Max(0, Sent - Ok - NotOk - Failed);

    public double TurnsPerSecond => Seconds <= 0 ? 0 : Ok / Seconds;
}
