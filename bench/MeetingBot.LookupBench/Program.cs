using System.Diagnostics;
using System.Globalization;
using System.Text;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Storage.AzureTables;
using MeetingBot.Storage.Embedded;
using MeetingBot.Storage.Entities;
using MeetingBot.Storage.JointMeetings;
using MeetingBot.TestPeers.Azurite;
using MeetingBot.TestPeers.Hosting;

// Lookup benchmark: bash bench/lookups.sh [embedded|azurite] [joint meetings] [lookups] [lookups the old way]
// Seeds joint meetings of 20 units, each unit with its own contact and a bound group (timed apart), then measures:
// the directory's full list as every record (before) and as ids and names (after): managed memory held and read time;
// a person's lookup (OfAccountAsync) the old way (a search across partitions) and by the hints (one partition).
Console.OutputEncoding = Encoding.UTF8;
var engine = args.Length > 0 ? args[0] : "embedded";
var count = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000;
var lookups = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 200;
var oldLookups = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 20; // each scans the table on Azure
const int Units = 20;

AzuriteServer? azurite = null;
string? folder = null;
IEntityTable table;
switch (engine)
{
    case "embedded":
        folder = Path.Combine(Path.GetTempPath(), $"meetingbot-lookupbench-{Guid.NewGuid():N}");
        table = SqliteEntityTableFactory.Create(folder);
        break;
    case "azurite":
        azurite = await AzuriteServer.StartAsync();
        table = AzureEntityTableFactory.Create(azurite.ConnectionString, "lookupbench");
        break;
    default:
        Console.Error.WriteLine($"unknown engine '{engine}': use embedded or azurite");
        return 2;
}

try
{
    var clock = WallClock.Instance;
    var store = new EntityJointMeetingStore(table, clock);
    await store.InitializeAsync();

    var seeding = Stopwatch.StartNew();
    await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
    {
        var jm = Build(Id(i), clock.GetUtcNow());
        await store.SaveAsync(new ChangeSet(jm.Id).Add(jm), ct);
    });
    seeding.Stop();
    Console.WriteLine($"seeded {count:N0} joint meetings × {Units} units/contacts on {engine} in {seeding.Elapsed.TotalSeconds:0.0} s (the hints written ahead of each creation included)");

    // Before: the directory kept every joint meeting's whole record (store.ListAsync, a row-key search across partitions).
    var baseline = Held();
    var watch = Stopwatch.StartNew();
    var records = await store.ListAsync();
    watch.Stop();
    var recordsBytes = Held() - baseline;
    Console.WriteLine($"directory list, before (every record): {records.Count:N0} joint meetings, {recordsBytes / 1048576.0:0.0} MB held, read in {watch.Elapsed.TotalMilliseconds:0} ms");
    GC.KeepAlive(records);
    records = null;

    // Lookups of this run: a fresh instance, the old way until the hints are marked complete.
    var lookup = new EntityJointMeetingLookup(table, clock);
    var random = new Random(23);
    var people = Enumerable.Range(0, lookups).Select(_ => Contact(random.Next(count), random.Next(2, Units + 1))).ToList();
    var oldWay = await TimeAsync(people.Take(Math.Min(lookups, oldLookups)).ToList(), lookup);
    Console.WriteLine($"a person's lookup, before (search across partitions), {oldWay.Count} lookups: p50 {Percentile(oldWay, 0.5):0.0} ms, p99 {Percentile(oldWay, 0.99):0.0} ms");

    watch.Restart();
    var backfilled = await lookup.BackfillHintsAsync();
    Console.WriteLine($"hints backfill on a store hinted since its creation: {backfilled} joint meetings written, {watch.Elapsed.TotalMilliseconds:0} ms (two scans, then a mark)");

    baseline = Held();
    watch.Restart();
    var entries = await lookup.ListEntriesAsync();
    watch.Stop();
    var entriesBytes = Held() - baseline;
    Console.WriteLine($"directory list, after (ids and names, one partition): {entries.Count:N0} joint meetings, {entriesBytes / 1048576.0:0.00} MB held, read in {watch.Elapsed.TotalMilliseconds:0} ms");
    GC.KeepAlive(entries);

    var directory = new JointMeetingDirectory(store, clock, lookup);
    watch.Restart();
    var page = await directory.PageAsync("jm-0042", 1, CancellationToken.None);
    Console.WriteLine($"directory search page ('jm-0042', {page!.Matches} matches) first time, list included: {watch.Elapsed.TotalMilliseconds:0} ms");

    var newWay = await TimeAsync(people, lookup);
    Console.WriteLine($"a person's lookup, after (a point read of their hints + a read of each joint meeting found), {newWay.Count} lookups: p50 {Percentile(newWay, 0.5):0.00} ms, p99 {Percentile(newWay, 0.99):0.00} ms");
    // The engine's own floor: one point read of each person's joint meeting (the lookup is one query more).
    var pointReads = new List<double>(people.Count);
    foreach (var person in people)
    {
        var read = Stopwatch.StartNew();
        _ = await table.GetAsync(person.AccountId.Split('-')[1] is var n ? Id(int.Parse(n, CultureInfo.InvariantCulture)) : "", "jm");
        pointReads.Add(read.Elapsed.TotalMilliseconds);
    }
    Console.WriteLine($"baseline: one point read of the person's joint meeting, {pointReads.Count} reads: p50 {Percentile(pointReads, 0.5):0.00} ms, p99 {Percentile(pointReads, 0.99):0.00} ms");
    Console.WriteLine($"{Environment.ProcessorCount} cores, .NET {Environment.Version}, load average {LoadAverage()}");
    return 0;
}
finally
{
    if (azurite is not null) await azurite.DisposeAsync();
    if (folder is not null)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}

static string Id(int i) => $"jm-{i:D5}";

static ChatAccount Contact(int jointMeeting, int unit) => new("msteams", $"aad-{jointMeeting}-{unit}", $"联络员{jointMeeting}-{unit}");

static JointMeeting Build(string id, DateTimeOffset now)
{
    var n = int.Parse(id[3..], CultureInfo.InvariantCulture);
    var proposal = new JointMeetingProposal([], [.. Enumerable.Range(1, Units).Select(u => new UnitProposal($"第{n}县第{u}局", []))], [], "副县长");
    var jm = JointMeeting.Create(new JointMeetingSettings(id, $"第{n}县职业教育工作联席会议"), proposal, ChatAccount.System, now);
    var secretary = Contact(n, 1);
    jm.AssignRole(ChatAccount.System, secretary, ContactRole.Secretariat, jm.Units[0].Id, now);
    for (var u = 1; u < Units; u++)
        jm.AssignRole(secretary, Contact(n, u + 1), ContactRole.UnitContact, jm.Units[u].Id, now);
    jm.BindConversation(secretary, "msteams", $"19:{id}@thread.tacv2", "联席会议群", now);
    return jm;
}

static async Task<List<double>> TimeAsync(IReadOnlyList<ChatAccount> people, EntityJointMeetingLookup lookup)
{
    var times = new List<double>(people.Count);
    foreach (var person in people)
    {
        var watch = Stopwatch.StartNew();
        var found = await lookup.OfAccountAsync(person);
        times.Add(watch.Elapsed.TotalMilliseconds);
        if (found.Count != 1) throw new InvalidOperationException($"{person.AccountId} found in {found.Count} joint meetings, expected 1");
    }
    return times;
}

static double Percentile(List<double> values, double p)
{
    var sorted = values.Order().ToList();
    return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}

static long Held()
{
    GC.Collect();
    GC.WaitForPendingFinalizers();
    GC.Collect();
    return GC.GetTotalMemory(forceFullCollection: true);
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
