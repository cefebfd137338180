using MeetingBot.Storage.JointMeetings;
using MeetingBot.Storage.Priority;

namespace MeetingBot.Host.Storage;

/// <summary>
/// Writes the global lookup hints of joint meetings saved before they existed, once per store, in the background: a
/// province's ten thousand joint meetings do not hold up the start, and until it is done lookups find joint meetings
/// the old way (a search across partitions). A failure is retried a minute later; several instances may run it at once.
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
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e);
            }
            await Task.Delay(RetryAfter, time, stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Lookup hints written for {Count} joint meetings saved before they existed; lookups now read one partition.")]
    private static partial void LogDone(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Writing the lookup hints failed; lookups search across partitions until it is retried.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
