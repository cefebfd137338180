using MeetingBot.Bench.Harness;

namespace MeetingBot.Bench.Reporting;

/// <summary>Everything one run measured; printed as tables and optionally written as JSON.</summary>
public sealed record BenchReport(
    BenchEnvironment Environment,
    bool Quick,
    IReadOnlyList<SeedResult> Seeds,
    SyntheticSummary Synthetic,
    QuestionSummary Questions,
    IReadOnlyList<TargetResult> Targets,
    IReadOnlyList<string> Failures);

public sealed record SeedResult(
    string Name, int Bytes, int Tasks, int Units, int Targets, int Warnings, Measurement Parse);

public sealed record SyntheticResult(
    int Copies,
    int Bytes,
    string LastLevel1,
    string LastLevel2,
    bool Succeeded,
    string? Error,
    int Tasks,
    int ExpectedTasks,
    Measurement? Parse)
{
    public double KiloBytes => Bytes / 1024.0;
    public bool TasksAsExpected => Succeeded && Tasks == ExpectedTasks;
    public double? MsPerKb => Parse is null ? null : Parse.MedianMs / KiloBytes;
}

/// <summary>Growth between the smallest and largest multiple: a time ratio equal to the size ratio is linear.</summary>
public sealed record SyntheticSummary(
    string Seed,
    int SeedBytes,
    int SeedTasks,
    IReadOnlyList<SyntheticResult> Sizes,
    int FromCopies,
    int ToCopies,
    double? SizeRatio,
    double? TimeRatio)
{
    /// <summary>log(time ratio) / log(size ratio): 1.0 is linear, 2.0 quadratic.</summary>
    public double? GrowthExponent => SizeRatio is > 1 && TimeRatio is > 0
        ? Math.Log(TimeRatio.Value) / Math.Log(SizeRatio.Value)
        : null;
}

/// <summary>One timed question or call; <see cref="Answer"/> summarises what the first call returned.</summary>
public sealed record QuestionResult(string Label, string Answer, int Results, string? Error, Measurement? Time);

/// <summary>Index build and question timings; <see cref="Error"/> is set when the index could not be built.</summary>
public sealed record QuestionSummary(
    DateOnly Today,
    string? Error,
    Measurement? IndexBuild,
    IReadOnlyList<QuestionResult> Questions,
    IReadOnlyList<QuestionResult> DirectCalls)
{
    /// <summary>Mean over every measured Ask call, each question weighted equally.</summary>
    public double? OverallMeanUs => Questions.Any(q => q.Time is not null)
        ? Questions.Where(q => q.Time is not null).Average(q => q.Time!.MeanUs)
        : null;
}

public sealed record TargetResult(string Target, string Measured, bool Pass);
