using Microsoft.Extensions.Time.Testing;
using MeetingBot.Host.Cli;
using MeetingBot.TestPeers.Azurite;

namespace MeetingBot.Host.Tests.Cli;

public sealed class HealthCommandTests
{
    [Theory]
    [InlineData(null, "http://127.0.0.1:8080/health/ready")]
    [InlineData("8081", "http://127.0.0.1:8081/health/ready")]
    [InlineData("8082;8083", "http://127.0.0.1:8082/health/ready")]
    [InlineData("not-a-port", "http://127.0.0.1:8080/health/ready")]
    public void DefaultUrl_FollowsTheContainersHttpPorts(string? ports, string expected) =>
        HealthCommand.DefaultUrl(ports).Should().Be(expected);

    [Fact]
    public void Health_NobodyListening_ExitsNotHealthy()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = CliApp.Run(["health", "--url", $"http://127.0.0.1:{LoopbackPorts.Closed()}/health/ready"], stdout, stderr, new FakeTimeProvider(CliRunner.Now));

        exit.Should().Be(3);
        stdout.ToString().Should().StartWith("no answer from http://127.0.0.1:");
    }

    [Fact]
    public void Health_BadUrl_IsRefused()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        CliApp.Run(["health", "--url", "ftp://x"], stdout, stderr, new FakeTimeProvider(CliRunner.Now)).Should().Be(ExitCodes.InputError);
        stderr.ToString().Should().Contain("not an absolute http(s) URL");
    }
}
