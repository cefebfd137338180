namespace MeetingBot.Bench.Harness;

/// <summary>How a warm-up went: calls made, seconds spent, and whether the JIT had stopped compiling by its end.</summary>
public sealed record WarmupResult(int Calls, double Seconds, bool JitSettled);
