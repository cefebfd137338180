using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.InteropServices;
using MeetingBot.TestPeers.Azurite;

namespace MeetingBot.ChannelBench.Hosting;

/// <summary>
/// The built host run as its own process, as it is deployed: `dotnet MeetingBot.Host.dll --urls …` with its
/// settings in environment variables, an empty embedded store in a temporary folder, and warnings logged to the
/// console (kept here and counted, so a run that logged warnings says so).
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private const int SigTerm = 15;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(15);

    private readonly Process process;
    private readonly string dataFolder;
    private readonly ConcurrentQueue<string> output = new();
    private int warnings;

    private HostProcess(Process process, string dataFolder, Uri baseUrl)
    {
        this.process = process;
        this.dataFolder = dataFolder;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }
    public int Pid => process.Id;
    public bool HasExited => process.HasExited;

    /// <summary>Lines the host logged at warning or above ("warn:", "fail:", "crit:").</summary>
    public int Warnings => Volatile.Read(ref warnings);

    /// <summary>Everything the host wrote, in order (the first lines of a failed start say why).</summary>
    public IReadOnlyCollection<string> Output => output;

    public static async Task<HostProcess> StartAsync(string hostDll, IReadOnlyDictionary<string, string> settings, IReadOnlyDictionary<string, string> runtimeKnobs)
    {
        if (!File.Exists(hostDll))
            throw new FileNotFoundException($"{hostDll} is not built: run `dotnet build -c Release src/MeetingBot.Host` first (bench/channel.sh does).", hostDll);

        var dataFolder = Path.Combine(Path.GetTempPath(), $"meetingbot-channelbench-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dataFolder);
        var baseUrl = new Uri($"http://127.0.0.1:{LoopbackPorts.Free()}/");
        var start = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = dataFolder,
        };
        start.ArgumentList.Add(hostDll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(baseUrl.ToString().TrimEnd('/'));
        foreach (var (key, value) in settings) start.Environment[key] = value;
        start.Environment["Storage__DataPath"] = Path.Combine(dataFolder, "data");
        start.Environment["Storage__SeedDemo"] = "false";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in runtimeKnobs) start.Environment[key] = value;

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var host = new HostProcess(process, dataFolder, baseUrl);
        process.OutputDataReceived += (_, e) => host.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => host.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await host.WaitHealthyAsync();
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            // SIGTERM is how a service manager stops it: the host finishes what it has and closes the store.
            _ = kill(process.Id, SigTerm);
            using var timeout = new CancellationTokenSource(StopTimeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }

        process.Dispose();
        try
        {
            Directory.Delete(dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless; the figures are already printed.
        }
    }

    private async Task WaitHealthyAsync()
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"the host exited with code {process.ExitCode} while starting:\n{string.Join('\n', output.Take(40))}");
            try
            {
                using var response = await client.GetAsync(new Uri(BaseUrl, "health"));
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening but slow to answer while it starts.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"the host did not answer /health within {StartTimeout.TotalSeconds:0} s:\n{string.Join('\n', output.Take(40))}");
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        if (line.StartsWith("warn:", StringComparison.Ordinal) || line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal))
            Interlocked.Increment(ref warnings);
        // The first lines explain a failure; a flood of identical ones would only cost memory.
        if (output.Count < 200) output.Enqueue(line);
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);
}
