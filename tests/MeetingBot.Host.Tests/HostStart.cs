using MeetingBot.Host.Extensions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

namespace MeetingBot.Host.Tests;

/// <summary>
/// Starts the host's composition (what Program.cs does) without WebApplicationFactory, for tests of start-up
/// failures: the factory races its own disposal when a host fails to start and may report ObjectDisposedException
/// instead of the real error (dotnet/aspnetcore#33494).
/// </summary>
public static class HostStart
{
    public static async Task StartAndStopAsync(IReadOnlyDictionary<string, string?> settings)
    {
        using var data = new TempFolder();
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataPath"] = data.Path });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddMeetingBotHost();
        await using var app = builder.Build();
        app.MapMeetingBotEndpoints();
        await app.StartAsync();
        await app.StopAsync();
    }
}
