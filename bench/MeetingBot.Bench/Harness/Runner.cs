using System.Diagnostics;
using System.Runtime;
using System.Runtime.CompilerServices;

namespace MeetingBot.Bench.Harness;

/// <summary>
/// Single-threaded Stopwatch harness: warms an operation up until the JIT has stopped compiling, then times
/// each call separately with <see cref="Stopwatch.GetTimestamp"/> and counts the bytes the current thread
/// allocated over the measured calls.
/// </summary>
public static class Runner
{
    private static object? sink;

    public static Measurement Run<T>(Func<T> operation, RunPolicy policy)
        where T : class
    {
        var warmup = Warmup(operation, policy);

        // Start from a clean heap so garbage from earlier scenarios is not collected on this one's clock.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        var timestamps = new long[policy.Iterations];
        var loop = MeasureLoop(operation, timestamps, ToTicks(policy.TimeBudget), policy.MinIterations);
        var count = loop.Count;
        var totalSeconds = (double)loop.ElapsedTicks / Stopwatch.Frequency;

        var samplesMs = new double[count];
        for (var i = 0; i < count; i++)
        {
            samplesMs[i] = timestamps[i] * 1000.0 / Stopwatch.Frequency;
        }

        sink = null;
        return Measurement.FromSamples(samplesMs, totalSeconds, loop.AllocatedBytes, warmup, loop.JitCompilations);
    }

    /// <summary>
    /// Times each call into <paramref name="timestamps"/> (Stopwatch ticks), counting the bytes allocated and the
    /// methods JIT-compiled on this thread meanwhile. Compiled fully optimised up front, so the harness's own loop
    /// is not JIT-compiled (tier-up, OSR) while it measures.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static LoopResult MeasureLoop<T>(Func<T> operation, long[] timestamps, long budget, int minIterations)
        where T : class
    {
        var count = 0;
        var jitBefore = JitInfo.GetCompiledMethodCount(currentThread: true);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var start = Stopwatch.GetTimestamp();
        var previous = start;
        while (count < timestamps.Length)
        {
            Consume(operation());
            var now = Stopwatch.GetTimestamp();
            timestamps[count++] = now - previous;
            previous = now;
            if (now - start >= budget && count >= minIterations)
            {
                break;
            }
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        var jit = JitInfo.GetCompiledMethodCount(currentThread: true) - jitBefore;
        return new LoopResult(count, previous - start, allocated, (int)jit);
    }

    private readonly record struct LoopResult(int Count, long ElapsedTicks, long AllocatedBytes, int JitCompilations);

    /// <summary>
    /// Runs the operation unmeasured: at least the policy's warm-up calls and time, then on until no method has
    /// been JIT-compiled on any thread (tier-up included) for <see cref="RunPolicy.JitQuietWindow"/>, or the
    /// maximum time passes.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static WarmupResult Warmup<T>(Func<T> operation, RunPolicy policy)
        where T : class
    {
        var start = Stopwatch.GetTimestamp();
        var minTicks = ToTicks(policy.WarmupMinTime);
        var maxTicks = ToTicks(policy.WarmupMaxTime);
        var quietTicks = ToTicks(policy.JitQuietWindow);

        var calls = 0;
        var jitCount = JitInfo.GetCompiledMethodCount();
        var quietSince = start;
        var quietCalls = 0;
        while (true)
        {
            Consume(operation());
            calls++;
            quietCalls++;
            var now = Stopwatch.GetTimestamp();
            var compiled = JitInfo.GetCompiledMethodCount();
            if (compiled != jitCount)
            {
                jitCount = compiled;
                quietSince = now;
                quietCalls = 0;
            }

            var settled = now - quietSince >= quietTicks && quietCalls >= 3;
            var enough = calls >= policy.WarmupIterations && now - start >= minTicks;
            if ((enough && settled) || now - start >= maxTicks)
            {
                return new WarmupResult(calls, (double)(now - start) / Stopwatch.Frequency, settled);
            }
        }
    }

    /// <summary>Keeps the result observable so the call cannot be optimised away.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static void Consume<T>(T value)
        where T : class => sink = value;

    private static long ToTicks(TimeSpan time) => (long)(time.TotalSeconds * Stopwatch.Frequency);
}
