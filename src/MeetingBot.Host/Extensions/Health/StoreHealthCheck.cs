using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Storage.Entities;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MeetingBot.Host.Extensions.Health;

/// <summary>Ready when the store answers a point read (of a row that need not exist): one cheap request to Azure Tables.</summary>
internal sealed class StoreHealthCheck(IEntityTable table) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await table.GetAsync("health", "probe", cancellationToken);
            return HealthCheckResult.Healthy("the store answers");
        }
        catch (StoreException e)
        {
            return HealthCheckResult.Unhealthy($"the store does not answer: {e.Message}");
        }
    }
}
