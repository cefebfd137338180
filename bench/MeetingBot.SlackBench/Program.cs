using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using MeetingBot.ChannelBench.Hosting;
using MeetingBot.Channels.Slack.Http;
using MeetingBot.TestPeers;
using MeetingBot.TestPeers.Slack;

// Slack benchmark: dotnet run -c Release --project bench/MeetingBot.SlackBench [-- --events 2000 --concurrency 16 --text help]
// Signed message.im events, each from another person, through the built host's /api/slack/events; then every
// tenth one delivered again as Slack's retry. Measures acknowledgements per second and their latency, and replies
// delivered to the Web API stand-in per second; checks each event was answered exactly once.
// Exit codes: 0 the report ran, 1 a check failed, 2 bad arguments.
Console.OutputEncoding = Encoding.UTF8;
int events = 2000, concurrency = 16, warmup = 100;
var text = "help";
for (var i = 0; i < args.Length; i++)
{
    string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
    switch (args[i])
    {
        case "--events": events = int.Parse(Next(), CultureInfo.InvariantCulture); break;
        case "--concurrency": concurrency = int.Parse(Next(), CultureInfo.InvariantCulture); break;
        case "--text": text = Next(); break;
        default: Console.Error.WriteLine($"error: unknown argument {args[i]}"); return 2;
    }
}

const string Secret = "bench-signing-secret-0123456789ab";
var hostDll = Path.Combine(RepoRoot.Find(), "src", "MeetingBot.Host", "bin", "Release", "net10.0", "MeetingBot.Host.dll");
await using var slack = await StubSlackApi.StartAsync();
await using var host = await HostProcess.StartAsync(hostDll, new Dictionary<string, string>
{
    ["Slack__SigningSecret"] = Secret,
    ["Slack__BotToken"] = slack.BotToken,
    ["Slack__ApiBaseUrl"] = slack.ApiBaseUrl,
    ["MeetingBot__LinkSigningKey"] = "bench-link-signing-key-0123456789abcdef",
}, new Dictionary<string, string>());
using var http = new HttpClient { BaseAddress = host.BaseUrl, Timeout = TimeSpan.FromSeconds(30) };
Console.WriteLine($"Host pid {host.Pid} at {host.BaseUrl}; {Environment.ProcessorCount} cores; load {File.ReadAllText("/proc/loadavg").Trim()}");
Console.WriteLine($"{events} events, {concurrency} at a time, text \"{text}\"");

HttpRequestMessage Event(string id, string user)
{
    var body = new JsonObject
    {
        ["type"] = "event_callback", ["team_id"] = StubSlackApi.TeamId, ["event_id"] = id, ["event_time"] = MeetingBot.TestPeers.Hosting.WallClock.Now.ToUnixTimeSeconds(),
        ["event"] = new JsonObject { ["type"] = "message", ["channel_type"] = "im", ["user"] = user, ["channel"] = "D" + user, ["text"] = text, ["ts"] = "1700000000.000100" },
    }.ToJsonString();
    var bytes = Encoding.UTF8.GetBytes(body);
    var ts = MeetingBot.TestPeers.Hosting.WallClock.Now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
    var request = new HttpRequestMessage(HttpMethod.Post, SlackEventsEndpoint.Path) { Content = new ByteArrayContent(bytes) };
    request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
    request.Headers.Add(SlackSignature.TimestampHeader, ts);
    request.Headers.Add(SlackSignature.SignatureHeader, SlackSignature.Sign(Secret, ts, bytes));
    return request;
}

async Task<(double Seconds, List<double> LatenciesMs, int Failed)> Send(IReadOnlyList<(string Id, string User)> batch, bool retry)
{
    var latencies = new ConcurrentBag<double>();
    var failed = 0;
    var clock = Stopwatch.StartNew();
    await Parallel.ForEachAsync(batch, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (e, ct) =>
    {
        using var request = Event(e.Id, e.User);
        if (retry) request.Headers.Add("X-Slack-Retry-Num", "1");
        var start = Stopwatch.GetTimestamp();
        using var response = await http.SendAsync(request, ct);
        latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        if (!response.IsSuccessStatusCode) Interlocked.Increment(ref failed);
    });
    return (clock.Elapsed.TotalSeconds, [.. latencies.Order()], failed);
}

async Task<double> WaitForPosts(int count, Stopwatch since)
{
    var deadline = Stopwatch.StartNew();
    while (slack.CallsOf("chat.postMessage").Count < count)
    {
        if (deadline.Elapsed > TimeSpan.FromMinutes(5)) throw new TimeoutException($"only {slack.CallsOf("chat.postMessage").Count} of {count} replies arrived");
        await Task.Delay(10);
    }
    return since.Elapsed.TotalSeconds;
}

static double Pct(List<double> sorted, double p) => sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

var warm = Enumerable.Range(0, warmup).Select(i => ($"EvWarm{i:D6}", $"UWARM{i:D6}")).ToList();
await Send(warm, retry: false);
await WaitForPosts(warmup, Stopwatch.StartNew());

var batch = Enumerable.Range(0, events).Select(i => ($"EvBench{i:D6}", $"UBENCH{i:D6}")).ToList();
var endToEnd = Stopwatch.StartNew();
var (seconds, latencies, failed) = await Send(batch, retry: false);
var delivered = await WaitForPosts(warmup + events, endToEnd);
Console.WriteLine($"acknowledged   {events / seconds,8:0.0} events/s   ack p50 {Pct(latencies, 0.5):0.0} ms  p99 {Pct(latencies, 0.99):0.0} ms  max {latencies[^1]:0.0} ms  (non-2xx: {failed})");
Console.WriteLine($"replies        {events / delivered,8:0.0} replies/s delivered to the Web API stand-in ({delivered:0.00} s for {events})");

var retries = batch.Where((_, i) => i % 10 == 0).ToList();
var (retrySeconds, retryLatencies, retryFailed) = await Send(retries, retry: true);
await Task.Delay(2000);
var posts = slack.CallsOf("chat.postMessage").Count - warmup;
Console.WriteLine($"retries        {retries.Count / retrySeconds,8:0.0} events/s acknowledged, p99 {Pct(retryLatencies, 0.99):0.0} ms; replies after them: {posts} (expected {events})");
var ok = failed == 0 && retryFailed == 0 && posts == events && host.Warnings == 0;
if (host.Warnings > 0) Console.WriteLine($"host warnings: {host.Warnings}\n{string.Join('\n', host.Output.Take(20))}");
Console.WriteLine(ok ? "Checks: every event acknowledged 2xx and answered exactly once" : "Checks: FAILED");
return ok ? 0 : 1;
