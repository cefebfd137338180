using System.CommandLine;
using System.Text.RegularExpressions;

namespace MeetingBot.Host.Cli;

// teams package --app-id <GUID> [--package-version 1.2.3] [--out <file.zip>] [--domain <host>]...
internal static partial class TeamsPackageCommand
{
    private const int MaxDomains = 100;

    public static Command Create()
    {
        var appId = new Option<string>("--app-id") { Description = "The bot's Microsoft App ID (a GUID); also used as the Teams app id.", Required = true };
        var version = new Option<string?>("--package-version") { Description = "The app's version, MAJOR.MINOR.PATCH; raise it for every upload (default: the template's)." };
        var output = new Option<string?>("--out") { Description = "The zip to write (default: meetingbot-teams-<version>.zip in the current folder)." };
        var domains = new Option<string[]>("--domain") { Description = "A host the app loads content from (validDomains), e.g. bot.example.com; repeat for more." };

        var command = new Command("package", "Write the Teams app package (manifest and icons) for one bot registration.")
        {
            appId, version, output, domains,
        };
        command.SetAction(result => Run(
            result.GetRequiredValue(appId), result.GetValue(version), result.GetValue(output),
            result.GetValue(domains) ?? [], result.InvocationConfiguration));
        return command;
    }

    private static int Run(string appIdText, string? version, string? output, string[] domains, InvocationConfiguration io)
    {
        var error = CheckAppId(appIdText, out var appId)
            ?? (version is null ? null : CheckVersion(version))
            ?? domains.Select(CheckDomain).FirstOrDefault(e => e is not null)
            ?? (domains.Length > MaxDomains ? $"at most {MaxDomains} --domain values (the manifest's limit)" : null);
        if (error is not null)
        {
            io.Error.WriteLine($"error: {error}");
            return ExitCodes.InputError;
        }

        var template = TeamsAppPackage.TemplateFolder;
        if (!File.Exists(Path.Combine(template, TeamsAppPackage.ManifestFileName)))
        {
            // The build copies manifests/teams next to the host: without it the installation is broken, not the input.
            io.Error.WriteLine($"error: the Teams app template is missing from {template}; rebuild the host");
            return ExitCodes.Unexpected;
        }

        version ??= TeamsAppPackage.VersionOf(TeamsAppPackage.ReadTemplate(template));
        var path = OutputPath(output, version, CallerDirectory());
        var (zip, entries) = TeamsAppPackage.Build(template, appId, version, domains.Distinct(StringComparer.OrdinalIgnoreCase).ToList());
        if (TeamsAppPackage.Write(path, zip) is { } writeError)
        {
            io.Error.WriteLine($"error: {writeError}");
            return ExitCodes.InputError;
        }

        io.Output.WriteLine($"wrote {path}: Teams app {version} for bot {appId:D} ({string.Join(", ", entries)})");
        io.Output.WriteLine("upload it in Teams (Apps > Manage your apps > Upload an app) or in the Teams admin center.");
        return ExitCodes.Ok;
    }

    internal static string? CheckAppId(string text, out Guid appId)
    {
        if (!Guid.TryParse(text, out appId))
            return $"--app-id '{text}' is not a GUID: give the bot's Microsoft App ID, e.g. 3f2504e0-4f89-11d3-9a0c-0305e82c3301";
        return appId == Guid.Empty
            ? "--app-id is the all-zero placeholder: give the bot's Microsoft App ID (Azure Bot resource > Configuration)"
            : null;
    }

    // The manifest schema's own semver definition: MAJOR.MINOR.PATCH without leading zeros, pre-release or build tags.
    [GeneratedRegex(@"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")]
    private static partial Regex SemVer();

    internal static string? CheckVersion(string version) => SemVer().IsMatch(version)
        ? null
        : $"--package-version '{version}' is not MAJOR.MINOR.PATCH (e.g. 1.2.3; no leading zeros, no -beta)";

    // validDomains holds hosts, optionally with a *. wildcard and a port; never a scheme or a path.
    internal static string? CheckDomain(string domain)
    {
        var host = domain.StartsWith("*.", StringComparison.Ordinal) ? domain[2..] : domain;
        var colon = host.LastIndexOf(':');
        var portOk = colon < 0 || (int.TryParse(host[(colon + 1)..], out var port) && port is > 0 and <= 65535);
        if (colon >= 0)
            host = host[..colon];
        return portOk && domain.Length <= 2048 && Uri.CheckHostName(host) is UriHostNameType.Dns or UriHostNameType.IPv4
            ? null
            : $"--domain '{domain}' is not a host name: give one like bot.example.com or *.example.com, without https:// or a path";
    }

    internal static string OutputPath(string? output, string version, string callerDirectory) =>
        Path.GetFullPath(output ?? $"meetingbot-teams-{version}.zip", callerDirectory);

    // `dotnet run` starts the host in its project folder; the shell's PWD names the folder the user typed in
    // (see CallerPath), so a relative --out lands where the user expects it.
    private static string CallerDirectory() =>
        Environment.GetEnvironmentVariable("PWD") is { } pwd && Path.IsPathRooted(pwd) && Directory.Exists(pwd)
            ? pwd
            : Directory.GetCurrentDirectory();
}
