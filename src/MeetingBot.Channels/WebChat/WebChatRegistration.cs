using System.Security.Cryptography;
using MeetingBot.Channels.BotFramework.Rendering;
using MeetingBot.Channels.WebChat.DirectLine;
using MeetingBot.Channels.WebChat.Personas;
using MeetingBot.Core.Messaging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace MeetingBot.Channels.WebChat;

/// <summary>Wires the built-in web chat: options, tokens, the in-memory conversations, its bot and notification channel.</summary>
public static class WebChatRegistration
{
    /// <summary>
    /// Registers the web chat beside the conversation handler (its activities are rendered like Teams', by
    /// <see cref="OutgoingActivities"/>, which needs file links: see <c>AddTeams</c>); registers <see cref="Notifier"/> if nobody has.
    /// </summary>
    public static IServiceCollection AddWebChat(this IServiceCollection services)
    {
        services.AddOptions<WebChatOptions>().Configure<IConfiguration>(WebChatOptions.Bind).ValidateOnStart();
        services.AddSingleton<IValidateOptions<WebChatOptions>, WebChatOptionsValidator>();
        services.AddSingleton(CreateTokens);
        services.AddSingleton<DirectLineConversations>();
        services.AddSingleton<DirectLineAccess>();
        services.AddSingleton<StreamTickets>();
        services.TryAddSingleton<OutgoingActivities>();
        services.AddSingleton<WebChatBot>();
        services.AddSingleton<PersonaSessions>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<INotificationChannel, WebChatNotificationChannel>());
        services.TryAddSingleton<Notifier>();
        return services;
    }

    /// <summary>Maps /v3/directline and /webchat when the web chat is enabled; maps nothing (so every route is 404) when not.</summary>
    public static IEndpointRouteBuilder MapWebChat(this IEndpointRouteBuilder endpoints)
    {
        if (!endpoints.ServiceProvider.GetRequiredService<IOptions<WebChatOptions>>().Value.IsEnabled) return endpoints;
        // The stream is a WebSocket; the middleware only upgrades requests that ask for it.
        if (endpoints is IApplicationBuilder app) app.UseWebSockets();
        endpoints.MapDirectLine();
        endpoints.MapWebChatPersonas();
        return endpoints;
    }

    private static DirectLineTokens CreateTokens(IServiceProvider sp)
    {
        var options = sp.GetRequiredService<IOptions<WebChatOptions>>().Value;
        // No configured key: a random one, so tokens die with the process, as the conversations they point to do.
        var key = options.SigningKey is { } secret ? DirectLineTokens.DeriveKey(secret) : RandomNumberGenerator.GetBytes(32);
        return new DirectLineTokens(key, options.TokenLifetime, sp.GetRequiredService<TimeProvider>());
    }
}
