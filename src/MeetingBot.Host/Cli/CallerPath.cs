namespace MeetingBot.Host.Cli;

// `dotnet run` starts a web project in its own folder, not where the command was typed, so
// `dotnet run --project src/MeetingBot.Host -- policy parse seeds/x.txt` would look in src/MeetingBot.Host/seeds.
// Moving the working directory instead would move the web host's content root (appsettings, wwwroot) too.
// The shell's PWD still names the folder the user typed in: a relative path missing here is tried there.
internal static class CallerPath
{
    public static string Resolve(string path) => Resolve(path, Environment.GetEnvironmentVariable("PWD"));

    public static string Resolve(string path, string? callerDirectory)
    {
        if (Path.IsPathRooted(path) || Exists(path) || callerDirectory is null || !Path.IsPathRooted(callerDirectory))
        {
            return path;
        }

        var candidate = Path.GetFullPath(path, callerDirectory);
        // Not found there either: keep the path as typed, so the error message shows what the user wrote.
        return Exists(candidate) ? candidate : path;
    }

    private static bool Exists(string path) => File.Exists(path) || Directory.Exists(path);
}
