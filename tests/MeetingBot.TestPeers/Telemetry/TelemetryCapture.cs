using System.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace MeetingBot.TestPeers.Telemetry;

/// <summary>
/// Subscribes to the bot's ActivitySource and Meter with OpenTelemetry's in-memory exporters, as an exporter in
/// production would. Listeners are process-wide: tests that read metrics belong to a collection that does not run
/// in parallel with others (<see cref="TelemetryCollection"/>); spans can be told apart by their trace.
/// </summary>
public sealed class TelemetryCapture : IDisposable
{
    public const string SourceName = "MeetingBot";

    private readonly List<Activity> spans = [];
    private readonly List<MetricSnapshot> metrics = [];
    private readonly TracerProvider tracer;
    private readonly MeterProvider meter;

    public TelemetryCapture()
    {
        // Always on: the host's request activity (made for log scopes, not sampled: no ASP.NET instrumentation here)
        // must not hide the bot's spans under it, as the default parent-based sampler would.
        tracer = Sdk.CreateTracerProviderBuilder().AddSource(SourceName).SetSampler(new AlwaysOnSampler()).AddInMemoryExporter(spans).Build()!;
        meter = Sdk.CreateMeterProviderBuilder().AddMeter(SourceName).AddInMemoryExporter(metrics).Build()!;
    }

    /// <summary>The finished spans so far.</summary>
    public IReadOnlyList<Activity> Spans
    {
        get
        {
            tracer.ForceFlush();
            lock (spans) return spans.ToList();
        }
    }

    /// <summary>Every tag value of every finished span, for checking that no text a person wrote got in.</summary>
    public IEnumerable<string> AllTagValues => Spans.SelectMany(s => s.TagObjects.Select(t => t.Value?.ToString() ?? ""));

    /// <summary>The counter's total over the points whose tags include all of <paramref name="tags"/>.</summary>
    public long Sum(string name, params (string Key, object Value)[] tags) =>
        Points(name, tags).Sum(p => p.GetSumLong());

    /// <summary>How many values the histogram recorded at the points whose tags include all of <paramref name="tags"/>.</summary>
    public long Count(string name, params (string Key, object Value)[] tags) =>
        Points(name, tags).Sum(p => p.GetHistogramCount());

    private IEnumerable<MetricPoint> Points(string name, (string Key, object Value)[] tags)
    {
        meter.ForceFlush();
        MetricSnapshot? latest;
        // Cumulative temporality: the last export holds the totals.
        lock (metrics) latest = metrics.LastOrDefault(m => m.Name == name);
        if (latest is null) return [];
        return latest.MetricPoints.Where(point => tags.All(tag => HasTag(point, tag.Key, tag.Value))).ToList();
    }

    private static bool HasTag(MetricPoint point, string key, object value)
    {
        foreach (var tag in point.Tags)
            if (tag.Key == key) return Equals(tag.Value?.ToString(), value.ToString());
        return false;
    }

    public void Dispose()
    {
        tracer.Dispose();
        meter.Dispose();
    }
}
