using MeetingBot.Core.Conversation;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Domain.Reminders;
using MeetingBot.Core.Messaging;
using MeetingBot.Core.Reminders;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Quartz;

namespace MeetingBot.Host.Reminders;

public static class ReminderRegistration
{
    /// <summary>
    /// The reminder dispatcher and the Quartz trigger that sweeps every minute (and once at start).
    /// </summary>
    /// <remarks>
    /// Every instance runs its own scheduler with the in-memory (RAM) job store, so with several instances every
    /// sweep fires on each of them (protocols.md §8: only the ADO job store clusters, and none exists for Azure
    /// Tables). That is safe because sending is decided by the reminder ledger, not by Quartz: each reminder is
    /// claimed with a conditional insert in the shared store before it is sent, and only the instance whose insert
    /// succeeds sends it; a claim of an instance that stopped is taken over after the lease. Quartz only says "look
    /// now"; a missed or doubled firing costs nothing but a sweep.
    /// </remarks>
    public static IServiceCollection AddMeetingBotReminders(this IServiceCollection services)
    {
        services.AddOptions<ReminderOptions>().BindConfiguration(ReminderOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ReminderOptions>, ReminderOptionsValidator>();
        services.TryAddSingleton<Notifier>();
        services.TryAddSingleton<IReminderPlanner, ReminderPlanner>();
        services.AddSingleton(sp => new ReminderDispatchOptions
        {
            MaxConcurrentDeliveries = sp.GetRequiredService<IOptions<ReminderOptions>>().Value.MaxConcurrentDeliveries,
            ScheduleInputs = ScheduleInputs.Of(ShippedSeeds.Read()),
        });
        services.AddSingleton(sp => new ReminderDispatcher(
            sp.GetRequiredService<IJointMeetingStore>(),
            sp.GetRequiredService<IReminderLedger>(),
            sp.GetRequiredService<IReminderDueIndex>(),
            sp.GetRequiredService<PolicyCatalog>(),
            sp.GetRequiredService<IReminderPlanner>(),
            sp.GetRequiredService<Notifier>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ReminderDispatchOptions>(),
            sp.GetRequiredService<ILogger<ReminderDispatcher>>()));
        // Registered so that a missing dependency fails at start, not at the first firing (protocols.md §8).
        services.AddScoped<ReminderSweepJob>();

        services.AddQuartzLogging();
        services.AddQuartz(q =>
        {
            q.AddJob<ReminderSweepJob>(ReminderSweepJob.Key, job => job.StoreDurably());
            q.AddTrigger(t => t.ForJob(ReminderSweepJob.Key).WithIdentity("reminder-sweep-at-start", "reminders").StartNow());
            // At second 0 of every minute, so a 09:00 reminder leaves at 09:00. After downtime the sweep's own
            // look-back catches up, so Quartz's misfires are dropped rather than replayed.
            q.AddTrigger(t => t.ForJob(ReminderSweepJob.Key).WithIdentity("reminder-sweep-every-minute", "reminders")
                .WithCronSchedule("0 * * * * ?", cron => cron.InTimeZone(TimeZoneInfo.Utc).WithMisfireHandlingInstructionDoNothing()));
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }
}
