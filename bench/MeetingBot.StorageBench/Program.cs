using System.Text;
using Azure.Data.Tables;
using MeetingBot.Storage.AzureTables;
using MeetingBot.Storage.Embedded;
using MeetingBot.Storage.JointMeetings;
using MeetingBot.StorageBench;
using MeetingBot.TestPeers.Azurite;
using MeetingBot.TestPeers.Hosting;

// Storage benchmark: dotnet run -c Release --project bench/MeetingBot.StorageBench [-- embedded|azure]
// Azure runs against Azurite (tools/azurite, started here on loopback). Exits 1 when a target is missed.
Console.OutputEncoding = Encoding.UTF8;
var engines = args.Length == 0 ? ["embedded", "azure"] : args;
var results = new List<EngineResult>();

foreach (var engine in engines)
{
    switch (engine)
    {
        case "embedded":
            var folder = Path.Combine(Path.GetTempPath(), $"meetingbot-bench-{Guid.NewGuid():N}");
            var sqlite = SqliteEntityTableFactory.Create(folder);
            results.Add(await EngineScenario.RunAsync("embedded (SQLite)", new EntityJointMeetingStore(sqlite, WallClock.Instance), null, loads: 200));
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
            break;
        case "azure":
            await using (var azurite = await AzuriteServer.StartAsync())
            {
                var counter = new RequestCounter();
                var options = AzureEntityTableFactory.ClientOptions(new AzureTableOptions());
                options.AddPolicy(counter, Azure.Core.HttpPipelinePosition.PerRetry);
                var table = new AzureEntityTable(new TableClient(azurite.ConnectionString, "bench", options));
                results.Add(await EngineScenario.RunAsync("Azure Tables (Azurite)", new EntityJointMeetingStore(table, WallClock.Instance), counter, loads: 100));
            }
            break;
        default:
            Console.Error.WriteLine($"unknown engine '{engine}': use embedded, azure or nothing for both");
            return 2;
    }
}

Console.WriteLine($"MeetingBot storage benchmark — {Environment.ProcessorCount} cores, .NET {Environment.Version}, load average {LoadAverage()}");
Console.WriteLine("full state: 30 units, 50 tasks, 2 meetings, 1 round with 30 submitted reports");
Console.WriteLine();
Console.WriteLine($"{"engine",-24} {"save full state",16} {"load median",12} {"load p95",10} {"requests/load",14} {"1,000 saves",12} {"1,000 jm saves",15} {"requests/jm save",17}");
var missed = new List<string>();
foreach (var r in results)
{
    Console.WriteLine($"{r.Engine,-24} {r.SaveFullStateMs,13:0.0} ms {r.LoadMedianMs,9:0.00} ms {r.LoadP95Ms,7:0.00} ms {(r.RequestsPerLoad?.ToString() ?? "-"),14} {r.ThousandSavesMs,9:0} ms {r.ThousandJointMeetingSavesMs,12:0} ms {(r.RequestsPerJointMeetingSave?.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) ?? "-"),17}");
    if (r.RequestsPerLoad is null)
    {
        if (r.LoadMedianMs >= 20) missed.Add($"{r.Engine}: full load {r.LoadMedianMs:0.00} ms, target < 20 ms");
        if (r.ThousandSavesMs >= 1_000) missed.Add($"{r.Engine}: 1,000 saves {r.ThousandSavesMs:0} ms, target < 1 s");
    }
    else
    {
        if (r.RequestsPerLoad > 3) missed.Add($"{r.Engine}: {r.RequestsPerLoad} requests per full load, target ≤ 3");
        if (r.ThousandSavesMs >= 5_000) missed.Add($"{r.Engine}: 1,000 saves {r.ThousandSavesMs:0} ms, target < 5 s");
    }
}
Console.WriteLine();
Console.WriteLine(missed.Count == 0 ? "targets: all met (embedded: load < 20 ms, 1,000 saves < 1 s; Azure: load ≤ 3 requests, 1,000 saves < 5 s)" : "targets MISSED:\n  " + string.Join("\n  ", missed));
return missed.Count == 0 ? 0 : 1;

static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
