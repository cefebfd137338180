using System.Text.Json.Serialization;

namespace MeetingBot.Bench.Harness;

/// <summary>Statistics of one measured operation. Times are in milliseconds per operation.</summary>
public sealed record Measurement(
    int Iterations,
    double TotalSeconds,
    double MedianMs,
    double P95Ms,
    double MeanMs,
    double MinMs,
    double MaxMs,
    long AllocatedBytesPerOp,
    WarmupResult Warmup,
    int JitCompilationsWhileMeasuring)
{
    /// <summary>
    /// False when the JIT was still compiling at the end of warm-up, or compiled new code on the measuring thread
    /// (a code path warm-up had not reached) while measuring.
    /// </summary>
    public bool Steady => Warmup.JitSettled && JitCompilationsWhileMeasuring == 0;

    public const string FlagNote =
        "* JIT still compiling at the end of warm-up or while measuring: not a steady-state figure.";

    /// <summary>Marks a figure taken while the JIT was not settled; see <see cref="Steady"/>.</summary>
    [JsonIgnore]
    public string Flag => Steady ? "" : "*";

    [JsonIgnore]
    public double MedianUs => MedianMs * 1000;

    [JsonIgnore]
    public double P95Us => P95Ms * 1000;

    [JsonIgnore]
    public double MeanUs => MeanMs * 1000;

    public static Measurement FromSamples(
        ReadOnlySpan<double> samplesMs, double totalSeconds, long allocatedBytes, WarmupResult warmup, int jitWhileMeasuring)
    {
        if (samplesMs.IsEmpty)
        {
            throw new ArgumentException("No samples.", nameof(samplesMs));
        }

        var sorted = samplesMs.ToArray();
        Array.Sort(sorted);
        var sum = 0.0;
        foreach (var s in sorted)
        {
            sum += s;
        }

        return new Measurement(
            sorted.Length,
            totalSeconds,
            Percentile(sorted, 0.50),
            Percentile(sorted, 0.95),
            sum / sorted.Length,
            sorted[0],
            sorted[^1],
            allocatedBytes / sorted.Length,
            warmup,
            jitWhileMeasuring);
    }

    /// <summary>Nearest-rank percentile of an ascending array (the median of an even count is the mean of the middle two).</summary>
    private static double Percentile(double[] sorted, double p)
    {
        if (p == 0.50 && sorted.Length % 2 == 0)
        {
            return (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
        }

        var rank = (int)Math.Ceiling(p * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
