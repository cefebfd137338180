using MeetingBot.Core.Conversation.Features.Import;
using MeetingBot.Storage.Priority;
using Microsoft.Extensions.Options;

namespace MeetingBot.Host.Storage;

/// <summary>
/// Reads the kept originals into the catalog before the host serves (after <see cref="StoreStartup"/>), so that a
/// restarted host answers from the version the convenor confirmed last, and again every few seconds, so that a
/// document another instance kept is answered from here too.
/// </summary>
public sealed partial class KeptDocumentsSync(KeptDocuments kept, IOptions<PolicyFilesOptions> options, TimeProvider time, ILogger<KeptDocumentsSync> log)
    : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        var read = await kept.SyncAsync(cancellationToken);
        if (read.Count > 0) LogRead(log, read.Count, string.Join(", ", read));
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var background = BackgroundStoreWork.Begin();
        var every = TimeSpan.FromSeconds(options.Value.SyncSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(every, time, stoppingToken);
                var read = await kept.SyncAsync(stoppingToken);
                if (read.Count > 0) LogRead(log, read.Count, string.Join(", ", read));
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The store may be down for a moment; the documents already read keep answering.
                LogFailed(log, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Read {Count} kept policy documents from the store: {Names}")]
    private static partial void LogRead(ILogger logger, int count, string names);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not look for policy documents kept by other instances; will try again")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
