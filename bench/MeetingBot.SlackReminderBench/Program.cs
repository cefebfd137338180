using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Domain.Reminders;
using MeetingBot.Core.Messaging;
using MeetingBot.Core.Reminders;
using MeetingBot.Host.Extensions;
using MeetingBot.SlackReminderBench;
using MeetingBot.Storage.Embedded;
using MeetingBot.Storage.JointMeetings;
using MeetingBot.Storage.Messaging;
using MeetingBot.TestPeers.Hosting;
using MeetingBot.TestPeers.Slack;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

// Fans out one 09:00's reminders to Slack contacts through the host's own composition, against the Slack Web API
// stand-in enforcing Slack's chat.postMessage pace; people write to the bot meanwhile (signed events), and their
// answers are timed. Usage: [--count N (600)] [--probes N (5)] [--workspace-per-minute N (300): the stand-in's ceiling]
// [--bot-per-minute N (200): the bot's own Slack:WorkspacePostsPerMinute, of which a fan-out leaves a tenth to replies]
// Exit codes: 0 every reminder reached its DM exactly once and the ledger says so; 1 otherwise; 2 bad arguments.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
Console.OutputEncoding = Encoding.UTF8;
int count = 600, probes = 5, perMinute = 300, botPerMinute = 200;
for (var i = 0; i < args.Length; i++)
{
    int Next() => i + 1 < args.Length && int.TryParse(args[++i], out var n) && n >= 0 ? n : throw new ArgumentException($"{args[i - 1]} needs a number");
    switch (args[i])
    {
        case "--count": count = Math.Max(1, Next()); break;
        case "--probes": probes = Next(); break;
        case "--workspace-per-minute": perMinute = Math.Max(1, Next()); break;
        case "--bot-per-minute": botPerMinute = Math.Max(10, Next()); break;
        default: Console.Error.WriteLine($"error: unknown argument {args[i]}"); return 2;
    }
}
var jointMeetings = (count + Seeding.UnitsPerJointMeeting - 1) / Seeding.UnitsPerJointMeeting;
var reminders = jointMeetings * Seeding.UnitsPerJointMeeting;
const string Secret = "bench-signing-secret-0123456789ab";

var folder = Path.Combine(Path.GetTempPath(), "meetingbot-slackreminderbench-" + Guid.NewGuid().ToString("N")[..8]);
Directory.CreateDirectory(folder);
try
{
    await using var slack = await StubSlackApi.StartAsync();
    Console.WriteLine($"{Environment.ProcessorCount} cores; load {File.ReadAllText("/proc/loadavg").Trim()}");
    Console.WriteLine($"Seeding {jointMeetings:N0} joint meetings × {Seeding.UnitsPerJointMeeting} units = {reminders:N0} Slack contacts with a remembered DM (SQLite in {folder})…");
    var seeding = Stopwatch.StartNew();
    var table = SqliteEntityTableFactory.Create(folder);
    var store = new EntityJointMeetingStore(table, WallClock.Instance);
    await store.InitializeAsync();
    await Seeding.SeedAsync(store, new EntityConversationStore(table), jointMeetings);
    await ExpectOnePerUnitAsync(store);
    Console.WriteLine($"  seeded in {seeding.Elapsed.TotalSeconds:0.0} s");

    slack.Pace = new SlackPaceLimits(WorkspacePerMinute: perMinute);
    var builder = WebApplication.CreateSlimBuilder();
    builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Storage:DataPath"] = folder,
        ["Storage:SeedDemo"] = "false",
        ["Slack:SigningSecret"] = Secret,
        ["Slack:BotToken"] = slack.BotToken,
        ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl,
        ["Slack:WorkspacePostsPerMinute"] = botPerMinute.ToString(CultureInfo.InvariantCulture),
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:LogLevel:MeetingBot.Host.Reminders"] = "Information",
    });
    builder.AddMeetingBotHost();
    builder.WebHost.UseUrls("http://127.0.0.1:0");
    var clock = new ShiftedClock(Seeding.DueAt);
    builder.Services.AddSingleton<TimeProvider>(clock);
    await using var app = builder.Build();
    app.MapMeetingBotEndpoints();

    // The fan-out's own share of the bot's budget (a tenth, at least 5, is left to replies), under Slack's ceiling.
    var fanOutPerMinute = Math.Min(perMinute, botPerMinute - Math.Max(5, (int)(botPerMinute * 0.1)));
    // Each sliding minute takes the fan-out's share: the last of N goes out floor((N - 1) / share) minutes after the first.
    var minimum = TimeSpan.FromMinutes(Math.Floor((reminders - 1) / (double)fanOutPerMinute));
    Console.WriteLine($"Host starting at {clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd HH:mm:ss zzz} (bench clock): the start-up sweep fans out {reminders:N0} reminders; Slack's pace: 3 per 3 s per DM, {perMinute}/min per workspace; the bot's budget {botPerMinute}/min, {fanOutPerMinute}/min for the fan-out → first→last minimum {minimum.TotalSeconds:0} s");
    var run = Stopwatch.StartNew();
    await app.StartAsync();
    var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    using var http = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(60) };
    var seeded = Enumerable.Range(0, jointMeetings).SelectMany(j => Enumerable.Range(1, Seeding.UnitsPerJointMeeting)
        .Select(u => Seeding.DirectMessageOf(Seeding.UserOf(Seeding.JointMeetingId(j), $"u{u}")))).ToHashSet(StringComparer.Ordinal);
    int Delivered() => slack.Calls.Count(c => c.Method == "chat.postMessage" && !c.Paced && seeded.Contains(c.Body["channel"]?.ToString() ?? ""));

    // People write to the bot while the fan-out runs: each answer is timed until Slack takes it.
    var latencies = new List<(TimeSpan At, TimeSpan Latency)>();
    var unanswered = 0;
    var probing = Task.Run(async () =>
    {
        var cold = await AskAsync(http, slack, 0, clock);
        Console.WriteLine($"  first incoming DM (cold) answered in {cold.TotalMilliseconds:0} ms");
        for (var n = 1; n <= probes; n++)
        {
            var at = TimeSpan.FromMinutes(Math.Ceiling(reminders / (double)fanOutPerMinute)) * n / (probes + 1);
            if (at > run.Elapsed) await Task.Delay(at - run.Elapsed);
            var sentAt = run.Elapsed;
            try
            {
                var latency = await AskAsync(http, slack, n, clock);
                lock (latencies) latencies.Add((sentAt, latency));
                Console.WriteLine($"  incoming DM at {sentAt.TotalSeconds:0} s ({Delivered():N0} reminders delivered) answered in {latency.TotalMilliseconds:0} ms");
            }
            catch (TimeoutException)
            {
                Interlocked.Increment(ref unanswered);
                Console.WriteLine($"  incoming DM at {sentAt.TotalSeconds:0} s: NOT answered within 60 s");
            }
        }
    });

    var lastCount = -1;
    var lastProgress = run.Elapsed;
    while (true)
    {
        await Task.Delay(TimeSpan.FromSeconds(10));
        var delivered = Delivered();
        var paced = slack.Calls.Count(c => c.Paced);
        Console.WriteLine($"  {run.Elapsed.TotalSeconds,5:0} s: {delivered:N0} reminders taken by Slack ({delivered / Math.Max(1, run.Elapsed.TotalSeconds):0.0}/s), 429s {paced}");
        if (delivered >= reminders) break;
        if (delivered != lastCount) (lastCount, lastProgress) = (delivered, run.Elapsed);
        else if (run.Elapsed - lastProgress > TimeSpan.FromMinutes(3)) { Console.WriteLine("  no progress for 3 minutes: stopping"); break; }
    }
    await probing;

    var ledger = app.Services.GetRequiredService<IReminderLedger>();
    (int Sent, int Other) records = (0, 0);
    var settle = Stopwatch.StartNew();
    do
    {
        await Task.Delay(TimeSpan.FromSeconds(1));
        records = await LedgerAsync(ledger, jointMeetings);
    }
    while (records.Sent < reminders && settle.Elapsed < TimeSpan.FromSeconds(30));
    var undelivered = (await app.Services.GetRequiredService<IUndeliveredMessageLog>().ListAsync(DateTimeOffset.MinValue)).Count;
    await app.StopAsync();

    var posts = slack.Calls.Where(c => c.Method == "chat.postMessage" && seeded.Contains(c.Body["channel"]?.ToString() ?? "")).ToList();
    var taken = posts.Where(c => !c.Paced).ToList();
    var perDm = taken.GroupBy(c => c.Body["channel"]!.ToString()).ToDictionary(g => g.Key, g => g.Count());
    var duplicates = perDm.Values.Sum(n => n - 1);
    var losses = seeded.Count(dm => !perDm.ContainsKey(dm)); // a contact whose DM never got the reminder
    var span = taken.Count > 1 ? taken.Max(c => c.At) - taken.Min(c => c.At) : TimeSpan.Zero;
    var worstMinute = taken.GroupBy(c => (long)((c.At - taken.Min(t => t.At)).TotalSeconds / 60)).Max(g => g.Count());
    var median = latencies.Count > 0 ? latencies.Select(l => l.Latency).Order().ElementAt(latencies.Count / 2) : TimeSpan.Zero;
    var worst = latencies.Count > 0 ? latencies.Max(l => l.Latency) : TimeSpan.Zero;
    Console.WriteLine();
    Console.WriteLine($"Reminders due at 09:00: {reminders:N0} Slack DMs ({jointMeetings:N0} joint meetings × {Seeding.UnitsPerJointMeeting} units)");
    Console.WriteLine($"First → last taken by Slack: {span.TotalSeconds:0.0} s; pace-imposed minimum {minimum.TotalSeconds:0.0} s → {(minimum > TimeSpan.Zero ? span / minimum : 0):0.00}× the minimum; busiest minute {worstMinute} (Slack's ceiling {perMinute}, the fan-out's share {fanOutPerMinute})");
    Console.WriteLine($"Throughput: {taken.Count / Math.Max(span.TotalSeconds, 0.001):0.0} reminders/s; posts answered 429 by the pace: {posts.Count - taken.Count}");
    Console.WriteLine($"Ledger: {records.Sent:N0} sent, {records.Other} other; undelivered log: {undelivered}");
    Console.WriteLine($"Duplicates: {duplicates}; losses: {losses}");
    Console.WriteLine($"Incoming DMs during the fan-out: {latencies.Count + unanswered}, answered {latencies.Count} in median {median.TotalMilliseconds:0} ms, max {worst.TotalMilliseconds:0} ms; not answered {unanswered}");
    Console.WriteLine(FormattableString.Invariant(
        $"SLACKREMINDERBENCH reminders={reminders} span_s={span.TotalSeconds:0.0} minimum_s={minimum.TotalSeconds:0.0} per_s={taken.Count / Math.Max(span.TotalSeconds, 0.001):0.0} throttled={posts.Count - taken.Count} duplicates={duplicates} losses={losses} undelivered={undelivered} incoming_median_ms={median.TotalMilliseconds:0} incoming_max_ms={worst.TotalMilliseconds:0} unanswered={unanswered}"));
    return duplicates == 0 && losses == 0 && undelivered == 0 && unanswered == 0 && records.Sent == reminders && records.Other == 0 ? 0 : 1;
}
finally
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
}

// A person's DM "帮助" as Slack signs it, timed until the answer to their DM is taken by Slack (not paced away).
static async Task<TimeSpan> AskAsync(HttpClient http, StubSlackApi slack, int n, TimeProvider clock)
{
    var user = $"UPROBE{n:D4}";
    var now = clock.GetUtcNow();
    var body = new JsonObject
    {
        ["type"] = "event_callback", ["team_id"] = StubSlackApi.TeamId, ["event_id"] = $"EvProbe{n:D4}", ["event_time"] = now.ToUnixTimeSeconds(),
        ["event"] = new JsonObject { ["type"] = "message", ["channel_type"] = "im", ["user"] = user, ["channel"] = "D" + user, ["text"] = "帮助", ["ts"] = $"1780000000.{n:D6}" },
    }.ToJsonString();
    var bytes = Encoding.UTF8.GetBytes(body);
    var ts = now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
    using var request = new HttpRequestMessage(HttpMethod.Post, "/api/slack/events") { Content = new ByteArrayContent(bytes) };
    request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
    request.Headers.Add("X-Slack-Request-Timestamp", ts);
    request.Headers.Add("X-Slack-Signature", "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes($"v0:{ts}:{body}"))));
    var clockStart = Stopwatch.StartNew();
    using var response = await http.SendAsync(request);
    if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"the incoming DM was answered HTTP {(int)response.StatusCode}");
    await slack.WaitForAsync(c => c.Method == "chat.postMessage" && !c.Paced && c.Body["channel"]?.ToString() == "D" + user, TimeSpan.FromSeconds(60));
    return clockStart.Elapsed;
}

static async Task<(int Sent, int Other)> LedgerAsync(IReminderLedger ledger, int jointMeetings)
{
    int sent = 0, other = 0;
    for (var i = 0; i < jointMeetings; i++)
        foreach (var record in await ledger.ListAsync(Seeding.JointMeetingId(i)))
            if (record.State == ReminderState.Sent) sent++;
            else other++;
    return (sent, other);
}

// The state must call for exactly one reminder per unit at 09:00, or the bench would measure something else.
static async Task ExpectOnePerUnitAsync(IJointMeetingStore store)
{
    var snapshot = await store.LoadAsync(Seeding.JointMeetingId(0)) ?? throw new InvalidOperationException("the first joint meeting did not load");
    var planner = new ReminderPlanner();
    var due = planner.Between(snapshot, null, Seeding.DueAt.AddDays(-7), Seeding.DueAt.AddTicks(1));
    var messages = due.SelectMany(d => planner.Compose(d, snapshot, null, late: false)).ToList();
    if (due.Count != Seeding.UnitsPerJointMeeting || messages.Count != Seeding.UnitsPerJointMeeting || due.Any(d => d.At != Seeding.DueAt))
        throw new InvalidOperationException($"the seeded joint meeting calls for {due.Count} reminders ({messages.Count} messages) by 09:00, not one per unit at 09:00");
}

/// <summary>The real clock moved to 09:00 on the due day: time runs at its real pace, so Slack's per-second pace means what it says.</summary>
internal sealed class ShiftedClock(DateTimeOffset startAt) : TimeProvider
{
    private readonly TimeSpan offset = startAt - WallClock.Now;

    public override DateTimeOffset GetUtcNow() => WallClock.Now + offset;
}
