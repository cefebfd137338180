using MeetingBot.Host.Cli;

namespace MeetingBot.Host.Tests.Cli;

internal sealed record CliResult(int ExitCode, string Stdout, string Stderr);

// Runs the CLI in-process, exactly as `MeetingBot.Host <args>` would, capturing both streams.
internal static class CliRunner
{
    public static CliResult Run(params string[] args) => RunWith(null, args);

    /// <summary>With configuration keys set for this run only (e.g. <c>Storage:DataPath</c>), as the CLI reads them.</summary>
    public static CliResult RunWith(IReadOnlyDictionary<string, string?>? settings, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = CliApp.Run(args, stdout, stderr, settings: settings);
        return new CliResult(exitCode, stdout.ToString(), stderr.ToString());
    }
}
