using MeetingBot.Core.Domain.Persistence;
using Microsoft.Extensions.Options;

namespace MeetingBot.Host.Storage;

/// <summary>
/// Before the host serves: creates the store's table or schema, and gives a newcomer something to talk to by
/// creating the seed documents' demo joint meetings in an empty embedded store. Joint meetings saved before the
/// lookups by account and conversation existed get theirs (once per store).
/// </summary>
public sealed partial class StoreStartup(
    IJointMeetingStore store, IJointMeetingLookup lookup, DemoJointMeetings demos, IOptions<StorageOptions> options, IHostEnvironment environment, ILogger<StoreStartup> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await store.InitializeAsync(cancellationToken);
        LogStore(logger, StoreFactory.Describe(settings, environment.ContentRootPath));
        await lookup.BackfillAsync(cancellationToken);

        if (settings.ParsedProvider != StorageProvider.Embedded || !settings.SeedDemo)
            return;
        if ((await store.ListAsync(cancellationToken)).Count > 0)
            return;

        var created = await demos.CreateAsync(cancellationToken);
        LogDemos(logger, created.Count, string.Join(", ", created));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Storage: {Where}")]
    private static partial void LogStore(ILogger logger, string where);

    [LoggerMessage(Level = LogLevel.Information, Message = "The store was empty: created {Count} demo joint meetings from the seed documents ({Ids}). Set Storage:SeedDemo=false to start empty.")]
    private static partial void LogDemos(ILogger logger, int count, string ids);
}
