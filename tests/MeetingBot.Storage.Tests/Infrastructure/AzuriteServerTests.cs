using System.Net;
using System.Net.Sockets;
using MeetingBot.TestPeers.Azurite;

namespace MeetingBot.Storage.Tests.Infrastructure;

/// <summary>The shared Azurite launcher: loud when it cannot start, and gone when disposed.</summary>
public class AzuriteServerTests
{
    [Fact]
    public async Task StartAsync_WithoutTheInstalledPackage_FailsSayingHowToInstallIt()
    {
        var empty = Directory.CreateTempSubdirectory("meetingbot-no-azurite-");
        try
        {
            var start = () => AzuriteServer.StartAsync(empty.FullName);

            (await start.Should().ThrowAsync<InvalidOperationException>()).Which.Message.Should().Contain("npm ci --prefix tools/azurite");
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task DisposeAsync_StopsAzurite()
    {
        var server = await AzuriteServer.StartAsync();
        var port = server.Port;

        await server.DisposeAsync();

        using var probe = new TcpClient();
        var connect = () => probe.ConnectAsync(IPAddress.Loopback, port);
        await connect.Should().ThrowAsync<SocketException>();
    }
}
