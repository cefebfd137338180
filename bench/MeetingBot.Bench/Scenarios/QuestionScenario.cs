using System.Text;
using MeetingBot.Bench.Harness;
using MeetingBot.Bench.Reporting;
using MeetingBot.Core.Policy.Index;
using MeetingBot.Core.Policy.Model;

namespace MeetingBot.Bench.Scenarios;

/// <summary>Measurement 3: building one <see cref="PolicyIndex"/> over all seeds and answering fixed questions with it.</summary>
public static class QuestionScenario
{
    /// <summary>Fixed so that relative questions give the same answers on every run.</summary>
    public static readonly DateOnly Today = new(2021, 1, 1);

    // "下次会议什么时候" is about meetings, not policy, so it is deliberately not here.
    public static readonly IReadOnlyList<string> Questions =
    [
        "谁负责双师型教师队伍建设？",
        "实训基地由谁负责",
        "区财政局负责什么？",
        "人社局有哪些任务",
        "财政厅的任务",
        "2022年底前到期的目标",
        "who is responsible for 实训基地",
        "what is the finance bureau responsible for?",
        "哪些目标2025年到期",
        "1+X证书试点谁牵头",
    ];

    public static RunPolicy Policy(bool quick) => quick
        ? new RunPolicy(20, TimeSpan.Zero, TimeSpan.FromSeconds(2), 100, TimeSpan.FromSeconds(0.2), 10)
            { JitQuietWindow = TimeSpan.FromSeconds(0.25) }
        : new RunPolicy(200, TimeSpan.FromSeconds(0.3), TimeSpan.FromSeconds(5), 1000, TimeSpan.FromSeconds(1), 30);

    public static RunPolicy IndexPolicy(bool quick) => quick
        ? new RunPolicy(5, TimeSpan.Zero, TimeSpan.FromSeconds(2), 20, TimeSpan.FromSeconds(0.5), 5)
            { JitQuietWindow = TimeSpan.FromSeconds(0.25) }
        : new RunPolicy(20, TimeSpan.FromSeconds(0.3), TimeSpan.FromSeconds(5), 200, TimeSpan.FromSeconds(2), 20);

    public static QuestionSummary Run(IReadOnlyList<PolicyDocument> documents, bool quick)
    {
        PolicyIndex index;
        try
        {
            index = new PolicyIndex(documents);
        }
        catch (Exception e)
        {
            return new QuestionSummary(Today, $"new PolicyIndex(...) threw {e.GetType().Name}: {e.Message}", null, [], []);
        }

        var build = Runner.Run(() => new PolicyIndex(documents), IndexPolicy(quick));
        var policy = Policy(quick);

        var questions = Questions
            .Select(q => Measure(q, () => index.Ask(q, Today), Describe, policy))
            .ToList();

        var dueBy = new DateOnly(2022, 12, 31);
        List<QuestionResult> direct =
        [
            Measure("WhoIsResponsible(\"实训基地\")", () => index.WhoIsResponsible("实训基地"), r => ($"{r.Count} tasks", r.Count), policy),
            Measure("FindUnits(\"财政厅\")", () => index.FindUnits("财政厅"), r => ($"{r.Count} units", r.Count), policy),
            Measure($"TargetsDueBy({dueBy:yyyy-MM-dd})", () => index.TargetsDueBy(dueBy), r => ($"{r.Count} targets", r.Count), policy),
        ];

        return new QuestionSummary(Today, null, build, questions, direct);
    }

    private static (string Answer, int Results) Describe(PolicyAnswer answer)
    {
        var results = answer.Tasks.Count + answer.Units.Count + answer.Targets.Count;
        return ($"{answer.Kind} “{answer.Subject}” → {results}", results);
    }

    /// <summary>Calls once to check and describe the answer, then times it; an exception is recorded, not timed.</summary>
    private static QuestionResult Measure<T>(string label, Func<T> call, Func<T, (string Answer, int Results)> describe, RunPolicy policy)
        where T : class
    {
        T first;
        try
        {
            first = call();
        }
        catch (Exception e)
        {
            return new QuestionResult(label, "-", 0, $"{e.GetType().Name}: {e.Message}", null);
        }

        var (answer, results) = describe(first);
        return new QuestionResult(label, answer, results, null, Runner.Run(call, policy));
    }

    public static string Render(QuestionSummary summary)
    {
        if (summary.Error is not null)
        {
            return $"NOT MEASURED: {summary.Error}\n";
        }

        var text = new StringBuilder();
        text.AppendLine($"Index over all seeds built in {summary.IndexBuild!.MedianMs:0.000}{summary.IndexBuild.Flag} ms median, {summary.IndexBuild.P95Ms:0.000} ms p95 " +
            $"(n = {summary.IndexBuild.Iterations}, {summary.IndexBuild.AllocatedBytesPerOp / 1024.0:#,0} KB allocated per build); today = {summary.Today:yyyy-MM-dd}");
        text.AppendLine();
        text.Append(Table("question (Ask)", summary.Questions));
        text.AppendLine();
        text.Append(Table("direct call (not in the target)", summary.DirectCalls));
        foreach (var failed in summary.Questions.Concat(summary.DirectCalls).Where(q => q.Error is not null))
        {
            text.AppendLine($"FAILED {failed.Label}: {failed.Error}");
        }

        if (summary.Questions.Concat(summary.DirectCalls).Any(q => q.Time is { Steady: false }) || summary.IndexBuild.Steady is false)
        {
            text.AppendLine(Measurement.FlagNote);
        }

        if (summary.OverallMeanUs is { } mean)
        {
            text.AppendLine($"Overall mean over the {summary.Questions.Count(q => q.Time is not null)} questions: {mean:0.0} µs");
        }

        return text.ToString();
    }

    private static string Table(string title, IEnumerable<QuestionResult> results)
    {
        var table = new TextTable(title, "answer", "n", "median µs", "p95 µs", "mean µs", "alloc B/call").AlignLeft(1);
        foreach (var r in results)
        {
            table.Add(
                r.Label,
                r.Error is null ? r.Answer : "ERROR",
                r.Time is null ? "-" : $"{r.Time.Iterations}",
                r.Time is null ? "-" : $"{r.Time.MedianUs:0.0}{r.Time.Flag}",
                r.Time is null ? "-" : $"{r.Time.P95Us:0.0}",
                r.Time is null ? "-" : $"{r.Time.MeanUs:0.0}",
                r.Time is null ? "-" : $"{r.Time.AllocatedBytesPerOp:#,0}");
        }

        return table.ToString();
    }
}
