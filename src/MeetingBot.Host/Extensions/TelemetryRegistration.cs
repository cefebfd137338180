using Azure.Monitor.OpenTelemetry.AspNetCore;
using MeetingBot.Core.Telemetry;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace MeetingBot.Host.Extensions;

/// <summary>
/// OpenTelemetry for the bot's own source and meter (<see cref="MeetingBotTelemetry"/>) plus ASP.NET Core and
/// HttpClient: exported over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, to Azure Monitor (Application
/// Insights) when <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is set, both when both are, and not collected at all
/// otherwise, so a local run pays nothing.
/// </summary>
internal static class TelemetryRegistration
{
    public const string ServiceName = "meetingbot";

    public static WebApplicationBuilder AddMeetingBotTelemetry(this WebApplicationBuilder builder)
    {
        var exporters = TelemetryExporters.From(builder.Configuration);
        if (exporters == TelemetryExporters.None) return builder;

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName, serviceVersion: HealthEndpoint.Version))
            .WithTracing(tracing => tracing
                .AddSource(MeetingBotTelemetry.Name)
                // Probes every few seconds would drown the traces that matter.
                .AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments("/health"))
                .AddHttpClientInstrumentation())
            .WithMetrics(metrics => metrics
                .AddMeter(MeetingBotTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation());
        if (exporters.HasFlag(TelemetryExporters.Otlp)) telemetry.UseOtlpExporter();
        if (exporters.HasFlag(TelemetryExporters.AzureMonitor)) telemetry.UseAzureMonitor();
        return builder;
    }
}

[Flags]
public enum TelemetryExporters
{
    None = 0,
    Otlp = 1,
    AzureMonitor = 2,
}

public static class TelemetryExportersExtensions
{
    extension(TelemetryExporters)
    {
        /// <summary>Which exporters the standard environment variables (or configuration keys of the same names) ask for.</summary>
        public static TelemetryExporters From(IConfiguration configuration) =>
            (IsSet(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]) ? TelemetryExporters.Otlp : TelemetryExporters.None)
            | (IsSet(configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"]) ? TelemetryExporters.AzureMonitor : TelemetryExporters.None);
    }

    private static bool IsSet(string? value) => !string.IsNullOrWhiteSpace(value);
}
