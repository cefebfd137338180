using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Host.Storage;

namespace MeetingBot.Host.Cli;

/// <summary>
/// The store as the web host would open it: the same settings (appsettings.json of the content root, then
/// environment variables such as <c>Storage__Provider</c>) and the same content root, so both see the same data.
/// </summary>
internal sealed class CliStorage(TimeProvider clock, IReadOnlyDictionary<string, string?>? overrides = null)
{
    public static string ContentRoot => Directory.GetCurrentDirectory();

    /// <summary>The configured store, or null with the reasons written to <paramref name="error"/>.</summary>
    public async Task<(IJointMeetingStore? Store, StorageOptions Options)> OpenAsync(TextWriter error, CancellationToken cancellationToken)
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(ContentRoot)
            .AddJsonFile("appsettings.json", optional: true)
            .AddJsonFile($"appsettings.{Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? "Production"}.json", optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(overrides ?? new Dictionary<string, string?>())
            .Build();
        var options = new StorageOptions();
        configuration.GetSection(StorageOptions.Section).Bind(options);

        var failures = StorageOptionsValidator.Check(options).ToList();
        foreach (var failure in failures)
            error.WriteLine($"error: {failure}");
        if (failures.Count > 0)
            return (null, options);

        var store = StoreFactory.CreateStore(options, ContentRoot, clock);
        await store.InitializeAsync(cancellationToken);
        return (store, options);
    }
}
