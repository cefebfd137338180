using Microsoft.Extensions.Logging.Abstractions;
using Quartz.Logging;

namespace MeetingBot.Host.Reminders;

/// <summary>
/// Quartz 3 logs through one static provider per process, set from the logger factory of the host that started it
/// (quartznet/quartznet#1781, #1136). When several hosts live in one process (the tests start dozens, some at the
/// same time), a disposed host's factory stays in use and its ObjectDisposedException stops the next host's
/// scheduler. Quartz is given the current host's factory wrapped so that a disposed one yields a silent logger.
/// </summary>
internal static class QuartzLogging
{
    public static IServiceCollection AddQuartzLogging(this IServiceCollection services)
    {
        // Hosted services are built in registration order: this one before Quartz's, whose scheduler logs as it is built.
        services.AddHostedService<Init>();
        return services;
    }

    private sealed class Init : IHostedService
    {
        public Init(ILoggerFactory factory) => LogContext.SetCurrentLogProvider(new Guarded(factory));

        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private sealed class Guarded(ILoggerFactory inner) : ILoggerFactory
    {
        public ILogger CreateLogger(string categoryName)
        {
            try
            {
                return inner.CreateLogger(categoryName);
            }
            catch (ObjectDisposedException)
            {
                return NullLogger.Instance;
            }
        }

        public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

        public void Dispose()
        {
            // The host owns the factory.
        }
    }
}
