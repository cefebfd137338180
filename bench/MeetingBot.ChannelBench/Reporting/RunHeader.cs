using System.Runtime.InteropServices;
using MeetingBot.ChannelBench.Measure;
using MeetingBot.TestPeers.Hosting;

namespace MeetingBot.ChannelBench.Reporting;

/// <summary>What the figures were measured on and with, printed first so they are always quoted together.</summary>
public static class RunHeader
{
    public static void Print(TextWriter output, BenchOptions options, string hostDll)
    {
        var built = File.Exists(hostDll) ? File.GetLastWriteTime(hostDll).ToString("yyyy-MM-dd HH:mm") : "not built";
        var knobs = options.HostEnvironment.Count == 0 ? "runtime defaults (server GC)" : string.Join(" ", options.HostEnvironment.Select(k => $"{k.Key}={k.Value}"));
        output.WriteLine("MeetingBot channel benchmark — authenticated turns through POST /api/messages");
        output.WriteLine($"Started     {WallClock.Instance.GetLocalNow():yyyy-MM-dd HH:mm:ss zzz}");
        output.WriteLine($"Machine     {Environment.ProcessorCount} cores, {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription}; load average before the run {ProcFs.LoadAverage():0.00}");
        output.WriteLine($"Host        dotnet {hostDll} (built {built}), {knobs}; embedded store in a temp folder, warnings logged");
        output.WriteLine($"Turn        Teams personal-chat message \"{options.Text}\" with a channel token (RS256, checked against the stub's OpenID keys); one reply each to the stub Connector, with a client-credentials token");
        output.WriteLine($"Load        wrk -t{options.Threads} -c{options.Connections}: warm-up {options.Warmup.TotalSeconds:0} s, saturation {options.Saturation.TotalSeconds:0} s, over {options.Threads} × {options.ConversationsPerThread:#,0} conversations;");
        output.WriteLine($"            open loop (C#, latency from each turn's due time) {options.Rate:0} turns/s: warm-up 5 s, measured {options.RateDuration.TotalSeconds:0} s, over {options.RateConversations:#,0} conversations");
        if (ProcFs.LoadAverage() >= 1)
            output.WriteLine("Warning     the machine was already busy (load average ≥ 1): other work shares the two cores and the figures are worse for it");
    }
}
