using System.Net;
using System.Net.Sockets;
using MeetingBot.TestPeers.Azurite;

namespace MeetingBot.Storage.Tests.Infrastructure;

/// <summary>
/// A TCP relay on a loopback port to a real peer, to stage outages against one unchanged client: while it is
/// stopped connections are refused (and open ones cut); in black-hole mode it accepts and never answers; with
/// <see cref="CannedStatus"/> set it answers every request with that HTTP status itself (e.g. 503 or 429).
/// </summary>
public sealed class LoopbackProxy : IAsyncDisposable
{
    private readonly int _targetPort;
    private readonly List<TcpClient> _open = [];
    private TcpListener? _listener;
    private CancellationTokenSource _stop = new();

    public LoopbackProxy(int targetPort)
    {
        _targetPort = targetPort;
        Port = LoopbackPorts.Free();
        Start();
    }

    public int Port { get; }

    public bool BlackHole { get; private set; }

    public int? CannedStatus { get; private set; }

    private int _responsesToLose;

    /// <summary>From now on accept connections and never answer (open connections are cut, so clients reconnect).</summary>
    public void BeginBlackHole()
    {
        BlackHole = true;
        CutOpenConnections();
    }

    /// <summary>From now on answer every request with <paramref name="status"/> (open connections are cut).</summary>
    public void BeginAnswering(int status)
    {
        CannedStatus = status;
        CutOpenConnections();
    }

    /// <summary>
    /// The next connection's requests reach the peer, but its answers never come back (the connection is cut once
    /// the peer has answered): a write that was applied although the client saw a network failure.
    /// </summary>
    public void LoseNextResponse()
    {
        Interlocked.Exchange(ref _responsesToLose, 1);
        CutOpenConnections();
    }

    public void Start()
    {
        _stop = new CancellationTokenSource();
        _listener = new TcpListener(IPAddress.Loopback, Port);
        _listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        _listener.Start();
        _ = AcceptLoopAsync(_listener, _stop.Token);
    }

    /// <summary>Refuses new connections and cuts the open ones.</summary>
    public void Stop()
    {
        _stop.Cancel();
        _listener?.Stop();
        _listener = null;
        CutOpenConnections();
    }

    private void CutOpenConnections()
    {
        lock (_open)
        {
            foreach (var client in _open)
                client.Dispose();
            _open.Clear();
        }
    }

    public ValueTask DisposeAsync()
    {
        Stop();
        return ValueTask.CompletedTask;
    }

    private async Task AcceptLoopAsync(TcpListener listener, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient inbound;
            try
            {
                inbound = await listener.AcceptTcpClientAsync(stop);
            }
            catch (Exception) when (stop.IsCancellationRequested || listener.Server is null)
            {
                return;
            }
            catch (SocketException)
            {
                return;
            }
            Track(inbound);
            if (CannedStatus is { } status)
                _ = AnswerAsync(inbound, status, stop);
            else if (Interlocked.CompareExchange(ref _responsesToLose, 0, 1) == 1)
                _ = RelayAsync(inbound, stop, loseAnswer: true);
            else if (!BlackHole)
                _ = RelayAsync(inbound, stop);
        }
    }

    private async Task RelayAsync(TcpClient inbound, CancellationToken stop, bool loseAnswer = false)
    {
        var outbound = new TcpClient();
        Track(outbound);
        try
        {
            await outbound.ConnectAsync(IPAddress.Loopback, _targetPort, stop);
            var up = inbound.GetStream().CopyToAsync(outbound.GetStream(), stop);
            if (loseAnswer)
            {
                // Wait for the peer's first answer bytes (the write is applied by then), throw them away, cut.
                var buffer = new byte[1];
                await outbound.GetStream().ReadExactlyAsync(buffer, stop);
                return;
            }

            var down = outbound.GetStream().CopyToAsync(inbound.GetStream(), stop);
            await Task.WhenAny(up, down);
        }
        catch (Exception)
        {
            // A cut connection is what this relay is for; the client sees it as a network failure.
        }
        finally
        {
            inbound.Dispose();
            outbound.Dispose();
            lock (_open)
            {
                _open.Remove(inbound);
                _open.Remove(outbound);
            }
        }
    }

    private static async Task AnswerAsync(TcpClient inbound, int status, CancellationToken stop)
    {
        using (inbound)
        {
            try
            {
                var stream = inbound.GetStream();
                await ReadRequestAsync(stream, stop);
                var answer = System.Text.Encoding.ASCII.GetBytes($"HTTP/1.1 {status} Canned\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                await stream.WriteAsync(answer, stop);
            }
            catch (Exception)
            {
                // The client gave up first: nothing to answer.
            }
        }
    }

    // The whole request (headers, then Content-Length bytes): closing on unread bytes would reset the
    // connection, and the client would see a network failure instead of the status.
    private static async Task ReadRequestAsync(NetworkStream stream, CancellationToken stop)
    {
        var received = new List<byte>();
        var buffer = new byte[16 * 1024];
        while (true)
        {
            var read = await stream.ReadAsync(buffer, stop);
            if (read == 0)
                return;
            received.AddRange(buffer.AsSpan(0, read));
            var text = System.Text.Encoding.ASCII.GetString([.. received]);
            var headerEnd = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            if (headerEnd < 0)
                continue;
            var length = System.Text.RegularExpressions.Regex.Match(text[..headerEnd], @"(?im)^content-length:\s*(\d+)");
            if (received.Count >= headerEnd + 4 + (length.Success ? int.Parse(length.Groups[1].Value) : 0))
                return;
        }
    }

    private void Track(TcpClient client)
    {
        lock (_open)
            _open.Add(client);
    }
}
