using System.Reflection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MeetingBot.Host.Extensions;

/// <summary>
/// /health/live: the process answers (no check: a liveness probe that fails restarts the instance, which cures
/// nothing when the store is down). /health/ready: the store answers, the signing keys were fetched, the reminder
/// scheduler runs; 503 until then, so App Service and Container Apps send no traffic. /health: every check, as before.
/// </summary>
internal static class HealthEndpoint
{
    public const string Ready = "ready";

    public static readonly string Version = ReadVersion();

    public static IEndpointRouteBuilder MapHealthEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteAsync });
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready), ResponseWriter = WriteAsync });
        return endpoints;
    }

    // Each check's state and why, so whoever reads a failing probe sees what is missing (no secrets are in these texts).
    private static Task WriteAsync(HttpContext context, HealthReport report) =>
        context.Response.WriteAsJsonAsync(new
        {
            status = StatusText(report.Status),
            version = Version,
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = StatusText(e.Value.Status), description = e.Value.Description }),
        });

    private static string StatusText(HealthStatus status) => status == HealthStatus.Healthy ? "ok" : status.ToString().ToLowerInvariant();

    private static string ReadVersion()
    {
        var assembly = typeof(HealthEndpoint).Assembly;
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        return informational ?? assembly.GetName().Version?.ToString() ?? "unknown";
    }
}
