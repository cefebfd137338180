using System.Net;
using System.Net.Sockets;

namespace MeetingBot.TestPeers.Azurite;

/// <summary>Ports on 127.0.0.1 for peers that are started as processes (Azurite), for relays, and for outages (a port nobody listens on).</summary>
public static class LoopbackPorts
{
    /// <summary>A port that was free a moment ago (the OS picked it); bind it soon.</summary>
    public static int Free()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }

    /// <summary>A port where connections are refused: what a client sees while its store is down.</summary>
    public static int Closed() => Free();
}
