using MeetingBot.TestPeers;
using System.Text;
using MeetingBot.ChannelBench;
using MeetingBot.ChannelBench.Hosting;
using MeetingBot.ChannelBench.Load;
using MeetingBot.ChannelBench.Measure;
using MeetingBot.ChannelBench.Peers;
using MeetingBot.ChannelBench.Reporting;

// Channel benchmark: dotnet run -c Release --project bench/MeetingBot.ChannelBench (bench/channel.sh builds the host
// first and installs wrk). Exit codes: 0 the report ran (targets may be missed: see "Targets:"), 1 a check failed
// (a turn not answered 200, a reply not delivered, host warnings) or the run could not be made, 2 bad arguments.
Console.OutputEncoding = Encoding.UTF8;
BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine($"error: {e.Message}\n{BenchOptions.Usage}");
    return 2;
}

var hostDll = options.HostDll ?? Path.Combine(RepoRoot.Find(), "src", "MeetingBot.Host", "bin", "Release", "net10.0", "MeetingBot.Host.dll");
WrkRunner.EnsureInstalled(options.Wrk);
RunHeader.Print(Console.Out, options, hostDll);

await using var peers = await BotPeers.StartAsync();
await using var host = await HostProcess.StartAsync(hostDll, peers.HostSettings(), options.HostEnvironment);
Console.WriteLine($"Host        pid {host.Pid} at {host.BaseUrl}, healthy; stub Connector at {peers.Connector.ServiceUrl}");

var token = peers.IssueChannelToken();
var body = ActivityBody.For(options.Text, peers.Connector.ServiceUrl);
using var client = new TurnClient(host.BaseUrl, token);
var script = WrkScript.Write(body, token, options.ConversationsPerThread);
await using var monitor = new ResourceMonitor(host.Pid);
var phases = new PhaseRunner(host, peers.Connector, monitor, Console.Out);
const string RateGroup = "rate";

try
{
    var conversations = Enumerable.Range(1, options.Threads)
        .SelectMany(thread => Enumerable.Range(0, options.ConversationsPerThread).Select(n => ActivityBody.ConversationId(WrkScript.Group(thread), n)))
        .Concat(Enumerable.Range(0, options.RateConversations).Select(n => ActivityBody.ConversationId(RateGroup, n)))
        .ToList();

    Console.WriteLine();
    Console.WriteLine("Phases:");
    var results = new List<PhaseResult>
    {
        await phases.RunAsync(Phases.FirstContact, () => ConversationPrimer.RunAsync(client, body, conversations)),
        await phases.RunAsync(Phases.Warmup, () => WrkRunner.RunAsync(options.Wrk, host.BaseUrl, script, options.Threads, options.Connections, options.Warmup)),
        await phases.RunAsync(Phases.Saturation, () => WrkRunner.RunAsync(options.Wrk, host.BaseUrl, script, options.Threads, options.Connections, options.Saturation)),
    };

    // The open-loop client's connections and code get their own warm-up at the same rate.
    FixedRateResult? measured = null;
    results.Add(await phases.RunAsync(Phases.FixedRateWarmup, async () =>
        (await OpenLoopGenerator.RunAsync(client, body, RateGroup, options.RateConversations, options.Rate, TimeSpan.FromSeconds(5))).Load));
    results.Add(await phases.RunAsync(Phases.FixedRate, async () =>
        (measured = await OpenLoopGenerator.RunAsync(client, body, RateGroup, options.RateConversations, options.Rate, options.RateDuration)).Load));

    var peak = ProcFs.Memory(host.Pid)?.Peak ?? 0;
    var run = new RunResult(options.Text, options.Rate, results, measured!, peak, host.Warnings, host.Output, host.HasExited);
    Report.Print(Console.Out, run);
    return run.Problems().Count == 0 ? 0 : 1;
}
finally
{
    File.Delete(script);
}
