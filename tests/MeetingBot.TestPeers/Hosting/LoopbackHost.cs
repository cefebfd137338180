using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MeetingBot.TestPeers.Hosting;

/// <summary>
/// A real Kestrel on http://127.0.0.1 (or https, with a given certificate) with a port the OS picked, serving one request delegate. Built from an empty
/// builder so nothing of the caller's environment leaks in (no appsettings.json, ASPNETCORE_* variables or Kestrel
/// sections that could move the port), with no logging providers so test output stays quiet.
/// </summary>
internal sealed class LoopbackHost : IAsyncDisposable
{
    // Long enough for in-flight answers to finish, short enough that a stuck peer never stalls a test run.
    private static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(5);

    private readonly WebApplication app;

    private LoopbackHost(WebApplication app, Uri baseUrl)
    {
        this.app = app;
        BaseUrl = baseUrl;
    }

    /// <summary>http://127.0.0.1:{port}/ (always with the trailing slash).</summary>
    public Uri BaseUrl { get; }

    /// <param name="certificate">When given, the host serves https with it (for clients that insist on https, such as MSAL).</param>
    /// <param name="webSockets">When true, requests may be upgraded to WebSockets (Slack's Socket Mode stand-in).</param>
    public static async Task<LoopbackHost> StartAsync(RequestDelegate handler, CancellationToken cancellationToken, X509Certificate2? certificate = null, bool webSockets = false)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrelCore();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, 0, listen =>
            {
                if (certificate is not null) listen.UseHttps(certificate);
            });
        });
        // The default console lifetime would hook Ctrl+C and SIGTERM for the whole test process, once per peer.
        builder.Services.AddSingleton<IHostLifetime, SilentLifetime>();
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = ShutdownTimeout);

        var app = builder.Build();
        if (webSockets) app.UseWebSockets();
        app.Run(handler);
        await app.StartAsync(cancellationToken);

        var addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        var bound = new Uri(addresses.Addresses.Single());
        var scheme = certificate is null ? "http" : "https";
        return new LoopbackHost(app, new Uri($"{scheme}://127.0.0.1:{bound.Port}/"));
    }

    public async ValueTask DisposeAsync()
    {
        using (var timeout = new CancellationTokenSource(ShutdownTimeout))
        {
            try
            {
                await app.StopAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                // Gave up waiting for a connection to drain; disposal below closes it anyway.
            }
        }
        await app.DisposeAsync();
    }

    private sealed class SilentLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
