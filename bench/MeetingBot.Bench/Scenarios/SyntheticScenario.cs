using System.Text;
using MeetingBot.Bench.Harness;
using MeetingBot.Bench.Reporting;
using MeetingBot.Core.Policy.Parsing;

namespace MeetingBot.Bench.Scenarios;

/// <summary>
/// Measurement 2: parse time of documents 1×, 10×, 25× and 50× the largest seed, each checked first to parse
/// and to find N × the seed's tasks, so that growth with size can be read off ms per KB.
/// </summary>
public static class SyntheticScenario
{
    public static readonly int[] Multiples = [1, 10, 25, 50];
    private const int GrowthFrom = 10;
    private const int GrowthTo = 50;

    public static RunPolicy Policy(bool quick) => quick
        ? new RunPolicy(1, TimeSpan.Zero, TimeSpan.FromSeconds(5), 5, TimeSpan.FromSeconds(2), 3)
            { JitQuietWindow = TimeSpan.FromSeconds(0.25) }
        : new RunPolicy(3, TimeSpan.Zero, TimeSpan.FromSeconds(20), 20, TimeSpan.FromSeconds(10), 5);

    public static SyntheticSummary Run(Seed largest, RunPolicy policy)
    {
        SyntheticDocument generator;
        try
        {
            generator = SyntheticDocument.FromSeed(largest.Text);
        }
        catch (InvalidOperationException e)
        {
            throw new BenchFailureException($"Cannot build synthetic documents from {largest.Name}: {e.Message}");
        }

        var seedTasks = largest.Document.Tasks.Count;
        var sizes = Multiples.Select(copies => Measure(generator.Build(copies), seedTasks, policy)).ToList();

        var from = sizes.SingleOrDefault(s => s.Copies == GrowthFrom && s.Parse is not null);
        var to = sizes.SingleOrDefault(s => s.Copies == GrowthTo && s.Parse is not null);
        return new SyntheticSummary(
            largest.Name,
            largest.Bytes,
            seedTasks,
            sizes,
            GrowthFrom,
            GrowthTo,
            from is null || to is null ? null : (double)to.Bytes / from.Bytes,
            from is null || to is null ? null : to.Parse!.MedianMs / from.Parse!.MedianMs);
    }

    private static SyntheticResult Measure(SyntheticDocument.SyntheticText synthetic, int seedTasks, RunPolicy policy)
    {
        var name = $"synthetic-{synthetic.Copies}x.txt";
        var text = synthetic.Text;
        var bytes = Encoding.UTF8.GetByteCount(text);
        var expected = seedTasks * synthetic.Copies;

        PolicyParseResult first;
        try
        {
            first = SeedCorpus.ParseOnce(text, name);
        }
        catch (BenchFailureException e)
        {
            return new SyntheticResult(synthetic.Copies, bytes, synthetic.LastLevel1, synthetic.LastLevel2, false, e.Message, 0, expected, null);
        }

        if (!first.Succeeded)
        {
            return new SyntheticResult(synthetic.Copies, bytes, synthetic.LastLevel1, synthetic.LastLevel2, false, first.Error, 0, expected, null);
        }

        var timing = Runner.Run(() => PolicyParser.ParseText(text, name), policy);
        return new SyntheticResult(
            synthetic.Copies, bytes, synthetic.LastLevel1, synthetic.LastLevel2, true, null, first.Document!.Tasks.Count, expected, timing);
    }

    public static string Render(SyntheticSummary summary)
    {
        var table = new TextTable("copies", "KB", "× seed", "last headings", "tasks found/expected", "n", "median ms", "p95 ms", "ms/KB", "alloc MB/parse").AlignLeft(3);
        foreach (var r in summary.Sizes)
        {
            var tasks = r.Succeeded ? $"{r.Tasks}/{r.ExpectedTasks}{(r.TasksAsExpected ? "" : " MISMATCH")}" : "PARSE FAILED";
            table.Add(
                $"{r.Copies}×",
                $"{r.KiloBytes:#,0.0}",
                $"{(double)r.Bytes / summary.SeedBytes:0.0}",
                $"{r.LastLevel1} {r.LastLevel2}",
                tasks,
                r.Parse is null ? "-" : $"{r.Parse.Iterations}",
                r.Parse is null ? "-" : $"{r.Parse.MedianMs:0.000}{r.Parse.Flag}",
                r.Parse is null ? "-" : $"{r.Parse.P95Ms:0.000}",
                r.MsPerKb is null ? "-" : $"{r.MsPerKb:0.0000}",
                r.Parse is null ? "-" : $"{r.Parse.AllocatedBytesPerOp / 1048576.0:#,0.00}");
        }

        var text = new StringBuilder(table.ToString());
        if (summary.Sizes.Any(r => r.Parse is { Steady: false }))
        {
            text.AppendLine(Measurement.FlagNote);
        }

        foreach (var failed in summary.Sizes.Where(r => !r.Succeeded))
        {
            text.AppendLine($"{failed.Copies}×: {failed.Error}");
        }

        text.AppendLine("The header is kept once, so N copies are a little under N × the seed's bytes (column × seed).");
        text.AppendLine(summary.TimeRatio is null
            ? $"Growth {summary.FromCopies}× → {summary.ToCopies}×: not measured (a size failed to parse)."
            : $"Growth {summary.FromCopies}× → {summary.ToCopies}×: size ×{summary.SizeRatio:0.00}, time ×{summary.TimeRatio:0.00} " +
              $"(median), exponent {summary.GrowthExponent:0.00} (1.00 = linear, 2.00 = quadratic)");
        return text.ToString();
    }
}
