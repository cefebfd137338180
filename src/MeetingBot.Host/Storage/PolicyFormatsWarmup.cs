using MeetingBot.Core.Policy.Formats;
using Microsoft.Extensions.Options;

namespace MeetingBot.Host.Storage;

/// <summary>
/// Reads a small plan as Word and PDF in the background once the host has started (<see cref="FormatWarmup"/>), so
/// that the first document a person sends is read with the code already compiled and optimised: measured with
/// bench/MeetingBot.FormatBench, the 30-page PDF's first import goes from 0.5–1.2 s to about 0.1–0.2 s. The host
/// serves meanwhile. <c>PolicyFiles:WarmUpRounds</c> (default <see cref="FormatWarmup.DefaultRounds"/>; 0: none).
/// </summary>
public sealed partial class PolicyFormatsWarmup(IOptions<PolicyFilesOptions> options, ILogger<PolicyFormatsWarmup> log) : BackgroundService
{
    /// <summary>How long the warm-up took, once it has read its plans; null before, or when it failed or is off.</summary>
    public TimeSpan? Took { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var rounds = options.Value.WarmUpRounds;
        if (rounds == 0) return;
        try
        {
            var took = await Task.Run(() => FormatWarmup.Run(rounds, stoppingToken), stoppingToken);
            Took = took;
            LogDone(log, rounds, (long)took.TotalMilliseconds);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            // Nothing depends on it but the speed of the first import; a parser that fails here fails loudly in the log.
            LogFailed(log, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Policy document reading warmed up ({Rounds} rounds of a small Word and PDF plan) in {Milliseconds} ms")]
    private static partial void LogDone(ILogger logger, int rounds, long milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Warming up policy document reading failed; the first import will be slower")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
