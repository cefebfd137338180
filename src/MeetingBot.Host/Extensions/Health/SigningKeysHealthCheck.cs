using MeetingBot.Channels.BotFramework.Auth;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MeetingBot.Host.Extensions.Health;

/// <summary>
/// Ready when the signing keys of the channel's and Entra's OpenID metadata have been fetched, so the first
/// message is not the one that waits for them (or is refused because they cannot be had). The probe fetches them
/// when missing; afterwards it answers from the cache. Local development mode checks no tokens and needs none.
/// </summary>
internal sealed class SigningKeysHealthCheck(BotFrameworkOptions options, InboundTokenValidator validator) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (options.IsDevelopmentMode) return HealthCheckResult.Healthy("local development mode: no tokens to check");
        foreach (var source in validator.KeySources)
        {
            try
            {
                var keys = await source.GetAsync(cancellationToken);
                if (keys.ByKid.Count == 0) return HealthCheckResult.Unhealthy($"{source.MetadataUrl} lists no signing keys");
            }
            catch (Exception e) when (e is HttpRequestException or IOException or InvalidOperationException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                return HealthCheckResult.Unhealthy($"the signing keys of {source.MetadataUrl} could not be fetched: {e.Message}");
            }
        }
        return HealthCheckResult.Healthy("signing keys fetched");
    }
}
