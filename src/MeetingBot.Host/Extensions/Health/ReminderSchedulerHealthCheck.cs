using MeetingBot.Host.Reminders;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Quartz;

namespace MeetingBot.Host.Extensions.Health;

/// <summary>Ready when the Quartz scheduler that triggers the reminder sweep has started and is not shut down or paused.</summary>
internal sealed class ReminderSchedulerHealthCheck(ISchedulerFactory schedulers, IOptions<ReminderOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        if (scheduler.IsShutdown) return HealthCheckResult.Unhealthy("the reminder scheduler has shut down");
        if (!scheduler.IsStarted || scheduler.InStandbyMode) return HealthCheckResult.Unhealthy("the reminder scheduler has not started");
        if (await scheduler.GetJobDetail(ReminderSweepJob.Key, cancellationToken) is null)
            return HealthCheckResult.Unhealthy("the reminder sweep is not scheduled");
        return HealthCheckResult.Healthy(options.Value.Enabled ? "the reminder scheduler runs" : "the reminder scheduler runs; reminders are switched off (Reminders:Enabled=false)");
    }
}
