using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace MeetingBot.StorageBench;

/// <summary>Azurite's Table service from tools/azurite, in memory on a free loopback port, for the length of the run.</summary>
internal sealed class AzuriteProcess : IDisposable
{
    private readonly Process process;

    private AzuriteProcess(Process process, int port)
    {
        this.process = process;
        Port = port;
    }

    public int Port { get; }

    // Azurite's well-known development account: public, and valid only against the emulator.
    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:{Port}/devstoreaccount1;";

    public static async Task<AzuriteProcess> StartAsync(string repoRoot)
    {
        var script = Path.Combine(repoRoot, "tools", "azurite", "node_modules", "azurite", "dist", "src", "table", "main.js");
        if (!File.Exists(script))
            throw new InvalidOperationException($"Azurite is not installed ({script} is missing): run npm ci --prefix tools/azurite");

        var port = FreePort();
        var start = new ProcessStartInfo("node") { WorkingDirectory = repoRoot, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { script, "--tableHost", "127.0.0.1", "--tablePort", port.ToString(), "--inMemoryPersistence", "--skipApiVersionCheck", "--disableProductStyleUrl", "--loose", "--disableTelemetry", "--silent" })
            start.ArgumentList.Add(argument);
        var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");

        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(30) && !process.HasExited)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port);
                return new AzuriteProcess(process, port);
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }
        process.Kill(entireProcessTree: true);
        throw new InvalidOperationException($"Azurite did not listen on 127.0.0.1:{port} within 30 s: {await process.StandardError.ReadToEndAsync()}");
    }

    public void Dispose()
    {
        if (!process.HasExited)
            process.Kill(entireProcessTree: true);
        process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
