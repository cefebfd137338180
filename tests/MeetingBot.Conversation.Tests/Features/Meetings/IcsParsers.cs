using System.Diagnostics;
using System.Text.Json;
using MeetingBot.TestPeers;

namespace MeetingBot.Conversation.Tests.Features.Meetings;

/// <summary>What an independent calendar parser understood of one .ics file (tools/ical/read.py and read.mjs).</summary>
public sealed record ParsedCalendar(string? Method, IReadOnlyList<ParsedEvent> Events);

public sealed record ParsedEvent(
    string? Uid, int? Sequence, string? Status, DateTimeOffset? Dtstamp, DateTimeOffset? Start, DateTimeOffset? End,
    string? Summary, string? Location, string? Description, ParsedAddress? Organizer, IReadOnlyList<ParsedAddress> Attendees);

public sealed record ParsedAddress(string Address, string? Cn, string? Role);

/// <summary>
/// Two calendar parsers that share no code with Ical.Net or with each other: Python's icalendar (Debian's
/// python3-icalendar, under /usr/bin/python3) and ical.js (pinned in tools/ical, installed with npm ci). A parser
/// that is missing or refuses a file fails the test; nothing is skipped.
/// </summary>
public static class IcsParsers
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly Lazy<string> Tool = new(() => Path.Combine(RepoRoot.Find(), "tools", "ical"));

    public static IReadOnlyList<ParsedCalendar> Icalendar(IReadOnlyList<byte[]> files) =>
        Read(files, "/usr/bin/python3", "read.py",
            "Python's icalendar is needed (Debian: apt-get install -y python3-icalendar; ./test.sh installs it)");

    public static IReadOnlyList<ParsedCalendar> IcalJs(IReadOnlyList<byte[]> files)
    {
        if (!File.Exists(Path.Combine(Tool.Value, "node_modules", "ical.js", "package.json")))
            Run("npm", ["ci", "--prefix", Tool.Value, "--no-audit", "--no-fund", "--loglevel=error"], "installing ical.js (npm ci in tools/ical) failed");
        return Read(files, "node", "read.mjs", "ical.js in tools/ical is needed (npm ci --prefix tools/ical; ./test.sh installs it)");
    }

    private static IReadOnlyList<ParsedCalendar> Read(IReadOnlyList<byte[]> files, string program, string script, string need)
    {
        var folder = Directory.CreateTempSubdirectory("meetingbot-ics-").FullName;
        try
        {
            var paths = files.Select((content, i) =>
            {
                var path = Path.Combine(folder, $"invitation-{i}.ics");
                File.WriteAllBytes(path, content);
                return path;
            }).ToList();
            var output = Run(program, [Path.Combine(Tool.Value, script), .. paths], need);
            return JsonSerializer.Deserialize<List<ParsedCalendar>>(output, Json) ?? throw new InvalidOperationException($"{script} printed nothing.");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Run(string program, IEnumerable<string> arguments, string need)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.StandardOutputEncoding = System.Text.Encoding.UTF8;
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start. {need}.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"{program} could not be started ({e.Message}). {need}.", e);
        }
        using (process)
        {
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"{program} {string.Join(' ', start.ArgumentList)} exited with {process.ExitCode}. {need}.\n{error.Result}");
            return output;
        }
    }
}
