using MeetingBot.Host.Cli;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Host.Tests.Cli;

internal sealed record CliResult(int ExitCode, string Stdout, string Stderr);

// Runs the CLI in-process, exactly as `MeetingBot.Host <args>` would, capturing both streams.
internal static class CliRunner
{
    /// <summary>The command line's clock in tests: a fixed instant (a command that needs another day says --today).</summary>
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    private static TimeProvider Clock => new FakeTimeProvider(Now);

    public static CliResult Run(params string[] args) => RunWith(null, args);

    /// <summary>With configuration keys set for this run only (e.g. <c>Storage:DataPath</c>), as the CLI reads them.</summary>
    public static CliResult RunWith(IReadOnlyDictionary<string, string?>? settings, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = CliApp.Run(args, stdout, stderr, Clock, settings);
        return new CliResult(exitCode, stdout.ToString(), stderr.ToString());
    }
}
