namespace MeetingBot.Host.Cli;

/// <summary>Exit codes of the CLI; System.CommandLine's own usage errors exit with 1.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>A bug: an exception escaped a command.</summary>
    public const int Unexpected = 1;

    /// <summary>The input was refused with a message: unreadable document, nothing loaded, bad option value.</summary>
    public const int InputError = 2;
}
