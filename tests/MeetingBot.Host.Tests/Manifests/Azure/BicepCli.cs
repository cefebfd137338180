using System.Diagnostics;
using System.Reflection;

namespace MeetingBot.Host.Tests.Manifests.Azure;

/// <summary>The Bicep CLI from the NuGet package Azure.Bicep.CommandLine.linux-x64, restored with this test project.</summary>
internal static class BicepCli
{
    public static string Path { get; } = Find();

    public sealed record Result(int ExitCode, string Output, string Errors)
    {
        /// <summary>Every diagnostic line (errors and linter warnings), as "file(line,col) : Level code: message".</summary>
        public IReadOnlyList<string> Diagnostics => (Output + "\n" + Errors).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => line.Contains(" : Error ") || line.Contains(" : Warning ") || line.Contains(" : Info ")).ToList();
    }

    public static async Task<Result> RunAsync(IReadOnlyDictionary<string, string?>? environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(Path)
        {
            WorkingDirectory = System.IO.Path.Combine(RepoPaths.Root, "manifests", "azure"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // No telemetry, and no look-ups of newer versions: nothing leaves the machine.
        start.Environment["BICEP_TELEMETRY_ENABLED"] = "false";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        if (environment is not null)
            foreach (var (name, value) in environment) start.Environment[name] = value;

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return new Result(process.ExitCode, await output, await errors);
    }

    private static string Find()
    {
        var path = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "BicepPath").Value!;
        if (!File.Exists(path))
            throw new InvalidOperationException($"The Bicep CLI is not at {path}: restore the test project (dotnet restore), which brings NuGet's Azure.Bicep.CommandLine.linux-x64.");
        // A package's files may arrive without their executable bit. (The package is the Linux x64 build.)
        if (!OperatingSystem.IsLinux()) throw new PlatformNotSupportedException("These tests run the Linux x64 Bicep CLI.");
        var mode = File.GetUnixFileMode(path);
        if (!mode.HasFlag(UnixFileMode.UserExecute)) File.SetUnixFileMode(path, mode | UnixFileMode.UserExecute);
        return path;
    }
}
