namespace MeetingBot.ChannelBench.Measure;

/// <summary>
/// Samples the host's resident memory and the machine's load average four times a second while a phase runs, so
/// a report can say what the memory was during the load (not only after) and how busy the machine was.
/// </summary>
public sealed class ResourceMonitor : IAsyncDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);
    private readonly int hostPid;
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;
    private readonly object gate = new();
    private long maxRss;
    private double maxLoad;
    private double loadSum;
    private int loadSamples;

    public ResourceMonitor(int hostPid)
    {
        this.hostPid = hostPid;
        loop = Task.Run(() => RunAsync(stop.Token));
    }

    /// <summary>Starts a new window of samples (a phase), forgetting the previous one's.</summary>
    public void Reset()
    {
        lock (gate)
        {
            maxRss = 0;
            maxLoad = 0;
            loadSum = 0;
            loadSamples = 0;
        }
        Sample();
    }

    public ResourceWindow Read()
    {
        Sample();
        lock (gate)
            return new ResourceWindow(maxRss, loadSamples == 0 ? 0 : loadSum / loadSamples, maxLoad);
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await loop;
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
                Sample();
        }
        catch (OperationCanceledException)
        {
            // Disposed: the last window stays readable.
        }
    }

    private void Sample()
    {
        var memory = ProcFs.Memory(hostPid);
        var load = ProcFs.LoadAverage();
        lock (gate)
        {
            if (memory is { } m) maxRss = Math.Max(maxRss, m.Rss);
            maxLoad = Math.Max(maxLoad, load);
            loadSum += load;
            loadSamples++;
        }
    }
}

/// <summary>The host's largest VmRSS and the machine's mean and largest 1-minute load average over a phase.</summary>
public sealed record ResourceWindow(long MaxRssBytes, double MeanLoad, double MaxLoad);
