using MeetingBot.Host.Extensions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.WebChat.Tests.Infrastructure;

/// <summary>
/// The real host, composed as Program.cs composes it and started with the arguments a user would give
/// (`--urls http://127.0.0.1:0 --Storage:DataPath=…`): a real Kestrel on a free loopback port, a fresh embedded
/// store in a throw-away folder (seeded with the demo joint meetings), the web chat on as configured, and the
/// clock of <see cref="TestClock"/> (a fake one that stands still: nothing here waits on it).
/// </summary>
public sealed class WebChatHost : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly string dataPath;

    private WebChatHost(WebApplication app, string dataPath, Uri baseUrl, HostLog log)
    {
        this.app = app;
        this.dataPath = dataPath;
        BaseUrl = baseUrl;
        Log = log;
    }

    /// <summary>http://127.0.0.1:{port}/</summary>
    public Uri BaseUrl { get; }

    public HostLog Log { get; }

    /// <summary>The host's services, for a test to read the store it checks a page against.</summary>
    public IServiceProvider Services => app.Services;

    public static async Task<WebChatHost> StartAsync(params string[] extraArgs)
    {
        var dataPath = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"meetingbot-webchat-{Guid.NewGuid():N}")).FullName;
        string[] args = ["--urls", "http://127.0.0.1:0", $"--Storage:DataPath={dataPath}", .. extraArgs];
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        var log = new HostLog();
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(log);
        builder.AddMeetingBotHost();
        builder.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(TestClock.Start));
        var app = builder.Build();
        app.MapMeetingBotEndpoints();
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            Directory.Delete(dataPath, recursive: true);
            throw;
        }

        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single());
        return new WebChatHost(app, dataPath, new Uri($"http://127.0.0.1:{address.Port}/"), log);
    }

    public async ValueTask DisposeAsync()
    {
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
        {
            try
            {
                await app.StopAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                // A browser's poll still open: disposal closes it.
            }
        }
        await app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools(); // let go of the database file before the folder goes
        Directory.Delete(dataPath, recursive: true);
    }
}
