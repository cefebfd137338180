using System.Net;
using System.Net.Sockets;

namespace MeetingBot.Storage.Tests.Infrastructure;

/// <summary>
/// A TCP relay on a loopback port to a real peer, to stage outages against one unchanged client: while it is
/// stopped connections are refused (and open ones cut); in black-hole mode it accepts and never answers.
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

    public bool BlackHole { get; set; }

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
            if (!BlackHole)
                _ = RelayAsync(inbound, stop);
        }
    }

    private async Task RelayAsync(TcpClient inbound, CancellationToken stop)
    {
        var outbound = new TcpClient();
        Track(outbound);
        try
        {
            await outbound.ConnectAsync(IPAddress.Loopback, _targetPort, stop);
            var up = inbound.GetStream().CopyToAsync(outbound.GetStream(), stop);
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

    private void Track(TcpClient client)
    {
        lock (_open)
            _open.Add(client);
    }
}
