namespace MeetingBot.Host.Extensions.Health;

internal static class HealthRegistration
{
    /// <summary>The checks behind /health/ready (and /health): store, signing keys, reminder scheduler.</summary>
    public static IServiceCollection AddMeetingBotHealthChecks(this IServiceCollection services)
    {
        // Probes wait a few seconds at most; a check that hangs is as bad as one that fails.
        var timeout = TimeSpan.FromSeconds(5);
        services.AddHealthChecks()
            .AddCheck<StoreHealthCheck>("store", tags: [HealthEndpoint.Ready], timeout: timeout)
            .AddCheck<SigningKeysHealthCheck>("signing-keys", tags: [HealthEndpoint.Ready], timeout: timeout)
            .AddCheck<ReminderSchedulerHealthCheck>("reminder-scheduler", tags: [HealthEndpoint.Ready], timeout: timeout);
        return services;
    }
}
