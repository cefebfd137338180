using MeetingBot.ChannelBench.Load;
using MeetingBot.ChannelBench.Measure;

namespace MeetingBot.ChannelBench.Reporting;

/// <summary>One phase of the run: the load's figures, the replies the stub Connector received, CPU and resources.</summary>
public sealed record PhaseResult(string Name, LoadResult Load, long Delivered, CpuSplit Cpu, ResourceWindow Resources)
{
    /// <summary>
    /// Every turn answered 200 must have delivered its reply first (the host answers the channel after the turn, and a
    /// reply it could not deliver is logged as an error, which fails the run too). A request cut off by wrk's stop may
    /// or may not have been read by the host before its connection closed, so its reply may or may not come.
    /// </summary>
    public bool AllDelivered => Delivered >= Load.Ok && Delivered <= Load.Ok + Load.CutOff;

    public IEnumerable<string> Problems()
    {
        if (Load.NotOk > 0) yield return $"{Name}: {Load.NotOk} answers were not 200";
        if (Load.Failed > 0) yield return $"{Name}: {Load.Failed} requests failed without an answer (socket errors or timeouts)";
        if (!AllDelivered)
            yield return $"{Name}: the stub Connector received {Delivered} replies for {Load.Ok} turns answered 200 (and {Load.CutOff} cut off in flight, which may add one each)";
    }
}
