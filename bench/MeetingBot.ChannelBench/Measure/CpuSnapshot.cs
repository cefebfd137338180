using System.Diagnostics;

namespace MeetingBot.ChannelBench.Measure;

/// <summary>
/// CPU used so far by the host, by this process (the stubs and the in-process load), by the children this process
/// has reaped (each wrk run), and by the whole machine; two snapshots give a phase's split (<see cref="CpuSplit"/>).
/// </summary>
public sealed record CpuSnapshot(long Timestamp, long HostTicks, long BenchTicks, long ReapedTicks, long MachineBusyTicks, Dictionary<string, long> HostThreads)
{
    public static CpuSnapshot Take(int hostPid)
    {
        var host = ProcFs.ProcessCpu(hostPid.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var self = ProcFs.ProcessCpu("self");
        return new CpuSnapshot(Stopwatch.GetTimestamp(), host.Own, self.Own, self.ReapedChildren, ProcFs.MachineCpu().Busy, ProcFs.ThreadCpu(hostPid));
    }

    public CpuSplit Since(CpuSnapshot start)
    {
        var seconds = Stopwatch.GetElapsedTime(start.Timestamp, Timestamp).TotalSeconds;
        double Cores(long ticks) => ticks / (double)ProcFs.TicksPerSecond / seconds;
        var threads = HostThreads
            .Select(t => (Thread: t.Key, Cores: Cores(t.Value - start.HostThreads.GetValueOrDefault(t.Key))))
            .Where(t => t.Cores >= 0.005)
            .OrderByDescending(t => t.Cores)
            .ToList();
        return new CpuSplit(
            seconds,
            Cores(HostTicks - start.HostTicks),
            Cores(BenchTicks - start.BenchTicks),
            Cores(ReapedTicks - start.ReapedTicks),
            Cores(MachineBusyTicks - start.MachineBusyTicks),
            threads);
    }
}

/// <summary>Average cores busy over a phase: host, this process, wrk (reaped children), the machine, and the host by thread name.</summary>
public sealed record CpuSplit(double Seconds, double Host, double Bench, double Wrk, double Machine, IReadOnlyList<(string Thread, double Cores)> HostThreads)
{
    /// <summary>Everything else on the machine: other people's builds and tests, the kernel's own threads.</summary>
    public double Other => Math.Max(0, Machine - Host - Bench - Wrk);

    /// <summary>Host CPU per turn in microseconds.</summary>
    public double HostMicrosecondsPerTurn(long turns) => turns == 0 ? 0 : Host * Seconds * 1e6 / turns;
}
