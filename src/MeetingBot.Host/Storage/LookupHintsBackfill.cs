using MeetingBot.Storage.JointMeetings;
using MeetingBot.Storage.Priority;

namespace MeetingBot.Host.Storage;

/// <summary>
/// Writes the global lookup hints of joint meetings saved before they existed, once per store, in the background: a
/// province's ten thousand joint meetings do not hold up the start, and until it is done lookups find joint meetings
/// the old way (a search across partitions). A failure is retried a minute later; several instances may run it at once.
/// Then, while instances of the version before may still be saving (a rolling upgrade), it re-checks every minute what
/// they saved since and writes its hints (<see cref="UpgradeRecheck"/>), until none was seen for a day.
/// </summary>
public sealed partial class LookupHintsBackfill(EntityJointMeetingLookup lookup, TimeProvider time, ILogger<LookupHintsBackfill> logger) : BackgroundService
{
    private static readonly TimeSpan RetryAfter = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var background = BackgroundStoreWork.Begin();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var written = await lookup.BackfillHintsAsync(stoppingToken);
                if (written > 0) LogDone(logger, written);
                break;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e);
            }
            await Task.Delay(RetryAfter, time, stoppingToken);
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var recheck = await lookup.RecheckAfterUpgradeAsync(stoppingToken);
                if (recheck.Rehinted > 0) LogOldSaves(logger, recheck.Rehinted);
                if (recheck.Finished) return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogRecheckFailed(logger, e);
            }
            await Task.Delay(UpgradeRecheck.Every, time, stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Lookup hints written for {Count} joint meetings saved by an instance of the version before (a rolling upgrade in progress).")]
    private static partial void LogOldSaves(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Re-checking the joint meetings saved by instances of the version before failed; retried in a minute.")]
    private static partial void LogRecheckFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Lookup hints written for {Count} joint meetings saved before they existed; lookups now read one partition.")]
    private static partial void LogDone(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Writing the lookup hints failed; lookups search across partitions until it is retried.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
