using MeetingBot.Storage.People;

namespace MeetingBot.Host.Storage;

/// <summary>Reads the languages people chat in once the store is ready (after <see cref="StoreStartup"/>), before the first notice or reminder.</summary>
public sealed class PersonLanguagesStartup(EntityPersonLanguages languages) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => languages.LoadAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
