using System.Diagnostics;
using System.Net;
using System.Reflection;
using MeetingBot.TestPeers.Azurite;

namespace MeetingBot.Host.Tests.Container;

/// <summary>
/// What the container image holds and runs: the host's publish output, started from its own folder as the
/// Dockerfile's ENTRYPOINT does (no SDK, no repository around it), with the web chat bundle, and answering its
/// HEALTHCHECK (the host's `health` command). Docker itself is not run here: no base image can be pulled.
/// </summary>
public sealed class PublishOutputTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(2); // a bound on a hang, not a wait
    private readonly TempFolder publish = new();
    private readonly TempFolder data = new();

    [Fact]
    public async Task PublishOutput_StartedFromItsFolder_IsReadyServesTheWebChatAndPassesItsHealthCheck()
    {
        var published = await RunAsync("dotnet", Environment.CurrentDirectory, new Dictionary<string, string?>(), "publish", Path.Combine(RepoPaths.Root, "src", "MeetingBot.Host"),
            "-c", Configuration(), "--no-build", "-o", publish.Path, "-nologo", "-v", "q");
        published.ExitCode.Should().Be(0, published.Output);
        File.Exists(Path.Combine(publish.Path, "WebChat", "lib", "webchat.js")).Should().BeTrue("the web chat bundle is built in");
        Directory.GetFiles(Path.Combine(publish.Path, "seeds"), "*.txt").Should().HaveCount(5);

        var port = LoopbackPorts.Free();
        var settings = new Dictionary<string, string?>
        {
            ["ASPNETCORE_HTTP_PORTS"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ASPNETCORE_URLS"] = null,
            ["Storage__DataPath"] = data.Path,
        };
        using var host = Start(publish.Path, settings);
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };

            (await WaitForReadyAsync(http, host)).Should().Be(HttpStatusCode.OK);
            (await http.GetStringAsync("/")).Should().Contain("webchat");
            (await http.GetAsync("/lib/webchat.js")).StatusCode.Should().Be(HttpStatusCode.OK);
            var check = await RunAsync("dotnet", publish.Path, settings, "MeetingBot.Host.dll", "health");
            check.ExitCode.Should().Be(0, check.Output);
            check.Output.Should().StartWith("200 ");
        }
        finally
        {
            host.Kill(entireProcessTree: true);
            await host.WaitForExitAsync().WaitAsync(Bound);
        }
    }

    private static Process Start(string folder, IReadOnlyDictionary<string, string?> settings)
    {
        var start = new ProcessStartInfo("dotnet", ["MeetingBot.Host.dll"])
        {
            WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var (key, value) in settings) start.Environment[key] = value;
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task<HttpStatusCode?> WaitForReadyAsync(HttpClient http, Process host)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < Bound && !host.HasExited)
        {
            try
            {
                var response = await http.GetAsync("/health/ready");
                if (response.StatusCode == HttpStatusCode.OK) return response.StatusCode;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(200);
        }
        return null;
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string file, string folder, IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var (key, value) in environment) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(Bound);
        return (process.ExitCode, await output + await errors);
    }

    // The host was built in the configuration these tests were (Release under ./test.sh).
    private static string Configuration() =>
        typeof(PublishOutputTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";

    public void Dispose()
    {
        publish.Dispose();
        data.Dispose();
    }
}
