using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using MeetingBot.TestPeers.Hosting;

namespace MeetingBot.TestPeers.Azurite;

/// <summary>
/// Azurite's Table service from tools/azurite (installed by ./test.sh), in memory on a free loopback port, until
/// disposed (its process tree is killed then). The storage tests and the storage benchmark both start it here.
/// It fails loudly, saying what to install, when Node.js or the package is missing or Azurite does not come
/// up: whoever needs it never skips silently.
/// </summary>
public sealed class AzuriteServer : IAsyncDisposable, IDisposable
{
    // Azurite's well-known development account (public, documented, only valid against the emulator).
    public const string AccountName = "devstoreaccount1";
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private const int StartAttempts = 3;
    private const int OutputLinesKept = 50;

    private readonly Queue<string> output = new();
    private readonly string? tlsFolder;
    private Process? process;

    private AzuriteServer(string script, string root, int port, X509Certificate2? certificate)
    {
        Port = port;
        Certificate = certificate;
        if (certificate is not null) tlsFolder = WritePem(certificate);
        process = StartNode(script, root, port);
    }

    public int Port { get; }

    /// <summary>The certificate Azurite serves https with (see <see cref="StartHttpsWithOAuthAsync"/>); null for plain http.</summary>
    public X509Certificate2? Certificate { get; }

    /// <summary>https://127.0.0.1:{port}/devstoreaccount1: the table endpoint for bearer tokens (https only).</summary>
    public Uri TableEndpoint => new(string.Create(CultureInfo.InvariantCulture, $"{(Certificate is null ? "http" : "https")}://127.0.0.1:{Port}/{AccountName}"));

    public string ConnectionString => ConnectionStringFor(Port);

    /// <summary>The connection string of an Azurite (or of a relay in front of it) on <paramref name="port"/> of 127.0.0.1.</summary>
    public static string ConnectionStringFor(int port) => string.Create(CultureInfo.InvariantCulture,
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};TableEndpoint=http://127.0.0.1:{port}/{AccountName};");

    /// <summary>Starts Azurite and returns once it accepts connections.</summary>
    /// <param name="repoRoot">The repository holding tools/azurite; by default the nearest folder above the running binaries with MeetingBot.sln.</param>
    public static Task<AzuriteServer> StartAsync(string? repoRoot = null) => StartAsync(repoRoot, certificate: null);

    /// <summary>
    /// Starts Azurite serving https with a throw-away certificate (trusted by nobody: clients must be told to trust
    /// <see cref="Certificate"/>) and accepting bearer tokens (<c>--oauth basic</c>: issuer, audience and lifetime are
    /// checked, the signature is not), as Azure Storage does for Entra ID and managed identities.
    /// </summary>
    public static Task<AzuriteServer> StartHttpsWithOAuthAsync(string? repoRoot = null) =>
        StartAsync(repoRoot, SelfSignedCertificate.ForLoopback());

    private static async Task<AzuriteServer> StartAsync(string? repoRoot, X509Certificate2? certificate)
    {
        var root = repoRoot ?? RepoRoot.Find(); // tools/azurite lives in the repository
        var script = Path.Combine(root, "tools", "azurite", "node_modules", "azurite", "dist", "src", "table", "main.js");
        if (!File.Exists(script))
            throw new InvalidOperationException(
                $"Azurite is not installed: {script} is missing. Run ./test.sh (it installs it), or: npm ci --prefix tools/azurite");

        // A port picked free can be taken before Azurite binds it; then try another.
        for (var attempt = 1; ; attempt++)
        {
            var server = new AzuriteServer(script, root, LoopbackPorts.Free(), certificate);
            if (await server.WaitUntilListeningAsync())
                return server;
            var said = server.Output();
            server.Dispose();
            if (attempt == StartAttempts)
                throw new InvalidOperationException(
                    $"Azurite did not accept connections on 127.0.0.1:{server.Port} within {StartTimeout.TotalSeconds} s ({StartAttempts} tries). Its output:\n{said}");
        }
    }

    public void Dispose()
    {
        if (process is null)
            return;
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(5_000);
            }
        }
        catch (InvalidOperationException)
        {
            // It exited on its own meanwhile.
        }
        process.Dispose();
        process = null;
        if (tlsFolder is not null && Directory.Exists(tlsFolder)) Directory.Delete(tlsFolder, recursive: true);
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
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
            script, "--tableHost", "127.0.0.1", "--tablePort", port.ToString(CultureInfo.InvariantCulture),
            // In memory: nothing left on disk, and no lost tail of writes as with its on-disk mode.
            "--inMemoryPersistence", "--skipApiVersionCheck", "--disableProductStyleUrl", "--loose",
            "--disableTelemetry", "--silent",
        })
            start.ArgumentList.Add(argument);
        if (tlsFolder is not null)
            foreach (var argument in new[] { "--cert", Path.Combine(tlsFolder, "cert.pem"), "--key", Path.Combine(tlsFolder, "key.pem"), "--oauth", "basic" })
                start.ArgumentList.Add(argument);

        Process started;
        try
        {
            started = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException(
                "Node.js (20 or later) is needed to run Azurite but 'node' is not on PATH. Install it, then run ./test.sh.", e);
        }
        // Read both streams as they come: a full pipe would stall Azurite, and its last lines explain a failed start.
        started.OutputDataReceived += (_, line) => Remember(line.Data);
        started.ErrorDataReceived += (_, line) => Remember(line.Data);
        started.BeginOutputReadLine();
        started.BeginErrorReadLine();
        return started;
    }

    // Azurite reads a PEM certificate and key from files.
    private static string WritePem(X509Certificate2 certificate)
    {
        var folder = Directory.CreateTempSubdirectory("azurite-tls-").FullName;
        File.WriteAllText(Path.Combine(folder, "cert.pem"), certificate.ExportCertificatePem());
        using var key = certificate.GetRSAPrivateKey() ?? throw new InvalidOperationException("The certificate has no RSA private key.");
        File.WriteAllText(Path.Combine(folder, "key.pem"), key.ExportPkcs8PrivateKeyPem());
        return folder;
    }

    private async Task<bool> WaitUntilListeningAsync()
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < StartTimeout)
        {
            if (process is null || process.HasExited)
                return false;
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                return true;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }
        return false;
    }

    private void Remember(string? line)
    {
        if (line is null)
            return;
        lock (output)
        {
            output.Enqueue(line);
            if (output.Count > OutputLinesKept)
                output.Dequeue();
        }
    }

    private string Output()
    {
        lock (output)
            return string.Join('\n', output);
    }
}
