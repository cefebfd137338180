using System.Diagnostics;
using System.Runtime.InteropServices;

namespace MeetingBot.ChannelBench.Load;

/// <summary>
/// Sleeps until a Stopwatch timestamp with sub-millisecond precision: Thread.Sleep rounds to whole milliseconds
/// (too coarse for a 2 ms schedule) and spinning would take a core from the host on a 2-core machine, so the wait is
/// Linux's nanosleep, which wakes within tens of microseconds.
/// </summary>
internal static class PreciseSleep
{
    public static void Until(long timestamp)
    {
        var remaining = timestamp - Stopwatch.GetTimestamp();
        if (remaining <= 0) return;
        var nanoseconds = (long)(remaining * (1e9 / Stopwatch.Frequency));
        var request = new Timespec { Seconds = nanoseconds / 1_000_000_000, Nanoseconds = nanoseconds % 1_000_000_000 };
        try
        {
            _ = nanosleep(ref request, IntPtr.Zero);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            Thread.Sleep(TimeSpan.FromTicks(Math.Max(1, nanoseconds / 100)));
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int nanosleep(ref Timespec request, IntPtr remaining);
}
