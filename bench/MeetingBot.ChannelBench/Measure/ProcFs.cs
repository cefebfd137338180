using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace MeetingBot.ChannelBench.Measure;

/// <summary>What Linux's /proc tells about a process, the machine's CPUs and its load; the bench's only probe.</summary>
public static partial class ProcFs
{
    private const int ScClockTicks = 2; // _SC_CLK_TCK on Linux

    /// <summary>Clock ticks per second, the unit of the CPU times in /proc (100 on nearly every kernel).</summary>
    public static readonly long TicksPerSecond = ReadTicksPerSecond();

    /// <summary>VmRSS and VmHWM (peak resident set) in bytes; null once the process is gone.</summary>
    public static (long Rss, long Peak)? Memory(int pid)
    {
        try
        {
            long rss = 0, peak = 0;
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal)) rss = Kilobytes(line);
                else if (line.StartsWith("VmHWM:", StringComparison.Ordinal)) peak = Kilobytes(line);
            }

            return (rss, peak);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>User + system CPU of a process (own) and of its children it has waited for (reaped), in ticks.</summary>
    public static (long Own, long ReapedChildren) ProcessCpu(string pid)
    {
        var fields = StatFields(File.ReadAllText($"/proc/{pid}/stat"));
        return (fields.UserTicks + fields.SystemTicks, fields.ChildUserTicks + fields.ChildSystemTicks);
    }

    /// <summary>CPU ticks of each thread of a process, summed by thread name with digits dropped (".NET TP Worker", ".NET Server GC").</summary>
    public static Dictionary<string, long> ThreadCpu(int pid)
    {
        var byName = new Dictionary<string, long>(StringComparer.Ordinal);
        string[] tasks;
        try
        {
            tasks = Directory.GetDirectories($"/proc/{pid}/task");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return byName;
        }

        foreach (var task in tasks)
        {
            try
            {
                var stat = File.ReadAllText(Path.Combine(task, "stat"));
                var name = Digits().Replace(stat[(stat.IndexOf('(') + 1)..stat.LastIndexOf(')')], "").Trim();
                var fields = StatFields(stat);
                byName[name] = byName.GetValueOrDefault(name) + fields.UserTicks + fields.SystemTicks;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The thread ended between listing and reading: its time is lost to this sample, not to the run.
            }
        }

        return byName;
    }

    /// <summary>The machine's busy and total CPU ticks over all cores (first line of /proc/stat).</summary>
    public static (long Busy, long Total) MachineCpu()
    {
        var first = File.ReadLines("/proc/stat").First();
        var values = first.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Take(8)
            .Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        // user nice system idle iowait irq softirq steal: idle and iowait are the not-busy ones.
        var total = values.Sum();
        return (total - values[3] - values[4], total);
    }

    /// <summary>The 1-minute load average.</summary>
    public static double LoadAverage() =>
        double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture);

    private static long Kilobytes(string line) =>
        1024 * long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);

    // The command name in parentheses may hold spaces, so fields are counted from the last ')'.
    private static (long UserTicks, long SystemTicks, long ChildUserTicks, long ChildSystemTicks) StatFields(string stat)
    {
        var after = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        long Field(int number) => long.Parse(after[number - 3], CultureInfo.InvariantCulture);
        return (Field(14), Field(15), Field(16), Field(17));
    }

    private static long ReadTicksPerSecond()
    {
        try
        {
            var ticks = sysconf(ScClockTicks);
            return ticks > 0 ? ticks : 100;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return 100;
        }
    }

    [DllImport("libc", SetLastError = false)]
    private static extern long sysconf(int name);

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Digits();
}
