using System.Diagnostics;
using System.Globalization;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Domain.Reminders;
using MeetingBot.Core.Messaging;
using MeetingBot.Core.Reminders;
using MeetingBot.Host.Extensions;
using MeetingBot.ReminderBench;
using MeetingBot.Storage.Embedded;
using MeetingBot.Storage.JointMeetings;
using MeetingBot.Storage.Messaging;
using MeetingBot.TestPeers.Connector;
using MeetingBot.TestPeers.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

// Fans out one 09:00's reminders through the host's own composition, against a stub Connector with Teams' limits.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var options = BenchOptions.Parse(args);
var folder = Path.Combine(Path.GetTempPath(), "meetingbot-reminderbench-" + Guid.NewGuid().ToString("N")[..8]);
Directory.CreateDirectory(folder);
try
{
    return await RunAsync(options, folder);
}
catch (BenchFailure e)
{
    Console.Error.WriteLine($"FAILED: {e.Message}");
    return 1;
}
finally
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
}

static async Task<int> RunAsync(BenchOptions options, string folder)
{
    await using var connector = await StubConnector.StartAsync();
    connector.RecordBodies = false;

    Console.WriteLine($"Seeding {options.JointMeetings:N0} joint meetings × {BenchOptions.UnitsPerJointMeeting} units = {options.Reminders:N0} contacts with a stored 1:1 (SQLite in {folder})…");
    var seeding = Stopwatch.StartNew();
    var table = SqliteEntityTableFactory.Create(folder);
    var store = new EntityJointMeetingStore(table, WallClock.Instance);
    await store.InitializeAsync();
    await Seeding.SeedAsync(store, new EntityConversationStore(table), connector.ServiceUrl, options.JointMeetings);
    await ExpectThirtyAsync(store);
    Console.WriteLine($"  seeded in {seeding.Elapsed.TotalSeconds:0.0} s");

    // The Teams limits only from now: seeding made no Connector requests, the fan-out starts with empty windows.
    connector.Limits = ThrottleLimits.Teams;
    var builder = WebApplication.CreateSlimBuilder();
    builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Storage:DataPath"] = folder,
        ["Storage:SeedDemo"] = "false",
        ["BotFramework:TrustedServiceUrls:0"] = connector.ServiceUrl,
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:LogLevel:MeetingBot.Host.Reminders"] = "Information",
    });
    builder.AddMeetingBotHost();
    builder.WebHost.UseUrls("http://127.0.0.1:0");
    var clock = new BenchClock(Seeding.DueAt);
    builder.Services.AddSingleton<TimeProvider>(clock);
    await using var app = builder.Build();
    app.MapMeetingBotEndpoints();

    // First to last: at most 50 in any second, so the first 50 go at once and reminder n at whole second (n - 1) / 50.
    var minimum = TimeSpan.FromSeconds(Math.Max(0, options.Reminders - 1) / 50);
    Console.WriteLine($"Host starting at {clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd HH:mm:ss zzz} (bench clock): Quartz's start-up sweep fans out {options.Reminders:N0} reminders; limit-imposed minimum {minimum.TotalSeconds:0} s");
    var run = Stopwatch.StartNew();
    var started = WallClock.Now; // the stub Connector stamps what it accepts on the wall clock
    await app.StartAsync();
    var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    using var http = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(60) };
    var probe = new IncomingProbe(http, connector);

    // Incoming messages spread over the expected fan-out (at 45 a second, what the proactive lane is given).
    var expected = TimeSpan.FromSeconds(options.Reminders / 45.0);
    var latencies = new List<(TimeSpan At, TimeSpan Latency)>();
    var probing = Task.Run(async () =>
    {
        // The first message after start pays for JIT and the handler's first load: measured, reported apart.
        var cold = await probe.AskAsync("帮助");
        Console.WriteLine($"  first incoming message (cold) answered in {cold.TotalMilliseconds:0} ms");
        for (var i = 1; i <= options.Probes; i++)
        {
            var at = expected * i / (options.Probes + 1);
            if (at > run.Elapsed) await Task.Delay(at - run.Elapsed);
            var sentAt = run.Elapsed;
            var latency = await probe.AskAsync("帮助");
            lock (latencies) latencies.Add((sentAt, latency));
            Console.WriteLine($"  incoming message at {sentAt.TotalSeconds:0} s answered in {latency.TotalMilliseconds:0} ms");
        }
    });

    var stallLimit = TimeSpan.FromMinutes(3);
    var lastCount = -1;
    var lastProgress = run.Elapsed;
    while (true)
    {
        await Task.Delay(TimeSpan.FromSeconds(10));
        var accepted = connector.Requests.Count(r => r.Operation == ConnectorOperation.SendToConversation && r.Status == 200);
        var throttled = connector.Requests.Count(r => r.Status == 429);
        Console.WriteLine($"  {run.Elapsed.TotalSeconds,5:0} s: {accepted:N0} reminders accepted by the Connector ({accepted / Math.Max(1, run.Elapsed.TotalSeconds):0.0}/s), 429s {throttled}");
        if (accepted >= options.Reminders) break;
        if (accepted != lastCount) (lastCount, lastProgress) = (accepted, run.Elapsed);
        else if (run.Elapsed - lastProgress > stallLimit) { Console.WriteLine("  no progress for 3 minutes: stopping"); break; }
    }
    await probing;

    // The same message once the fan-out is over, same store: what an answer costs without the fan-out.
    var idle = new List<TimeSpan>();
    for (var i = 0; i < Math.Max(1, options.Probes / 2); i++) idle.Add(await probe.AskAsync("帮助"));
    Console.WriteLine($"  after the fan-out (idle): answered in {string.Join(", ", idle.Select(l => $"{l.TotalMilliseconds:0} ms"))}");

    // The last sends' ledger records are completed just after their answer: give them a moment.
    var ledger = app.Services.GetRequiredService<IReminderLedger>();
    Audit audit;
    var settle = Stopwatch.StartNew();
    do
    {
        await Task.Delay(TimeSpan.FromSeconds(1));
        audit = await Audit.RunAsync(connector, ledger, options);
    }
    while (audit.LedgerSent < options.Reminders && settle.Elapsed < TimeSpan.FromSeconds(30));
    await app.StopAsync();

    var span = audit.LastSend - audit.FirstSend ?? TimeSpan.Zero;
    var fromStart = audit.LastSend - started ?? TimeSpan.Zero;
    var worst = latencies.Count > 0 ? latencies.Max(l => l.Latency) : TimeSpan.Zero;
    var median = latencies.Count > 0 ? latencies.Select(l => l.Latency).Order().ElementAt(latencies.Count / 2) : TimeSpan.Zero;
    Console.WriteLine();
    Console.WriteLine($"Reminders due at 09:00: {options.Reminders:N0} ({options.JointMeetings:N0} joint meetings × {BenchOptions.UnitsPerJointMeeting} units)");
    Console.WriteLine($"Host start → last reminder accepted: {fromStart.TotalSeconds:0.0} s; first → last: {span.TotalSeconds:0.0} s; limit-imposed minimum {minimum.TotalSeconds:0.0} s (50 in any second: (N - 1) / 50 whole seconds; per-conversation limits do not bind: one message per conversation) → {span / minimum:0.00}× the minimum");
    Console.WriteLine($"Throughput: {audit.Accepted / Math.Max(span.TotalSeconds, 0.001):0.0} reminders/s (first → last)");
    Console.WriteLine($"429s received: {audit.Throttled}; other errors: {audit.OtherErrors}");
    Console.WriteLine($"Ledger: {audit.LedgerSent:N0} sent ({audit.LedgerLate} late), {audit.LedgerOther} other; Connector accepted {audit.Accepted:N0} reminder sends");
    Console.WriteLine($"Duplicates: {audit.Duplicates}; losses: {audit.Losses}");
    Console.WriteLine($"Incoming messages during the fan-out: {latencies.Count}, answered in median {median.TotalMilliseconds:0} ms, max {worst.TotalMilliseconds:0} ms; idle after it: max {idle.Max().TotalMilliseconds:0} ms");
    Console.WriteLine(FormattableString.Invariant(
        $"REMINDERBENCH reminders={options.Reminders} span_s={span.TotalSeconds:0.0} from_start_s={fromStart.TotalSeconds:0.0} minimum_s={minimum.TotalSeconds:0.0} per_s={audit.Accepted / Math.Max(span.TotalSeconds, 0.001):0.0} throttled={audit.Throttled} duplicates={audit.Duplicates} losses={audit.Losses} incoming_max_ms={worst.TotalMilliseconds:0} idle_max_ms={idle.Max().TotalMilliseconds:0}"));
    return audit.Duplicates == 0 && audit.Losses == 0 && audit.OtherErrors == 0 ? 0 : 1;
}

// The state must call for exactly one reminder per unit at 09:00, or the bench would measure something else.
static async Task ExpectThirtyAsync(IJointMeetingStore store)
{
    var snapshot = await store.LoadAsync(Seeding.JointMeetingId(0)) ?? throw new BenchFailure("the first joint meeting did not load");
    var planner = new ReminderPlanner();
    var due = planner.Between(snapshot, null, Seeding.DueAt.AddDays(-7), Seeding.DueAt.AddTicks(1));
    var messages = due.SelectMany(d => planner.Compose(d, snapshot, null, late: false)).ToList();
    if (due.Count != BenchOptions.UnitsPerJointMeeting || messages.Count != BenchOptions.UnitsPerJointMeeting || due.Any(d => d.At != Seeding.DueAt))
        throw new BenchFailure($"the seeded joint meeting calls for {due.Count} reminders ({messages.Count} messages) by 09:00, not one per unit at 09:00: {string.Join(", ", due.Select(d => $"{d.Key.Id}@{d.At:O}"))}");
}
