using MeetingBot.Host.Cli;

namespace MeetingBot.Host.Tests.Cli;

public sealed class CliAppTests
{
    [Theory]
    [InlineData("polcy")]
    [InlineData("policy", "pares", "x.txt")]
    [InlineData("policy", "parse")]
    [InlineData("policy", "ask", "seeds")]
    [InlineData("policy", "parse", "x.txt", "--jsn")]
    public void Run_UnknownCommandOrMissingArgument_ExitsWithUsageError(params string[] args)
    {
        var result = CliRunner.Run(args);

        result.ExitCode.Should().NotBe(ExitCodes.Ok);
        result.Stderr.Should().NotBeEmpty();
    }

    [Theory]
    [InlineData(true, "policy", "parse", "x.txt")]
    [InlineData(true, "polcy")]
    [InlineData(true, "--help")]
    [InlineData(false)]
    [InlineData(false, "--urls", "http://localhost:5000")]
    [InlineData(false, "--urls=http://localhost:5000")]
    [InlineData(false, "urls=http://localhost:5000")]
    [InlineData(false, "--environment=Development")]
    public void IsCommandLine_Arguments_TellsCliFromWebHost(bool expected, params string[] args) =>
        CliApp.IsCommandLine(args).Should().Be(expected);
}
