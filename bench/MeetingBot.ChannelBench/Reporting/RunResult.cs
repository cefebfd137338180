using MeetingBot.ChannelBench.Load;

namespace MeetingBot.ChannelBench.Reporting;

/// <summary>The names of the phases, in the order they run.</summary>
public static class Phases
{
    public const string FirstContact = "first contact";
    public const string Warmup = "wrk warm-up";
    public const string Saturation = "wrk saturation";
    public const string FixedRateWarmup = "open-loop warm-up";
    public const string FixedRate = "open-loop fixed rate";
}

/// <summary>Everything one run measured, for the report and its summary line.</summary>
public sealed record RunResult(
    string Text,
    double Rate,
    IReadOnlyList<PhaseResult> Phases,
    FixedRateResult FixedRate,
    long PeakMemory,
    int HostWarnings,
    IReadOnlyCollection<string> HostLog,
    bool HostDiedEarly)
{
    public PhaseResult Phase(string name) => Phases.Single(p => p.Name == name);

    public IReadOnlyList<string> Problems()
    {
        var problems = Phases.SelectMany(p => p.Problems()).ToList();
        if (HostWarnings > 0) problems.Add($"the host logged {HostWarnings} lines at warning or above");
        if (HostDiedEarly) problems.Add("the host exited before the run ended");
        return problems;
    }

    public IReadOnlyList<(bool Met, string Line)> Targets() =>
        Reporting.Targets.Judge(Phase(Reporting.Phases.Saturation).Load.TurnsPerSecond, Phase(Reporting.Phases.FixedRate).Load.Latency.P99, Rate, PeakMemory);
}
