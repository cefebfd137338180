using System.Diagnostics;
using MeetingBot.Core.Policy.Parsing;

namespace MeetingBot.Core.Policy.Formats;

/// <summary>
/// Reads a small plan of the usual shape (prose, then a task table with merged lead cells), as Word and as PDF, a few
/// times, so that a host's first real import does not pay for what any first read in a process pays: PdfPig's font
/// tables and system font list built once, and thousands of methods compiled, at first without optimisation. Read
/// repeatedly, the methods the reading spends its time in are called often enough for the runtime to optimise them
/// (tiered compilation) before a person's document comes. Run in the background at start-up.
/// </summary>
public static class FormatWarmup
{
    /// <summary>Reads enough for the hot methods to reach optimised code; measured in bench/MeetingBot.FormatBench (-\-after-warmup).</summary>
    public const int DefaultRounds = 8;

    /// <summary>How long it took; throws when the embedded plan no longer reads as its 19 tasks (a parser broken at start, not at a person's import).</summary>
    public static TimeSpan Run(int rounds, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var files = new[] { Embedded("warmup-plan.docx"), Embedded("warmup-plan.pdf") };
        for (var round = 0; round < rounds; round++)
            foreach (var (name, bytes) in files)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var tasks = PolicyParser.Parse(bytes, name, cancellationToken: cancellationToken).Document?.Tasks.Count;
                if (tasks != 19) throw new InvalidOperationException($"The start-up plan {name} read as {tasks?.ToString() ?? "nothing"}, not 19 tasks.");
            }
        return clock.Elapsed;
    }

    private static (string Name, byte[] Bytes) Embedded(string name)
    {
        using var stream = typeof(FormatWarmup).Assembly.GetManifestResourceStream($"MeetingBot.Core.Policy.Formats.{name}")
            ?? throw new InvalidOperationException($"The start-up plan {name} is not embedded.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return (name, copy.ToArray());
    }
}
