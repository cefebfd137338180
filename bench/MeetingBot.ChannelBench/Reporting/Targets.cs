namespace MeetingBot.ChannelBench.Reporting;

/// <summary>The targets on a 2-core machine, each judged on this run's figure.</summary>
public static class Targets
{
    public const double TurnsPerSecond = 2_000;
    public const double P99Milliseconds = 20;
    public const long MemoryBytes = 200L * 1024 * 1024;

    public static IReadOnlyList<(bool Met, string Line)> Judge(double turnsPerSecond, double p99, double rate, long peakMemory) =>
    [
        (turnsPerSecond >= TurnsPerSecond, $"≥ {TurnsPerSecond:#,0} authenticated turns/s (saturation): {turnsPerSecond:#,0}"),
        (p99 < P99Milliseconds, $"p99 < {P99Milliseconds:0} ms at {rate:0} turns/s: {p99:0.00} ms"),
        (peakMemory < MemoryBytes, $"host memory < {MemoryBytes / 1024 / 1024} MB (VmHWM, the peak resident set): {Report.Megabytes(peakMemory):0} MB"),
    ];
}
