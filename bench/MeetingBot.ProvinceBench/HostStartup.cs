using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace MeetingBot.ProvinceBench;

/// <summary>
/// The built host (src/MeetingBot.Host, Release) started as its own process on the province's store, as deployed:
/// the time from the process start to the first 200 of /health/ready (store initialised, lookups backfilled once per
/// store, scheduler started), and its working set then. Reminders are off, so the host does not sweep the bench's
/// store on the real clock.
/// </summary>
internal static class HostStartup
{
    public static async Task<(double ReadyMs, double WorkingSetMb)> MeasureAsync(IReadOnlyDictionary<string, string> storage)
    {
        var dll = Path.Combine(RepoRoot(), "src", "MeetingBot.Host", "bin", "Release", "net10.0", "MeetingBot.Host.dll");
        if (!File.Exists(dll)) throw new InvalidOperationException($"{dll} is missing: build src/MeetingBot.Host in Release (bench/province.sh does).");
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in storage) start.Environment[key] = value;
        start.Environment["Storage__SeedDemo"] = "false";
        start.Environment["Reminders__Enabled"] = "false";
        start.Environment["Logging__LogLevel__Default"] = "Warning";

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var watch = Stopwatch.StartNew();
        using var host = Process.Start(start) ?? throw new InvalidOperationException("the host did not start");
        var output = new System.Text.StringBuilder();
        host.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        host.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        host.BeginOutputReadLine();
        host.BeginErrorReadLine();
        try
        {
            while (true)
            {
                if (host.HasExited) throw new InvalidOperationException($"the host exited ({host.ExitCode}):\n{output}");
                if (watch.Elapsed > TimeSpan.FromMinutes(15)) throw new TimeoutException($"the host was not ready in 15 minutes:\n{output}");
                try
                {
                    using var ready = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/health/ready"));
                    if (ready.StatusCode == HttpStatusCode.OK) break;
                }
                catch (HttpRequestException) { /* not listening yet */ }
                catch (TaskCanceledException) { /* busy starting */ }
                await Task.Delay(50);
            }
            var readyMs = watch.Elapsed.TotalMilliseconds;
            host.Refresh();
            return (readyMs, host.WorkingSet64 / 1048576.0);
        }
        finally
        {
            if (!host.HasExited) host.Kill(entireProcessTree: true);
            await host.WaitForExitAsync();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "MeetingBot.sln"))) return dir.FullName;
        throw new InvalidOperationException("MeetingBot.sln not found above " + AppContext.BaseDirectory);
    }
}
