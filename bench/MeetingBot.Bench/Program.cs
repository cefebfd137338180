using MeetingBot.TestPeers;
using System.Text;
using MeetingBot.Bench;
using MeetingBot.Bench.Reporting;
using MeetingBot.Bench.Scenarios;

// Policy parser and index benchmark: a report, so missed targets still exit 0; a parse that fails or throws,
// a synthetic document with the wrong task count, or a question that throws exits 1; bad arguments exit 2.
Console.OutputEncoding = Encoding.UTF8;

var options = BenchOptions.Parse(args, out var argumentError);
if (options is null)
{
    Console.Error.WriteLine(argumentError);
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

if (options.Help)
{
    Console.WriteLine(BenchOptions.Usage);
    return 0;
}

try
{
    var environment = BenchEnvironment.Capture();
    var root = RepoRoot.Find();
    Console.WriteLine($"MeetingBot policy benchmark{(options.Quick ? " (--quick)" : "")}");
    foreach (var line in environment.Describe())
    {
        Console.WriteLine(line);
    }

    Console.WriteLine($"Repository  {root}");

    var seeds = SeedCorpus.Load(root);

    var seedPolicy = SeedParseScenario.Policy(options.Quick);
    Section("1. Parse time per seed (PolicyParser.ParseText)", seedPolicy.Describe());
    var seedResults = SeedParseScenario.Run(seeds, seedPolicy, out var corpusWarmup);
    Console.Write(SeedParseScenario.Render(seedResults, corpusWarmup));

    var largest = seeds.MaxBy(s => s.Bytes)!;
    var syntheticPolicy = SyntheticScenario.Policy(options.Quick);
    Section(
        $"2. Synthetic documents: {largest.Name} header once + numbered body N×, renumbered",
        syntheticPolicy.Describe());
    var synthetic = SyntheticScenario.Run(largest, syntheticPolicy);
    Console.Write(SyntheticScenario.Render(synthetic));

    var questionPolicy = QuestionScenario.Policy(options.Quick);
    Section(
        $"3. Questions over all {seeds.Count} seeds (one PolicyIndex)",
        $"index build: {QuestionScenario.IndexPolicy(options.Quick).Describe()}\nper question: {questionPolicy.Describe()}");
    var questions = QuestionScenario.Run(seeds.Select(s => s.Document).ToList(), options.Quick);
    Console.Write(QuestionScenario.Render(questions));

    var questionSet = QuestionSetScenario.LoadQuestions(root);
    Section($"4. The question set ({questionSet.Count} questions as people type them), each answered by one index",
        "over all seeds and over a 50-document library; every call timed, after a warm-up pass");
    var seedDocuments = seeds.Select(s => s.Document).ToList();
    Console.Write(QuestionSetScenario.Render(
    [
        QuestionSetScenario.Run("all seeds", seedDocuments, questionSet, options.Quick ? 2 : 10),
        QuestionSetScenario.Run("50-document library", QuestionSetScenario.Library(seedDocuments, 50), questionSet, options.Quick ? 2 : 10),
    ]));

    var targets = Targets.Evaluate(seedResults, synthetic, questions);
    var failures = Targets.Failures(synthetic, questions);
    Console.WriteLine();
    Console.Write(Targets.Render(targets, failures, Targets.Unsteady(seedResults, synthetic, questions), options.Quick));
    if (BenchEnvironment.ReadLoadAverage() is { } endLoad)
    {
        Console.WriteLine();
        Console.WriteLine($"Load average at the end {endLoad:0.00} (this benchmark itself adds about 1).");
    }

    if (options.JsonPath is not null)
    {
        JsonReport.Write(new BenchReport(environment, options.Quick, seedResults, synthetic, questions, targets, failures), options.JsonPath);
        Console.WriteLine();
        Console.WriteLine($"Figures written to {Path.GetFullPath(options.JsonPath)}");
    }

    return failures.Count == 0 ? 0 : 1;
}
catch (BenchFailureException e)
{
    Console.Out.Flush();
    Console.Error.WriteLine($"FAILED: {e.Message}");
    return 1;
}

static void Section(string title, string how)
{
    Console.WriteLine();
    Console.WriteLine(title);
    foreach (var line in how.Split('\n'))
    {
        Console.WriteLine("  " + line);
    }

    Console.WriteLine();
}
