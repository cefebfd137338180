using System.CommandLine;

namespace MeetingBot.Host.Cli;

// health [--url <url>]: the container's HEALTHCHECK (the runtime image has no curl): asks the running bot's
// readiness probe and exits 0 when it answers 200.
internal static class HealthCommand
{
    private const int NotHealthy = 3;

    public static Command Create()
    {
        var url = new Option<string?>("--url")
        {
            Description = "The probe to ask (default: http://127.0.0.1:<first of ASPNETCORE_HTTP_PORTS, else 8080>/health/ready).",
        };
        var command = new Command("health", "Ask the running bot whether it is ready (exit 0), not ready (3) or not answering (3).") { url };
        command.SetAction((result, cancellationToken) => RunAsync(result.GetValue(url), result.InvocationConfiguration, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string? url, InvocationConfiguration io, CancellationToken cancellationToken)
    {
        var target = url ?? DefaultUrl(Environment.GetEnvironmentVariable("ASPNETCORE_HTTP_PORTS"));
        if (!Uri.TryCreate(target, UriKind.Absolute, out var probe) || (probe.Scheme != Uri.UriSchemeHttp && probe.Scheme != Uri.UriSchemeHttps))
        {
            io.Error.WriteLine($"error: --url '{target}' is not an absolute http(s) URL.");
            return ExitCodes.InputError;
        }

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await http.GetAsync(probe, cancellationToken);
            io.Output.WriteLine($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
            return response.IsSuccessStatusCode ? ExitCodes.Ok : NotHealthy;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            io.Output.WriteLine($"no answer from {probe}: {e.Message}");
            return NotHealthy;
        }
    }

    internal static string DefaultUrl(string? httpPorts)
    {
        var first = httpPorts?.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        return $"http://127.0.0.1:{(int.TryParse(first, out var port) ? port : 8080)}/health/ready";
    }
}
