namespace MeetingBot.ChannelBench.Measure;

/// <summary>Percentiles of a set of latencies (nearest rank on the sorted values), in milliseconds.</summary>
public sealed record Latencies(int Count, double P50, double P90, double P99, double P999, double Max, double Mean)
{
    public static Latencies Of(IReadOnlyCollection<double> milliseconds)
    {
        if (milliseconds.Count == 0) return new Latencies(0, 0, 0, 0, 0, 0, 0);
        var sorted = milliseconds.Order().ToArray();
        double At(double fraction) => sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new Latencies(sorted.Length, At(0.50), At(0.90), At(0.99), At(0.999), sorted[^1], sorted.Average());
    }
}
