using System.Diagnostics;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Reporting;
using MeetingBot.Core.Reporting.Documents;
using MeetingBot.Host.Reporting.Dashboard;
using MeetingBot.ReportingBench;

// The brief of a large round as .docx and .xlsx (targets: under 500 ms each) and the dashboard page of that joint
// meeting (under 100 ms), each built from the loaded snapshot, after warm-up: median and worst of the measured runs.
// Warm-up long enough for tiered compilation to settle (the first runs are several times slower).
const int Warmup = 10, Runs = 20;
var snapshot = LargeRound.Build();
var round = snapshot.Rounds[0].Value;
var narrativeChars = snapshot.Reports.Sum(r => r.Value.State.Entries.Sum(e => e.Narrative?.Length ?? 0));
Console.WriteLine($"Large round: {LargeRound.Units} units, {LargeRound.Tasks} tasks, {snapshot.Reports.Sum(r => r.Value.State.Entries.Count)} entries, {narrativeChars:N0} narrative characters");
Console.WriteLine($"{Environment.ProcessorCount} cores, .NET {Environment.Version}; {Warmup} warm-up runs, then {Runs} measured");

// --write <folder>: also leave the three files there, to look at (the README's pictures come from them).
if (args.Length == 2 && args[0] == "--write")
{
    var models = RoundReadModels.Of(snapshot, round, LargeRound.AsOf);
    Directory.CreateDirectory(args[1]);
    File.WriteAllBytes(Path.Combine(args[1], "brief.docx"), BriefDocument.Write(models.Brief, models.Status, Lang.Zh));
    File.WriteAllBytes(Path.Combine(args[1], "export.xlsx"), RoundExport.WriteXlsx(models, Lang.Zh));
    File.WriteAllText(Path.Combine(args[1], "dashboard.html"), DashboardPage.Render(snapshot, LargeRound.AsOf, Lang.Zh, ReminderPanel.Of(snapshot, null, [], LargeRound.AsOf)));
}

var docx = Measure("brief .docx (read models + Word)", 500, () =>
{
    var models = RoundReadModels.Of(snapshot, round, LargeRound.AsOf);
    return BriefDocument.Write(models.Brief, models.Status, Lang.Zh).Length;
});
var xlsx = Measure("export .xlsx (read models + Excel)", 500, () => RoundExport.WriteXlsx(RoundReadModels.Of(snapshot, round, LargeRound.AsOf), Lang.Zh).Length);
// The page as the host serves it: with the reminder panel (the schedule worked out for the next 30 days; an empty ledger).
var page = Measure("dashboard page (HTML, with reminders)", 100, () =>
    DashboardPage.Render(snapshot, LargeRound.AsOf, Lang.Zh, ReminderPanel.Of(snapshot, null, [], LargeRound.AsOf)).Length);
return docx && xlsx && page ? 0 : 3;

static bool Measure(string what, double targetMs, Func<int> run)
{
    var bytes = 0;
    for (var i = 0; i < Warmup; i++) bytes = run();
    var times = new List<double>();
    for (var i = 0; i < Runs; i++)
    {
        var watch = Stopwatch.StartNew();
        bytes = run();
        times.Add(watch.Elapsed.TotalMilliseconds);
    }
    times.Sort();
    var median = times[times.Count / 2];
    var ok = median < targetMs;
    Console.WriteLine($"{what,-36} median {median,7:0.0} ms  worst {times[^1],7:0.0} ms  {bytes / 1024,6:N0} KB  target < {targetMs} ms: {(ok ? "met" : "MISSED")}");
    return ok;
}
