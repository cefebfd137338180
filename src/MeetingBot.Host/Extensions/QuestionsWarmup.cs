using MeetingBot.Core.Policy.Index;

namespace MeetingBot.Host.Extensions;

/// <summary>
/// Loads the question index's word dictionary once the host has started, on a pool thread, so that start-up stays
/// fast and the first person to ask a question does not wait seconds for it.
/// </summary>
internal sealed partial class QuestionsWarmup(IHostApplicationLifetime lifetime, ILogger<QuestionsWarmup> log) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() => ThreadPool.UnsafeQueueUserWorkItem(_ => Warm(), null));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Warm()
    {
        try
        {
            PolicyIndex.Warm();
        }
        catch (Exception e)
        {
            // Not fatal to the host: questions will fail visibly the same way, and the rest of the bot keeps working.
            LogFailed(log, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not load the question index's word dictionary ahead of the first question")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
