namespace MeetingBot.Bench;

/// <summary>The run cannot produce meaningful figures (a parse failed or threw); the bench exits non-zero.</summary>
public sealed class BenchFailureException(string message) : Exception(message);
