namespace MeetingBot.Bench.Harness;

/// <summary>
/// How long to warm up and how much to measure. Warm-up runs until <see cref="WarmupIterations"/> and
/// <see cref="WarmupMinTime"/> are reached and no method has been JIT-compiled for <see cref="JitQuietWindow"/>
/// (so tiered compilation has promoted the hot code), capped at <see cref="WarmupMaxTime"/>. Measurement stops
/// after <see cref="Iterations"/> samples, or once <see cref="TimeBudget"/> has passed and at least
/// <see cref="MinIterations"/> samples were taken.
/// </summary>
public sealed record RunPolicy(
    int WarmupIterations,
    TimeSpan WarmupMinTime,
    TimeSpan WarmupMaxTime,
    int Iterations,
    TimeSpan TimeBudget,
    int MinIterations)
{
    public TimeSpan JitQuietWindow { get; init; } = TimeSpan.FromSeconds(0.5);

    public string Describe() =>
        $"warm-up ≥ {WarmupIterations} calls and ≥ {WarmupMinTime.TotalSeconds:0.##} s, then until no JIT compilation for " +
        $"{JitQuietWindow.TotalSeconds:0.##} s (≤ {WarmupMaxTime.TotalSeconds:0.##} s in all); " +
        $"measure {Iterations} iterations or {TimeBudget.TotalSeconds:0.##} s, whichever first (≥ {MinIterations})";
}
