using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using MeetingBot.ChannelBench.Measure;

namespace MeetingBot.ChannelBench.Load;

/// <summary>Runs wrk against /api/messages with the bench's script and reads its "BENCH" lines into a <see cref="LoadResult"/>.</summary>
public static class WrkRunner
{
    public static void EnsureInstalled(string wrk)
    {
        try
        {
            using var probe = Process.Start(new ProcessStartInfo(wrk, "--version") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false })!;
            probe.WaitForExit();
        }
        catch (Win32Exception)
        {
            throw new InvalidOperationException($"'{wrk}' is not installed: run bench/channel.sh (it installs wrk with apt-get install -y wrk) or pass --wrk <path>.");
        }
    }

    public static async Task<LoadResult> RunAsync(string wrk, Uri hostBaseUrl, string script, int threads, int connections, TimeSpan duration)
    {
        var start = new ProcessStartInfo(wrk) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[]
        {
            $"-t{threads}", $"-c{connections}", $"-d{(int)duration.TotalSeconds}s",
            // wrk's default 2 s would count a slow answer as an error instead of measuring it.
            "--timeout", "10s",
            "-s", script,
            new Uri(hostBaseUrl, "api/messages").ToString(),
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var text = await output;
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"wrk exited with {process.ExitCode}:\n{text}\n{await errors}");

        var values = Parse(text);
        long Value(string key) => values.TryGetValue(key, out var v) ? v : throw new InvalidOperationException($"wrk printed no {key}:\n{text}");
        var failed = Value("connect") + Value("read") + Value("write") + Value("timeout");
        double Ms(string key) => Value(key) / 1000.0;
        var latency = new Latencies((int)Value("requests"), Ms("p50_us"), Ms("p90_us"), Ms("p99_us"), Ms("p999_us"), Ms("max_us"), Ms("mean_us"));
        // wrk calls request() once before the run, on its first thread, to check the script (script_verify_request);
        // that request is counted by the script but never sent.
        var sent = Value("sent") - 1;
        return new LoadResult(sent, Value("ok"), Value("other"), failed, Value("duration_us") / 1e6, latency);
    }

    private static Dictionary<string, long> Parse(string output)
    {
        var values = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var line in output.Split('\n').Where(l => l.StartsWith("BENCH ", StringComparison.Ordinal)))
        {
            foreach (var pair in line["BENCH ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var equals = pair.IndexOf('=');
                values[pair[..equals]] = long.Parse(pair[(equals + 1)..], CultureInfo.InvariantCulture);
            }
        }

        return values;
    }
}
