using System.Globalization;
using System.Text;

namespace MeetingBot.ChannelBench.Reporting;

/// <summary>Prints the run: a load table, a CPU and resources table, the host's CPU by thread, checks, targets, one summary line.</summary>
public static class Report
{
    public static double Megabytes(long bytes) => bytes / 1024.0 / 1024.0;

    public static void Print(TextWriter output, RunResult run)
    {
        output.WriteLine();
        output.WriteLine($"{"phase",-22} {"turns",8} {"turns/s",8} {"p50 ms",7} {"p90 ms",7} {"p99 ms",7} {"max ms",7} {"non-200",7} {"failed",6} {"cut off",7} {"delivered",9}");
        foreach (var p in run.Phases)
        {
            var l = p.Load;
            output.WriteLine($"{p.Name,-22} {l.Ok,8:#,0} {l.TurnsPerSecond,8:#,0} {l.Latency.P50,7:0.00} {l.Latency.P90,7:0.00} {l.Latency.P99,7:0.00} {l.Latency.Max,7:0.0} {l.NotOk,7} {l.Failed,6} {l.CutOff,7} {p.Delivered,9:#,0}");
        }

        output.WriteLine();
        output.WriteLine("CPU in cores busy on average (2 = the whole machine); bench = this process (stubs, and the open-loop generator); wrk = its runs; other = anything else on the machine.");
        output.WriteLine($"{"phase",-22} {"host",6} {"µs/turn",8} {"bench",6} {"wrk",6} {"other",6} {"machine",7} {"load avg",13} {"host max RSS",12}");
        foreach (var p in run.Phases)
        {
            var c = p.Cpu;
            output.WriteLine($"{p.Name,-22} {c.Host,6:0.00} {c.HostMicrosecondsPerTurn(p.Load.Ok + p.Load.CutOff),8:0} {c.Bench,6:0.00} {c.Wrk,6:0.00} {c.Other,6:0.00} {c.Machine,7:0.00} {Load(p),13} {Megabytes(p.Resources.MaxRssBytes),9:0} MB");
        }

        foreach (var p in run.Phases.Where(p => p.Name is Phases.Saturation or Phases.FixedRate))
        {
            output.WriteLine();
            output.WriteLine($"Host CPU by thread, {p.Name}: " + string.Join(", ", p.Cpu.HostThreads.Take(8).Select(t => $"{t.Thread} {t.Cores:0.00}")));
        }

        output.WriteLine();
        output.WriteLine($"Open loop: the scheduler sent turns late by p99 {run.FixedRate.SchedulerLag.P99:0.00} ms, max {run.FixedRate.SchedulerLag.Max:0.0} ms (counted in the latencies above: this process waits for a core too);");
        output.WriteLine($"           measured from the actual send instead, p50 {run.FixedRate.FromSend.P50:0.00} / p90 {run.FixedRate.FromSend.P90:0.00} / p99 {run.FixedRate.FromSend.P99:0.00} ms (diagnosis only, not judged)");
        output.WriteLine($"Host memory: VmRSS at most {Megabytes(run.Phases.Max(p => p.Resources.MaxRssBytes)):0} MB while loaded, VmHWM (peak) {Megabytes(run.PeakMemory):0} MB at the end");
        output.WriteLine($"Host log: {run.HostWarnings} lines at warning or above{(run.HostWarnings == 0 ? "" : ":\n  " + string.Join("\n  ", run.HostLog.Take(10)))}");

        output.WriteLine();
        var problems = run.Problems();
        output.WriteLine(problems.Count == 0
            ? "Checks: in every phase every request was answered 200 and every answered turn's reply reached the stub Connector (answered ≤ delivered ≤ answered + cut off); no host warnings"
            : "Checks FAILED:\n  " + string.Join("\n  ", problems));

        output.WriteLine();
        output.WriteLine("Targets:");
        foreach (var (met, line) in run.Targets())
            output.WriteLine($"  {(met ? "PASS" : "FAIL")}  {line}");

        output.WriteLine();
        output.WriteLine(Summary(run));
    }

    /// <summary>One line for scripts and for comparing runs.</summary>
    public static string Summary(RunResult run)
    {
        var saturation = run.Phase(Phases.Saturation);
        var fixedRate = run.Phase(Phases.FixedRate);
        var line = new StringBuilder("CHANNELBENCH");
        void Add(string key, FormattableString value) => line.Append(' ').Append(key).Append('=').Append(value.ToString(CultureInfo.InvariantCulture));
        Add("text", $"{(run.Text == "help" ? "help" : "policy")}");
        Add("turns_per_s", $"{saturation.Load.TurnsPerSecond:0}");
        Add("rate", $"{run.Rate:0}");
        Add("p50_ms", $"{fixedRate.Load.Latency.P50:0.00}");
        Add("p90_ms", $"{fixedRate.Load.Latency.P90:0.00}");
        Add("p99_ms", $"{fixedRate.Load.Latency.P99:0.00}");
        Add("max_ms", $"{fixedRate.Load.Latency.Max:0.0}");
        Add("answered", $"{run.Phases.Sum(p => p.Load.Ok)}");
        Add("delivered", $"{run.Phases.Sum(p => p.Delivered)}");
        Add("non200", $"{run.Phases.Sum(p => p.Load.NotOk + p.Load.Failed)}");
        Add("host_us_per_turn", $"{saturation.Cpu.HostMicrosecondsPerTurn(saturation.Load.Ok + saturation.Load.CutOff):0}");
        Add("vmhwm_mb", $"{Megabytes(run.PeakMemory):0}");
        Add("load1", $"{saturation.Resources.MeanLoad:0.00}");
        Add("checks", $"{(run.Problems().Count == 0 ? "ok" : "FAILED")}");
        Add("targets", $"{(run.Targets().All(t => t.Met) ? "met" : "missed")}");
        return line.ToString();
    }

    private static string Load(PhaseResult p) => $"{p.Resources.MeanLoad:0.00} (max {p.Resources.MaxLoad:0.00})";
}
