using MeetingBot.ChannelBench.Hosting;
using MeetingBot.ChannelBench.Load;
using MeetingBot.ChannelBench.Measure;
using MeetingBot.ChannelBench.Reporting;
using MeetingBot.TestPeers.Connector;

namespace MeetingBot.ChannelBench;

/// <summary>
/// Runs one phase of load and measures it: CPU snapshots around it, memory and load average sampled during it,
/// then waits for the stub Connector to have received every reply the phase's turns owe.
/// </summary>
public sealed class PhaseRunner(HostProcess host, StubConnector connector, ResourceMonitor monitor, TextWriter progress)
{
    // A reply normally follows its turn's answer within milliseconds; this is only a ceiling for a broken run.
    private static readonly TimeSpan SettleTimeout = TimeSpan.FromSeconds(15);
    // Replies of requests cut off in flight, and extra ones (a turn answered twice, a fault), get a moment to show up.
    private static readonly TimeSpan Straggle = TimeSpan.FromMilliseconds(500);

    public async Task<PhaseResult> RunAsync(string name, Func<Task<LoadResult>> load)
    {
        progress.Write($"  {name} … ");
        connector.Clear();
        monitor.Reset();
        var before = CpuSnapshot.Take(host.Pid);
        var result = await load();
        var cpu = CpuSnapshot.Take(host.Pid).Since(before);
        var resources = monitor.Read();

        try
        {
            await connector.WaitForCountAsync((int)result.Ok, SettleTimeout);
        }
        catch (TimeoutException)
        {
            // Reported as a failed check with the count that did arrive.
        }

        await Task.Delay(Straggle);
        var phase = new PhaseResult(name, result, connector.Count, cpu, resources);
        progress.WriteLine($"{result.Ok:#,0} turns, {result.TurnsPerSecond:#,0}/s, p99 {result.Latency.P99:0.00} ms, delivered {phase.Delivered:#,0}");
        return phase;
    }
}
