using System.Diagnostics;
using System.Globalization;
using MeetingBot.Channels.BotFramework.Rendering;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Messaging;
using MeetingBot.Core.Reminders;
using MeetingBot.ProvinceBench;
using MeetingBot.Storage.AzureTables;
using MeetingBot.Storage.Embedded;
using MeetingBot.Storage.Entities;
using MeetingBot.Storage.JointMeetings;
using MeetingBot.Storage.People;
using MeetingBot.Storage.Priority;
using MeetingBot.Storage.Reminders;
using MeetingBot.TestPeers.Azurite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

// dotnet run -c Release --project bench/MeetingBot.ProvinceBench -- [embedded|azurite] [joint meetings, 10000] [due at 09:00, 1000]
var engine = args.ElementAtOrDefault(0) ?? "embedded";
var count = int.Parse(args.ElementAtOrDefault(1) ?? "10000", CultureInfo.InvariantCulture);
var dueCount = int.Parse(args.ElementAtOrDefault(2) ?? "1000", CultureInfo.InvariantCulture);
var folder = Path.Combine(Path.GetTempPath(), "meetingbot-province-" + Guid.NewGuid().ToString("N"));
await using var azurite = engine == "azurite" ? await AzuriteServer.StartAsync() : null;
IEntityTable engineTable = azurite is null
    ? SqliteEntityTableFactory.Create(Directory.CreateDirectory(folder).FullName)
    : AzureEntityTableFactory.Create(azurite.ConnectionString, "province");
// As the host composes it (StoreFactory.CreatePrioritizedTable, the defaults of Storage:BackgroundConcurrency and
// Storage:BackgroundHoldOffMilliseconds); the sweeps below run as background work, as the host's sweep job does.
// A fourth argument "ungated" measures without the gate.
var gated = args.ElementAtOrDefault(3) != "ungated";
var calls = new StoreCalls(engineTable);
IEntityTable table = gated ? new PriorityEntityTable(calls, new StorePriorityGate(4, TimeSpan.FromMilliseconds(100))) : calls;
await table.InitializeAsync();
var clock = new FakeTimeProvider(Province.OpenedAt);
// A store created by this version: its once-per-store migrations find it empty and are done (a store from before
// them is migrated by the host: the due index's in the background, see EntityReminderDueIndex.BackfillAsync).
await new EntityReminderDueIndex(table).BackfillAsync(clock.GetUtcNow());
await new EntityReminderDueIndex(table).LookAgainAsync(ScheduleInputs.Shipped, clock.GetUtcNow(), TimeSpan.FromDays(1));
// The lookups' once-per-store steps, as the host runs them at start (LookupHintsBackfill): on an empty store they only
// mark it, so that lookups read the hints every save writes instead of searching across partitions.
await new EntityJointMeetingLookup(table, clock).BackfillAsync();
await new EntityJointMeetingLookup(table, clock).BackfillHintsAsync();
var store = new EntityJointMeetingStore(table, clock);
Console.WriteLine($"PROVINCEBENCH engine={engine} joint_meetings={count} units={Province.Units} due_at_nine={dueCount} cores={Environment.ProcessorCount} priority_gate={(gated ? "on" : "off")}");

var seed = Stopwatch.StartNew();
await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 4 },
    async (i, ct) => await store.SaveAsync(Province.Build(i, i < dueCount), ct));
Console.WriteLine($"seed: {count:N0} joint meetings (one batch each) in {seed.Elapsed.TotalSeconds:0.0} s [{Load()}]");

#pragma warning disable RS0030 // The Connector's pace is real time, while the dispatcher runs on the bench's fake clock.
using var channel = new PacedChannel(TimeProvider.System);
#pragma warning restore RS0030
var dueIndex = new EntityReminderDueIndex(table);
var dispatcher = new ReminderDispatcher(store, new EntityReminderLedger(table), dueIndex, new PolicyCatalog([]), new ReminderPlanner(),
    new Notifier([channel]), clock, new ReminderDispatchOptions { Owner = "bench" }, NullLogger<ReminderDispatcher>.Instance);

// Nothing of the province falls due before 3 June 09:00: the bot's first sweep is taken an hour before. Every joint
// meeting was just saved, so each is due once: the first sweep plans them all.
clock.SetUtcNow(Province.NineOClock.AddHours(-1));
var first = await TimedAsync(() => AsBackground(() => dispatcher.SweepAsync(CancellationToken.None)));
Console.WriteLine($"first sweep after seeding (all {count:N0} due once): {first.Ms:0} ms, {first.Summary}");

clock.Advance(TimeSpan.FromMinutes(1));
var quiet = new List<double>();
for (var i = 0; i < 30; i++)
{
    quiet.Add((await TimedAsync(() => AsBackground(() => dispatcher.SweepAsync(CancellationToken.None)))).Ms);
    clock.Advance(TimeSpan.FromMinutes(1));
}
Console.WriteLine($"quiet sweep (one minute apart; nothing due, nothing changed): median {Median(quiet):0.0} ms, max {quiet.Max():0.0} ms (target < 200 ms) [{Load()}]");
// What any one query costs on this engine at this size, whatever it reads (Azurite filters its whole table in memory
// for every query, even within one partition; Azure Tables seeks its partition and row-key index).
var floor = new List<double>();
for (var i = 0; i < 10; i++)
{
    var watch = Stopwatch.StartNew();
    await table.QueryRangeAsync("|nothing", "", "~");
    floor.Add(watch.Elapsed.TotalMilliseconds);
}
var reads = new List<double>();
for (var i = 0; i < 10; i++)
{
    var watch = Stopwatch.StartNew();
    await dueIndex.DueAsync(clock.GetUtcNow());
    reads.Add(watch.Elapsed.TotalMilliseconds);
}
Console.WriteLine($"one query of an empty partition on this store (the engine's floor for any query): median {Median(floor):0.00} ms; " +
    $"the due index's read alone (what is due now, without the looks it calls for): median {Median(reads):0.00} ms");

// To 08:59 on the day, an hourly sweep at a time.
while (clock.GetUtcNow() < Province.NineOClock.AddHours(-1)) { clock.Advance(TimeSpan.FromHours(1)); await AsBackground(() => dispatcher.SweepAsync(CancellationToken.None)); }
clock.SetUtcNow(Province.NineOClock.AddMinutes(-1));
await AsBackground(() => dispatcher.SweepAsync(CancellationToken.None));
clock.SetUtcNow(Province.NineOClock);

// Whole turns through the conversation handler, as the host composes it (lookups and person memory in the store).
var lookup = new EntityJointMeetingLookup(table, clock);
var directory = new JointMeetingDirectory(store, clock, lookup, new EntityPersonMemory(table));
var handler = MeetingBotConversation.Create(store, new PolicyCatalog([]), AdaptiveCardBudget.Instance, clock, directory);
var listing = Stopwatch.StartNew();
var listed = (await new JointMeetingDirectory(store, clock).ListAsync(CancellationToken.None)).Count;
Console.WriteLine($"the directory's list of all {listed:N0} joint meetings (what a stranger's turn reads once per {JointMeetingDirectory.CacheFor.TotalSeconds:0} s per instance): {listing.Elapsed.TotalMilliseconds:0} ms");
var idle = new AnswerTimes(handler, Province.ContactOf(Province.Id(0), "u5"));
for (var i = 0; i < 200; i++) await idle.OneOfEachAsync();
Console.WriteLine($"idle: a member's 我的任务 {AnswerTimes.Describe(idle.Member)}; a stranger's 帮助 {AnswerTimes.Describe(idle.Stranger)}");
var counted = new List<string>();
foreach (var (who, text) in new[] { (Province.ContactOf(Province.Id(1), "u5"), "我的任务"), (new ChatAccount("msteams", "aad-stranger-counted", "路人"), "帮助") })
{
    calls.Reset();
    await handler.HandleAsync(new ChatMessage(who, new ChatConversation("msteams", $"a:{who.AccountId}", ConversationKind.Personal), text));
    counted.Add($"{text}: {calls}");
}
Console.WriteLine($"store calls of one turn (a person's first): {string.Join("; ", counted)}");

channel.Reset();
var during = new AnswerTimes(handler, Province.ContactOf(Province.Id(0), "u5"));
var fanOut = TimedAsync(() => AsBackground(() => dispatcher.SweepAsync(CancellationToken.None)));
// A member's and a stranger's turn every 10 ms or so (200 turns/s at most), for as long as the fan-out runs; each pair
// also noted by the sweep's phase: planning (its looks load states, queries) or sending (claims and completions, writes).
var planning = (Member: new List<double>(), Stranger: new List<double>());
var sending = (Member: new List<double>(), Stranger: new List<double>());
while (!fanOut.IsCompleted)
{
    var phase = channel.Delivered > 0 ? sending : planning;
    await during.OneOfEachAsync();
    phase.Member.Add(during.Member[^1]);
    phase.Stranger.Add(during.Stranger[^1]);
    await Task.Delay(10);
}
var nine = await fanOut;
var minimum = PacedChannel.Minimum(channel.Delivered);
Console.WriteLine($"09:00 sweep: {nine.Summary.Sent:N0} reminders to {channel.Delivered:N0} contacts of {dueCount:N0} joint meetings in {nine.Ms:0} ms: " +
    $"{nine.Summary.Sent / (nine.Ms / 1000):0.0} claims/s; first to last send {channel.FirstToLast.TotalSeconds:0.0} s against the platform's minimum " +
    $"{minimum.TotalSeconds:0.0} s (50 a second): {channel.FirstToLast / minimum:0.000}x (target <= 1.02x) [{Load()}]");
Console.WriteLine($"during that sweep: a member's 我的任务 {AnswerTimes.Describe(during.Member)}; a stranger's 帮助 {AnswerTimes.Describe(during.Stranger)} " +
    $"(target p99 <= 2x idle: member {AnswerTimes.P99(during.Member) / AnswerTimes.P99(idle.Member):0.00}x, stranger {AnswerTimes.P99(during.Stranger) / AnswerTimes.P99(idle.Stranger):0.00}x)");
Console.WriteLine($"  of which while it planned (before its first send): member {AnswerTimes.Describe(planning.Member)}, stranger {AnswerTimes.Describe(planning.Stranger)}; " +
    $"while it sent: member {AnswerTimes.Describe(sending.Member)}, stranger {AnswerTimes.Describe(sending.Stranger)}");

var member = Province.ContactOf(Province.Id(count / 2), "u5");
var resolve = new List<double>();
for (var i = 0; i < 200; i++)
{
    var message = new ChatMessage(member, new ChatConversation("msteams", $"a:{member.AccountId}", ConversationKind.Personal), "我的任务");
    var watch = Stopwatch.StartNew();
    var found = await directory.ResolveAsync(message, CancellationToken.None);
    resolve.Add(watch.Elapsed.TotalMilliseconds);
    if (found?.Id != Province.Id(count / 2)) throw new InvalidOperationException("the member's joint meeting was not found");
}
resolve.Sort();
Console.WriteLine($"a member's joint meeting by lookup: p50 {resolve[100]:0.00} ms, p99 {resolve[197]:0.00} ms");
var process = Process.GetCurrentProcess();
Console.WriteLine($"memory: working set {process.WorkingSet64 / 1048576.0:0} MB (peak {process.PeakWorkingSet64 / 1048576.0:0} MB), managed heap {GC.GetTotalMemory(false) / 1048576.0:0} MB; " +
    $"after a full collection, what stays: managed heap {GC.GetTotalMemory(true) / 1048576.0:0} MB");

// The host on this store, twice (the first start on a store warms nothing the second does not find warm too).
Dictionary<string, string> hostStorage = azurite is null
    ? new() { ["Storage__Provider"] = "Embedded", ["Storage__DataPath"] = folder }
    : new() { ["Storage__Provider"] = "AzureTables", ["Storage__ConnectionString"] = azurite.ConnectionString, ["Storage__TableName"] = "province" };
foreach (var start in new[] { "first start", "second start" })
{
    var (readyMs, workingSetMb) = await HostStartup.MeasureAsync(hostStorage);
    Console.WriteLine($"host {start}: process start to /health/ready {readyMs / 1000:0.00} s (target < 5 s), working set then {workingSetMb:0} MB [{Load()}]");
}
Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
return 0;

static async Task<(double Ms, ReminderSweepSummary Summary)> TimedAsync(Func<Task<ReminderSweepSummary>> sweep)
{
    var watch = Stopwatch.StartNew();
    var summary = await sweep();
    return (watch.Elapsed.TotalMilliseconds, summary);
}

// The sweep's store calls as the host's sweep job marks them (the mark stays inside this method's flow).
static async Task<T> AsBackground<T>(Func<Task<T>> work)
{
    using var background = BackgroundStoreWork.Begin();
    return await work();
}

static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

// The machine's load average (1, 5, 15 min) as the figure was taken: the bench shares its cores.
static string Load() => File.Exists("/proc/loadavg") ? "load " + string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "load n/a";
