using System.Reflection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MeetingBot.Host.Extensions;

internal static class HealthEndpoint
{
    public static readonly string Version = ReadVersion();

    // Health checks rather than a bare MapGet: storage and channel checks will register with AddHealthChecks
    // and turn this endpoint 503 without touching it.
    public static IEndpointConventionBuilder MapHealthEndpoint(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteAsync });

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var status = report.Status == HealthStatus.Healthy ? "ok" : report.Status.ToString().ToLowerInvariant();
        return context.Response.WriteAsJsonAsync(new { status, version = Version });
    }

    private static string ReadVersion()
    {
        var assembly = typeof(HealthEndpoint).Assembly;
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        return informational ?? assembly.GetName().Version?.ToString() ?? "unknown";
    }
}
