using System.Diagnostics;
using System.Globalization;
using MeetingBot.Storage.AzureTables;
using MeetingBot.Storage.Entities;
using MeetingBot.TestPeers.Azurite;

// dotnet run -c Release --project bench/MeetingBot.AzuriteCostBench -- [table sizes, 200000,1000000]
// Why: Azurite answers one request at a time, so what a person's call waits for behind the reminder sweep's calls is
// what those calls cost it; this measures each kind alone, one after another, on a table filled to each size with rows
// of 100 to a partition (a province's store at 10,000 joint meetings holds about 750,000).
const int Samples = 60;
var sizes = (args.ElementAtOrDefault(0) ?? "200000,1000000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture) / 100 * 100).ToList();
await using var azurite = await AzuriteServer.StartAsync();
var table = AzureEntityTableFactory.Create(azurite.ConnectionString, "cost");
await table.InitializeAsync();
var body = "{\"state\":\"" + new string('x', 300) + "\"}";
var partitions = 0;
Console.WriteLine($"AZURITECOSTBENCH sizes={string.Join(',', sizes)} samples={Samples}");
foreach (var size in sizes)
{
    var fill = Stopwatch.StartNew();
    var more = Math.Max(0, size / 100 - partitions);
    await Parallel.ForEachAsync(Enumerable.Range(partitions, more), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (p, ct) =>
        await table.SubmitAsync(Partition(p), [.. Enumerable.Range(0, 100).Select(i => EntityWrite.Insert(Row(i), body))], ct));
    partitions += more;
    Console.WriteLine($"table of {partitions * 100:N0} rows (filled in {fill.Elapsed.TotalSeconds:0} s):");
    await MeasureAsync("point read", i => table.GetAsync(Partition(i % partitions), Row(50)));
    await MeasureAsync("insert of 1 row (a claim)", i => table.SubmitAsync($"one-{size}-{i}", [EntityWrite.Insert("a", body)]));
    await MeasureAsync("batch inserting 16 rows (a claim batch)", i => table.SubmitAsync($"sixteen-{size}-{i}", [.. Enumerable.Range(0, 16).Select(k => EntityWrite.Insert(Row(k), body))]));
    await MeasureAsync("update of 1 row (a completion)", i => table.SubmitAsync(Partition(i % partitions), [EntityWrite.Upsert(Row(51), body)]));
    await MeasureAsync("query of an empty partition", _ => table.QueryRangeAsync("|none", "", "~"));
}

static string Partition(int p) => "p" + p.ToString("D7", CultureInfo.InvariantCulture);

static string Row(int i) => "r" + i.ToString("D3", CultureInfo.InvariantCulture);

static async Task MeasureAsync(string what, Func<int, Task> call)
{
    var times = new List<double>();
    for (var i = 0; i < Samples; i++)
    {
        var watch = Stopwatch.StartNew();
        await call(i);
        times.Add(watch.Elapsed.TotalMilliseconds);
    }
    times.Sort();
    Console.WriteLine($"  {what}: median {times[Samples / 2]:0.0} ms, p90 {times[Samples * 9 / 10]:0.0} ms, max {times[^1]:0.0} ms");
}
