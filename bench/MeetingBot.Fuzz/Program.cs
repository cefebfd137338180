using System.Diagnostics;
using System.Globalization;
using MeetingBot.ChannelBench.Hosting;
using MeetingBot.ChannelBench.Peers;
using MeetingBot.Fuzz;
using MeetingBot.TestPeers;

// bench/fuzz.sh [--host-dll path] [--requests N]: N requests in each mode (default 6000), against the built host.
var hostDll = Path.Combine(RepoRoot.Find(), "src/MeetingBot.Host/bin/Release/net10.0/MeetingBot.Host.dll");
var perMode = 6000;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--host-dll": hostDll = Path.GetFullPath(args[++i]); break;
        case "--requests": perMode = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        default:
            Console.Error.WriteLine($"unknown argument {args[i]}; use --host-dll <MeetingBot.Host.dll> --requests <per mode>");
            return 2;
    }
}

Console.WriteLine($"host: {hostDll}");
Console.WriteLine($"requests per mode: {perMode}, concurrency 16, a request with no answer within {FuzzClient.Timeout.TotalSeconds:0} s counts as a hang");
var knobs = new Dictionary<string, string> { ["Storage__SeedDemo"] = "true", ["Logging__LogLevel__Default"] = "Warning" };
var totals = new List<(string Mode, FuzzClient Client, long Rss, int Warnings, string Convenor, StoredRow Row)>();
// The store's folder is ours, so that what the flood left in it can be read at the end.
string NewDataFolder() => Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"meetingbot-fuzz-{Guid.NewGuid():N}")).FullName;

// Teams mode: the identity provider and the Bot Connector stubs on loopback, as the Teams channel tests run them.
var teamsData = NewDataFolder();
await using (var peers = await BotPeers.StartAsync())
await using (var host = await HostProcess.StartAsync(hostDll, peers.HostSettings(), new Dictionary<string, string>(knobs) { ["Storage__DataPath"] = teamsData }))
{
    using var client = new FuzzClient(host.BaseUrl, 16);
    var clock = Stopwatch.StartNew();
    await client.RunAsync(TeamsCases.All(peers, perMode));
    await Task.Delay(2000);
    totals.Add(("Teams", client, ProcessMemory.ResidentBytes(host.Pid), host.Warnings, "n/a", StoredRow.Read(teamsData, "demo-002")));
    Console.WriteLine($"Teams mode: {client.Sent} requests in {clock.Elapsed.TotalSeconds:0} s");
}

// Local mode: no MicrosoftAppId; the web chat page and Direct Line on loopback.
var localData = NewDataFolder();
await using (var host = await HostProcess.StartAsync(hostDll, new Dictionary<string, string> { ["MicrosoftAppId"] = "" }, new Dictionary<string, string>(knobs) { ["Storage__DataPath"] = localData }))
{
    using var client = new FuzzClient(host.BaseUrl, 16);
    var clock = Stopwatch.StartNew();
    var sessions = await LocalCases.OpenAsync(client, Math.Max(50, perMode / 4));
    if (sessions.Count == 0)
    {
        Console.Error.WriteLine("error: no web chat conversation could be opened");
        return 1;
    }
    await client.RunAsync(LocalCases.All(sessions, perMode));
    var convenor = await LocalCases.ConvenorWorksAsync(client);
    await Task.Delay(2000);
    totals.Add(("local", client, ProcessMemory.ResidentBytes(host.Pid), host.Warnings, convenor, StoredRow.Read(localData, "demo-002")));
    Console.WriteLine($"local mode: {client.Sent} requests in {clock.Elapsed.TotalSeconds:0} s");
}

Console.WriteLine();
Console.WriteLine("| mode | requests | 2xx | 4xx | 5xx | hangs | closed | host RSS at end | warn/fail log lines | convenor adds a unit after the flood |");
Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|");
foreach (var (mode, c, rss, warnings, convenor, _) in totals)
{
    int Class(int low) => c.ByStatus.Where(s => s.Key >= low && s.Key < low + 100).Sum(s => s.Value);
    Console.WriteLine($"| {mode} | {c.Sent} | {Class(200)} | {Class(400)} | {c.ServerErrors} | {c.Hangs} | {c.TransportErrors} | {rss / 1024 / 1024} MB | {warnings} | {convenor} |");
}
foreach (var (mode, c, _, _, _, row) in totals)
{
    Console.WriteLine($"{mode}: demo-002's own row at the end: {row}");
    Console.WriteLine($"{mode} statuses: {string.Join(", ", c.ByStatus.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"))}");
    foreach (var (name, n) in c.ServerErrorsByCase.OrderByDescending(e => e.Value)) Console.WriteLine($"  5xx {n}× {name}");
    foreach (var (name, n) in c.HangsByCase.OrderByDescending(e => e.Value)) Console.WriteLine($"  hang {n}× {name}");
}
foreach (var folder in new[] { teamsData, localData })
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
}
return 0;
