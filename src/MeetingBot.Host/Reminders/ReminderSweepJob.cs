using MeetingBot.Core.Reminders;
using MeetingBot.Core.Telemetry;
using MeetingBot.Storage.Priority;
using Microsoft.Extensions.Options;
using Quartz;

namespace MeetingBot.Host.Reminders;

/// <summary>
/// Runs one reminder sweep. Thin on purpose: what is due, the claim and the delivery are the dispatcher's. Never
/// two sweeps at once in one instance (a long fan-out delays the next minute's sweep instead of racing it).
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class ReminderSweepJob(ReminderDispatcher dispatcher, IOptions<ReminderOptions> options, ILogger<ReminderSweepJob> logger) : IJob
{
    public static readonly JobKey Key = new("reminder-sweep", "reminders");

    public async Task Execute(IJobExecutionContext context)
    {
        if (!options.Value.Enabled) return;
        // The sweep's store calls make room for people's (turns answered while a fan-out runs).
        using var background = BackgroundStoreWork.Begin();
        try
        {
            var summary = await dispatcher.SweepAsync(context.CancellationToken);
            context.Result = summary;
            if (summary != ReminderSweepSummary.None) LogSwept(logger, summary.ToString());
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            // Shutting down: claims left unfinished are taken over after their lease.
        }
        catch (Exception ex)
        {
            // One catch per job: the next minute's sweep tries again; nothing claimed is lost (the lease recovers it).
            LogSweepFailed(logger, ex);
            MeetingBotTelemetry.ReminderSweepEnded(null, "failed", 0);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminder sweep: {Summary}")]
    private static partial void LogSwept(ILogger logger, string summary);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reminder sweep failed; the next one tries again")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
