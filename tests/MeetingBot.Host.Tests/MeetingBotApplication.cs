using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Host.Tests;

/// <summary>
/// The host as it runs, with its embedded store in a throw-away folder (never the repository's data/), and any
/// other settings a test gives.
/// </summary>
public sealed class MeetingBotApplication : WebApplicationFactory<Program>
{
    private readonly TempFolder data = new();

    /// <summary>Configuration keys set for this host only, after the temporary data folder (so they can replace it).</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    /// <summary>The host's clock, when a test fakes it (else the system clock of the composition root).</summary>
    public TimeProvider? Clock { get; init; }

    public string DataPath => data.Path;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:DataPath", data.Path);
        builder.UseSetting("PolicyFiles:WarmUpRounds", "0"); // seconds of CPU per host on a shared machine; a test of its own turns it on
        foreach (var (key, value) in Settings)
            builder.UseSetting(key, value);
        if (Clock is not null) builder.ConfigureTestServices(services => services.AddSingleton(Clock));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools(); // let go of the database file before the folder goes
        data.Dispose();
    }
}
