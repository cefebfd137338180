using System.Diagnostics;
using System.Reflection;
using System.Runtime;
using System.Runtime.InteropServices;
using MeetingBot.Core.Policy.Parsing;

namespace MeetingBot.Bench;

/// <summary>What the figures were measured on, printed with them so they can be compared.</summary>
public sealed record BenchEnvironment(
    string CommandLine,
    DateTimeOffset StartedAt,
    string Runtime,
    string Os,
    string Architecture,
    int ProcessorCount,
    string Gc,
    bool CoreOptimized,
    bool BenchOptimized,
    double TimerResolutionNs,
    double? LoadAverage)
{
    /// <summary>A 1-minute load average at or above this before the run means other work shares the cores.</summary>
    private const double BusyLoad = 1.0;

    public static BenchEnvironment Capture() => new(
        string.Join(' ', Environment.GetCommandLineArgs()),
#pragma warning disable RS0030 // When the run started, by the machine's wall clock: printed beside the figures.
        TimeProvider.System.GetLocalNow(),
#pragma warning restore RS0030
        RuntimeInformation.FrameworkDescription,
        RuntimeInformation.OSDescription,
        RuntimeInformation.ProcessArchitecture.ToString(),
        Environment.ProcessorCount,
        (GCSettings.IsServerGC ? "server" : "workstation") + (GCSettings.LatencyMode == GCLatencyMode.Interactive ? ", concurrent" : ""),
        IsOptimized(typeof(PolicyParser).Assembly),
        IsOptimized(typeof(BenchEnvironment).Assembly),
        1e9 / Stopwatch.Frequency,
        ReadLoadAverage());

    /// <summary>The 1-minute load average from /proc/loadavg (Linux), null elsewhere.</summary>
    public static double? ReadLoadAverage()
    {
        try
        {
            var first = File.ReadAllText("/proc/loadavg").Split(' ')[0];
            return double.TryParse(first, System.Globalization.CultureInfo.InvariantCulture, out var load) ? load : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    public IEnumerable<string> Describe()
    {
        yield return $"Started     {StartedAt:yyyy-MM-dd HH:mm:ss zzz}";
        yield return $"Runtime     {Runtime} on {Os} ({Architecture}), {ProcessorCount} logical cores, {Gc} GC";
        yield return $"Stopwatch   resolution {TimerResolutionNs:0.#} ns; single thread; tiered JIT + dynamic PGO (runtime defaults)";
        yield return $"Build       MeetingBot.Core {(CoreOptimized ? "optimized" : "NOT OPTIMIZED")}, bench {(BenchOptimized ? "optimized" : "NOT OPTIMIZED")}";
        if (LoadAverage is { } load)
        {
            yield return $"Load        1-minute load average {load:0.00} before the run";
        }

        if (LoadAverage >= BusyLoad)
        {
            yield return "WARNING     the machine is busy with other work: figures below will be inflated and noisy.";
        }

        if (!CoreOptimized)
        {
            yield return "WARNING     MeetingBot.Core is a Debug build: run with -c Release, figures below are not representative.";
        }

        if (Debugger.IsAttached)
        {
            yield return "WARNING     a debugger is attached: figures below are not representative.";
        }
    }

    private static bool IsOptimized(Assembly assembly) =>
        assembly.GetCustomAttribute<DebuggableAttribute>() is not { IsJITOptimizerDisabled: true };
}
