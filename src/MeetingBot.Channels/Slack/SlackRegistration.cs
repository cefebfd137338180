using MeetingBot.Channels.Slack.Api;
using MeetingBot.Channels.Slack.Http;
using MeetingBot.Channels.Slack.Rendering;
using MeetingBot.Channels.Slack.Socket;
using MeetingBot.Channels.Slack.Turns;
using MeetingBot.Core.Messaging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace MeetingBot.Channels.Slack;

/// <summary>
/// Wires Slack in front of the conversation when <c>Slack:BotToken</c> is configured (else nothing of it is
/// registered and its endpoints answer 404): the Web API client, the endpoints, DMs as a notification channel.
/// Needs what <c>AddTeams</c> registers (file links, the background work queue) and the store's services.
/// </summary>
public static class SlackRegistration
{
    public static bool IsConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{SlackOptions.Section}:{nameof(SlackOptions.BotToken)}"])
        || !string.IsNullOrWhiteSpace(configuration[$"{SlackOptions.Section}:{nameof(SlackOptions.SigningSecret)}"])
        || !string.IsNullOrWhiteSpace(configuration[$"{SlackOptions.Section}:{nameof(SlackOptions.AppToken)}"]);

    public static IServiceCollection AddSlack(this IServiceCollection services)
    {
        services.AddOptions<SlackOptions>().BindConfiguration(SlackOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SlackOptions>, SlackOptionsValidator>();
        // One client for the process: Slack's host is few, its connections pooled and renewed every few minutes (DNS).
        services.AddSingleton(sp => new SlackApiClient(
            new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = TimeSpan.FromSeconds(15) },
            sp.GetRequiredService<IOptionsMonitor<SlackOptions>>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<SlackPacer>();
        services.AddSingleton<SlackMessages>();
        services.AddSingleton<SlackSender>();
        services.AddSingleton<SlackIdentity>();
        services.AddHostedService(sp => sp.GetRequiredService<SlackIdentity>());
        services.AddSingleton<SlackPeople>();
        services.AddSingleton<SlackDirectMessages>();
        services.AddSingleton<SlackFiles>();
        services.AddSingleton<SlackNotificationChannel>();
        services.AddSingleton<INotificationChannel>(sp => sp.GetRequiredService<SlackNotificationChannel>());
        services.TryAddSingleton<Notifier>();
        services.AddSingleton<SlackBot>();
        services.AddSingleton<SlackAppHome>();
        services.AddSingleton<SlackEvents>();
        services.AddSingleton<SlackInteractions>();
        services.AddSingleton<SlackModalSubmissions>();
        services.AddSingleton<SlackCommands>();
        services.AddSingleton<SlackRequests>();
        services.AddSingleton<SlackEventsEndpoint>();
        services.AddSingleton<SlackInteractionsEndpoint>();
        services.AddSingleton<SlackCommandsEndpoint>();
        services.AddSingleton<SlackSocketMode>();
        services.AddHostedService(sp => sp.GetRequiredService<SlackSocketMode>());
        services.AddSingleton<SlackEventLedgerExpiry>();
        services.AddHostedService(sp => sp.GetRequiredService<SlackEventLedgerExpiry>());
        return services;
    }

    /// <summary>Maps the three Slack endpoints when Slack is registered.</summary>
    public static IEndpointRouteBuilder MapSlack(this IEndpointRouteBuilder endpoints)
    {
        if (endpoints.ServiceProvider.GetService<SlackEventsEndpoint>() is null) return endpoints;
        endpoints.MapPost(SlackEventsEndpoint.Path, (HttpContext http, SlackEventsEndpoint endpoint) => endpoint.HandleAsync(http));
        endpoints.MapPost(SlackInteractionsEndpoint.Path, (HttpContext http, SlackInteractionsEndpoint endpoint) => endpoint.HandleAsync(http));
        endpoints.MapPost(SlackCommandsEndpoint.Path, (HttpContext http, SlackCommandsEndpoint endpoint) => endpoint.HandleAsync(http));
        return endpoints;
    }
}
