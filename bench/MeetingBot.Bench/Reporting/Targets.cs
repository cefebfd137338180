using System.Text;

namespace MeetingBot.Bench.Reporting;

/// <summary>
/// The performance targets (2-core machine, after warm-up), judged on medians: seed parse &lt; 5 ms,
/// 50× synthetic parse &lt; 100 ms, linear growth, question &lt; 1 ms.
/// </summary>
public static class Targets
{
    public const double SeedParseMs = 5;
    public const double LargeParseMs = 100;
    public const double QuestionMs = 1;

    /// <summary>Linear within noise: time may grow at most this much faster than size between 10× and 50×.</summary>
    public const double GrowthTolerance = 1.25;

    public static IReadOnlyList<TargetResult> Evaluate(
        IReadOnlyList<SeedResult> seeds, SyntheticSummary synthetic, QuestionSummary questions)
    {
        var worstSeed = seeds.MaxBy(s => s.Parse.MedianMs)!;
        var large = synthetic.Sizes.SingleOrDefault(s => s.Copies == synthetic.ToCopies);
        var timedQuestions = questions.Questions.Where(q => q.Time is not null).ToList();
        var worstQuestion = timedQuestions.MaxBy(q => q.Time!.MedianMs);
        var allQuestionsTimed = questions.Error is null && timedQuestions.Count == questions.Questions.Count;

        return
        [
            new TargetResult(
                $"seed parse < {SeedParseMs} ms (median, every seed)",
                $"worst {worstSeed.Parse.MedianMs:0.000} ms ({worstSeed.Name}, p95 {worstSeed.Parse.P95Ms:0.000} ms)",
                seeds.All(s => s.Parse.MedianMs < SeedParseMs)),
            new TargetResult(
                $"{synthetic.ToCopies}-copy synthetic parse < {LargeParseMs} ms (median)",
                large?.Parse is { } p
                    ? $"{p.MedianMs:0.000} ms for {large.KiloBytes:#,0} KB = {(double)large.Bytes / synthetic.SeedBytes:0.0}× the seed's bytes (p95 {p.P95Ms:0.000} ms)"
                    : "not measured: " + (large?.Error ?? "missing"),
                large?.Parse is { } q && q.MedianMs < LargeParseMs),
            new TargetResult(
                $"linear growth {synthetic.FromCopies}× → {synthetic.ToCopies}× (time ratio ≤ {GrowthTolerance} × size ratio)",
                synthetic.TimeRatio is { } t
                    ? $"time ×{t:0.00} vs size ×{synthetic.SizeRatio:0.00} (exponent {synthetic.GrowthExponent:0.00})"
                    : "not measured",
                synthetic.TimeRatio is { } r && r <= GrowthTolerance * synthetic.SizeRatio!.Value),
            new TargetResult(
                $"question < {QuestionMs} ms (median, every question)",
                worstQuestion is null
                    ? "not measured" + (questions.Error is null ? "" : ": " + questions.Error)
                    : $"worst {worstQuestion.Time!.MedianUs:0.0} µs (“{worstQuestion.Label}”), overall mean {questions.OverallMeanUs:0.0} µs" +
                      (allQuestionsTimed ? "" : $"; {questions.Questions.Count - timedQuestions.Count} not measured"),
                allQuestionsTimed && timedQuestions.All(q => q.Time!.MedianMs < QuestionMs)),
        ];
    }

    /// <summary>Correctness problems that make the run fail (non-zero exit) whatever the timings.</summary>
    public static IReadOnlyList<string> Failures(SyntheticSummary synthetic, QuestionSummary questions)
    {
        var failures = new List<string>();
        foreach (var size in synthetic.Sizes)
        {
            if (!size.Succeeded)
            {
                failures.Add($"synthetic {size.Copies}× did not parse: {size.Error}");
            }
            else if (!size.TasksAsExpected)
            {
                failures.Add($"synthetic {size.Copies}× found {size.Tasks} tasks, expected {size.ExpectedTasks} ({size.Copies} × {synthetic.SeedTasks})");
            }
        }

        if (questions.Error is not null)
        {
            failures.Add(questions.Error);
        }

        failures.AddRange(questions.Questions.Concat(questions.DirectCalls)
            .Where(q => q.Error is not null)
            .Select(q => $"“{q.Label}” threw {q.Error}"));
        return failures;
    }

    /// <summary>Measurements taken while the JIT was still compiling: reported, not failed.</summary>
    public static IReadOnlyList<string> Unsteady(
        IReadOnlyList<SeedResult> seeds, SyntheticSummary synthetic, QuestionSummary questions) =>
        seeds.Where(s => !s.Parse.Steady).Select(s => s.Name)
            .Concat(synthetic.Sizes.Where(s => s.Parse is { Steady: false }).Select(s => $"synthetic {s.Copies}×"))
            .Concat(questions.IndexBuild is { Steady: false } ? ["index build"] : [])
            .Concat(questions.Questions.Concat(questions.DirectCalls).Where(q => q.Time is { Steady: false }).Select(q => $"“{q.Label}”"))
            .ToList();

    public static string Render(
        IReadOnlyList<TargetResult> targets, IReadOnlyList<string> failures, IReadOnlyList<string> unsteady, bool quick)
    {
        var text = new StringBuilder();
        text.AppendLine("Checks:");
        text.AppendLine(failures.Count == 0
            ? "  PASS  every document parsed; synthetic documents found N × the seed's tasks; every question answered"
            : string.Join(Environment.NewLine, failures.Select(f => "  FAIL  " + f)));
        if (unsteady.Count > 0)
        {
            text.AppendLine($"  WARN  JIT not settled (figures marked *): {string.Join(", ", unsteady)}");
        }

        text.AppendLine();
        text.AppendLine(quick ? "Targets: (--quick run: indicative only, quote a full run)" : "Targets:");
        foreach (var target in targets)
        {
            text.AppendLine($"  {(target.Pass ? "PASS" : "FAIL")}  {target.Target}: {target.Measured}");
        }

        return text.ToString();
    }
}
