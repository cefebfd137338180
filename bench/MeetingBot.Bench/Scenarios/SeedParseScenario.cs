using System.Text;
using MeetingBot.Bench.Harness;
using MeetingBot.Bench.Reporting;
using MeetingBot.Core.Policy.Parsing;

namespace MeetingBot.Bench.Scenarios;

/// <summary>Measurement 1: parse time and allocation of each seed document.</summary>
public static class SeedParseScenario
{
    public static RunPolicy Policy(bool quick) => quick
        ? new RunPolicy(20, TimeSpan.FromSeconds(0.3), TimeSpan.FromSeconds(10), 100, TimeSpan.FromSeconds(0.3), 10)
            { JitQuietWindow = TimeSpan.FromSeconds(0.25) }
        : new RunPolicy(200, TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(20), 1000, TimeSpan.FromSeconds(2), 30);

    public static IReadOnlyList<SeedResult> Run(IReadOnlyList<Seed> seeds, RunPolicy policy, out WarmupResult corpusWarmup)
    {
        // Warm the parser on the whole corpus first (rounds over every seed), so the seed measured first does not
        // pay for code paths that only later seeds exercise, or for tiered JIT still catching up; each seed then
        // gets its own warm-up as well.
        corpusWarmup = Runner.Warmup(() => ParseAll(seeds), policy);
        return seeds.Select(seed => new SeedResult(
                seed.Name,
                seed.Bytes,
                seed.Document.Tasks.Count,
                seed.Document.Units.Count,
                seed.Document.DocumentTargets.Count + seed.Document.Tasks.Sum(t => t.Targets.Count),
                seed.Document.Warnings.Count,
                Runner.Run(() => PolicyParser.ParseText(seed.Text, seed.Name), policy)))
            .ToList();
    }

    private static PolicyParseResult ParseAll(IReadOnlyList<Seed> seeds)
    {
        PolicyParseResult? last = null;
        foreach (var seed in seeds)
        {
            last = PolicyParser.ParseText(seed.Text, seed.Name);
        }

        return last!;
    }

    public static string Render(IReadOnlyList<SeedResult> results, WarmupResult corpusWarmup)
    {
        var table = new TextTable("seed", "KB", "tasks", "units", "targets", "warn", "warm-up s", "n", "median ms", "p95 ms", "mean ms", "alloc KB/parse");
        foreach (var r in results)
        {
            table.Add(
                r.Name,
                $"{r.Bytes / 1024.0:0.0}",
                $"{r.Tasks}",
                $"{r.Units}",
                $"{r.Targets}",
                $"{r.Warnings}",
                $"{r.Parse.Warmup.Seconds:0.0}",
                $"{r.Parse.Iterations}",
                $"{r.Parse.MedianMs:0.000}{r.Parse.Flag}",
                $"{r.Parse.P95Ms:0.000}",
                $"{r.Parse.MeanMs:0.000}",
                $"{r.Parse.AllocatedBytesPerOp / 1024.0:#,0.0}");
        }

        var text = new StringBuilder();
        text.AppendLine($"Corpus warm-up before the first seed: {corpusWarmup.Calls} rounds over all seeds in {corpusWarmup.Seconds:0.0} s, " +
            (corpusWarmup.JitSettled ? "JIT settled." : "JIT still compiling when the time ran out."));
        text.AppendLine();
        text.Append(table);
        if (results.Any(r => !r.Parse.Steady))
        {
            text.AppendLine(Measurement.FlagNote);
        }

        return text.ToString();
    }
}
