using MeetingBot.Host.Cli;

namespace MeetingBot.Host.Tests.Cli;

internal sealed record CliResult(int ExitCode, string Stdout, string Stderr);

// Runs the CLI in-process, exactly as `MeetingBot.Host <args>` would, capturing both streams.
internal static class CliRunner
{
    public static CliResult Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = CliApp.Run(args, stdout, stderr);
        return new CliResult(exitCode, stdout.ToString(), stderr.ToString());
    }
}
