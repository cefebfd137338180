using System.CommandLine;
using System.Text;
using MeetingBot.Host.Extensions;

namespace MeetingBot.Host.Cli;

/// <summary>The command line (<c>policy parse|ask</c>, <c>joint-meeting create|list|calendar import</c>, <c>brief</c>, <c>export</c>, <c>teams package</c>, <c>slack manifest</c>, <c>health</c>), runnable in-process with any writers.</summary>
public static class CliApp
{
    private static readonly string[] SubCommands = ["policy", "joint-meeting", "brief", "export", "teams", "slack", "health"];
    private static readonly string[] RootOptions = ["-h", "--help", "-?", "/?", "--version"];

    /// <summary>
    /// True when the arguments are meant for the CLI rather than the web host: a sub-command (known or
    /// mistyped, so a typo gets a usage error instead of starting a server) or help/version.
    /// Host settings (<c>--urls x</c>, <c>--urls=x</c>, <c>urls=x</c>) all stay with the web host.
    /// </summary>
    public static bool IsCommandLine(IReadOnlyList<string> args) =>
        args.Count > 0 && (RootOptions.Contains(args[0]) || SubCommands.Contains(args[0]) || IsPositional(args[0]));

    /// <summary>Runs the CLI against the process console and returns its exit code.</summary>
    public static int RunConsole(string[] args)
    {
        // Without this, Chinese comes out as '?' on consoles whose default code page is not UTF-8.
        Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        return Run(args, Console.Out, Console.Error, SystemClock.Instance);
    }

    /// <summary>
    /// Runs the CLI with the given writers and clock; returns the exit code (see <see cref="ExitCodes"/>).
    /// <paramref name="settings"/> override configuration keys (e.g. <c>Storage:DataPath</c>) for this run only.
    /// </summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, TimeProvider time, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var configuration = new InvocationConfiguration
        {
            Output = stdout,
            Error = stderr,
            // Its handler prints the full stack trace; ours below prints one line.
            EnableDefaultExceptionHandler = false,
        };

        try
        {
            return BuildRoot(time, new CliStorage(time, settings)).Parse(args).Invoke(configuration);
        }
        catch (Exception ex)
        {
            // The one catch of the CLI: expected failures are already exit codes, so this is a bug.
            stderr.WriteLine($"error: unexpected {ex.GetType().Name}: {ex.Message}");
            return ExitCodes.Unexpected;
        }
    }

    private static RootCommand BuildRoot(TimeProvider time, CliStorage storage) =>
        new("MeetingBot: runs the chat bot when started without a command, or one of these commands.")
        {
            new Command("policy", "Read policy documents: their tasks, units, targets and joint meeting.")
            {
                PolicyParseCommand.Create(),
                PolicyAskCommand.Create(time),
            },
            new Command("joint-meeting", "Joint meetings in the configured store (Storage:* settings, as the bot uses them).")
            {
                JointMeetingCreateCommand.Create(time, storage),
                JointMeetingListCommand.Create(storage),
                new Command("calendar", "The working-day calendar a joint meeting's reminders follow.")
                {
                    JointMeetingCalendarImportCommand.Create(time, storage),
                },
            },
            BriefCommand.Create(time, storage),
            ExportCommand.Create(time, storage),
            new Command("teams", "Microsoft Teams: the app package to upload for a bot registration.")
            {
                TeamsPackageCommand.Create(),
            },
            new Command("slack", "Slack: the app manifest for the bot's public URL.")
            {
                SlackManifestCommand.Create(),
            },
            HealthCommand.Create(),
        };

    private static bool IsPositional(string arg) => !arg.StartsWith('-') && !arg.Contains('=');
}
