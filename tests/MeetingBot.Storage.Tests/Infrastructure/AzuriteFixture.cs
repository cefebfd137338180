using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MeetingBot.Storage.AzureTables;

namespace MeetingBot.Storage.Tests.Infrastructure;

/// <summary>
/// Azurite's Table service, started once for the "Azurite" collection from tools/azurite (installed by
/// ./test.sh) on a free loopback port, in memory, and killed with its process tree at the end. It fails the
/// tests loudly when Node.js or the package is missing: storage tests never skip.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    // Azurite's well-known development account (public, documented, only valid against the emulator).
    private const string Account = "devstoreaccount1";
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly Queue<string> _output = new();
    private Process? _process;

    public int Port { get; private set; }

    public string ConnectionString => ConnectionStringFor(Port);

    public static string ConnectionStringFor(int port) =>
        $"DefaultEndpointsProtocol=http;AccountName={Account};AccountKey={AccountKey};TableEndpoint=http://127.0.0.1:{port}/{Account};";

    /// <summary>A fresh, initialised table of its own (unique name), so tests never see each other's rows.</summary>
    public async Task<AzureEntityTable> CreateTableAsync(AzureTableOptions? options = null, int? port = null)
    {
        var table = NewClient(UniqueTableName(), options, port);
        await table.InitializeAsync();
        return table;
    }

    /// <summary>Another engine instance over an existing table, e.g. through a proxy or after a "restart".</summary>
    public AzureEntityTable NewClient(string tableName, AzureTableOptions? options = null, int? port = null) =>
        AzureEntityTableFactory.Create(ConnectionStringFor(port ?? Port), (options ?? new AzureTableOptions()) with { TableName = tableName });

    public static string UniqueTableName() => "t" + Guid.NewGuid().ToString("N");

    public async Task InitializeAsync()
    {
        var root = RepoRoot.Find();
        var script = Path.Combine(root, "tools", "azurite", "node_modules", "azurite", "dist", "src", "table", "main.js");
        if (!File.Exists(script))
            throw new InvalidOperationException(
                $"Azurite is not installed: {script} is missing. Run ./test.sh (it installs it), or: npm ci --prefix tools/azurite");

        // A port picked free can be taken before Azurite binds it; then try another.
        for (var attempt = 1; ; attempt++)
        {
            Port = LoopbackPorts.Free();
            _process = StartNode(script, root, Port);
            if (await WaitUntilListeningAsync(_process, Port))
                return;
            Kill();
            if (attempt == 3)
                throw new InvalidOperationException(
                    $"Azurite did not accept connections on 127.0.0.1:{Port} within {StartTimeout.TotalSeconds} s. Its output:\n{Output()}");
        }
    }

    public Task DisposeAsync()
    {
        Kill();
        return Task.CompletedTask;
    }

    private Process StartNode(string script, string root, int port)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            script, "--tableHost", "127.0.0.1", "--tablePort", port.ToString(),
            // In memory: nothing left on disk, and no lost tail of writes as with its on-disk mode.
            "--inMemoryPersistence", "--skipApiVersionCheck", "--disableProductStyleUrl", "--loose",
            "--disableTelemetry", "--silent",
        })
            start.ArgumentList.Add(argument);

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException(
                "Node.js (20 or later) is needed to run Azurite for the storage tests but 'node' is not on PATH. Install it, then run ./test.sh.", e);
        }
        process.OutputDataReceived += (_, line) => Remember(line.Data);
        process.ErrorDataReceived += (_, line) => Remember(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task<bool> WaitUntilListeningAsync(Process process, int port)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (process.HasExited)
                return false;
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port);
                return true;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }
        return false;
    }

    private void Kill()
    {
        if (_process is null)
            return;
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(5_000);
            }
        }
        catch (InvalidOperationException)
        {
            // It exited on its own meanwhile.
        }
        _process.Dispose();
        _process = null;
    }

    private void Remember(string? line)
    {
        if (line is null)
            return;
        lock (_output)
        {
            _output.Enqueue(line);
            if (_output.Count > 50)
                _output.Dequeue();
        }
    }

    private string Output()
    {
        lock (_output)
            return string.Join('\n', _output);
    }
}

[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
