using MeetingBot.Channels.BotFramework.Auth;
using MeetingBot.Channels.BotFramework.Connector;
using MeetingBot.Channels.BotFramework.Http;
using MeetingBot.Channels.BotFramework.Proactive;
using MeetingBot.Channels.BotFramework.Turns;
using MeetingBot.Channels.Files;
using MeetingBot.Core.Messaging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace MeetingBot.Channels.BotFramework;

/// <summary>Wires the Bot Framework channel: options, inbound authentication, the Connector client, the turn pipeline.</summary>
public static class BotFrameworkRegistration
{
    /// <summary>Registers the channel around <typeparamref name="TBot"/>. The host must also register the conversation reference store, the undelivered log and the clock (TimeProvider).</summary>
    public static IServiceCollection AddBotFramework<TBot>(this IServiceCollection services) where TBot : class, IBot
    {
        services.AddOptions<BotFrameworkOptions>()
            .Configure<IConfiguration>(BindOptions)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotFrameworkOptions>, BotFrameworkOptionsValidator>();
        services.AddOptions<ConnectorRetryOptions>().BindConfiguration(ConnectorRetryOptions.Section);
        services.AddOptions<TurnOptions>().BindConfiguration(TurnOptions.Section);
        services.AddOptions<GlobalRateOptions>().BindConfiguration(GlobalRateOptions.Section);

        services.AddSingleton(sp => sp.GetRequiredService<IOptions<BotFrameworkOptions>>().Value);
        services.AddSingleton(sp => CloudEndpoints.From(sp.GetRequiredService<BotFrameworkOptions>()));
        services.AddSingleton<BotHttpClients>();
        services.AddSingleton(CreateValidator);
        services.AddSingleton(CreateTokenSource);
        services.AddSingleton<ServiceUrlTrust>();
        // Teams' global limit is per app and tenant: a pacer each.
        services.AddSingleton(sp => new TenantPacers(() => new GlobalPacer(sp.GetRequiredService<IOptions<GlobalRateOptions>>().Value, sp.GetRequiredService<TimeProvider>())));
        services.AddSingleton(sp => new ConnectorClient(
            sp.GetRequiredService<BotHttpClients>().Connector,
            sp.GetRequiredService<IConnectorTokenSource>(),
            sp.GetRequiredService<ServiceUrlTrust>(),
            ConnectorRetry.Build(sp.GetRequiredService<IOptions<ConnectorRetryOptions>>().Value, sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<TenantPacers>())));
        services.AddSingleton<ConversationPacer>();
        services.AddSingleton<MessageSender>();
        services.AddSingleton<ConversationReferences>();
        services.AddSingleton<ProactiveMessenger>();
        services.AddSingleton<BackgroundWork>();
        services.AddHostedService(sp => sp.GetRequiredService<BackgroundWork>());
        services.AddHostedService<ConversationReferencesStartup>();
        services.AddSingleton<IBot, TBot>();
        services.AddSingleton<BotAdapter>();
        services.AddSingleton<MessagesEndpoint>();
        return services;
    }

    public static IEndpointConventionBuilder MapBotFramework(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(MessagesEndpoint.Path, (Microsoft.AspNetCore.Http.HttpContext http, MessagesEndpoint endpoint) => endpoint.HandleAsync(http));

    // The identity keys sit at the configuration root, as in every Bot Framework sample; the rest under BotFramework.
    private static void BindOptions(BotFrameworkOptions options, IConfiguration configuration)
    {
        configuration.GetSection(BotFrameworkOptions.Section).Bind(options);
        options.MicrosoftAppId = Blank(configuration["MicrosoftAppId"]) ?? options.MicrosoftAppId;
        options.MicrosoftAppPassword = Blank(configuration["MicrosoftAppPassword"]) ?? options.MicrosoftAppPassword;
        options.MicrosoftAppType = Blank(configuration["MicrosoftAppType"]) ?? options.MicrosoftAppType;
        options.MicrosoftAppTenantId = Blank(configuration["MicrosoftAppTenantId"]) ?? options.MicrosoftAppTenantId;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static InboundTokenValidator CreateValidator(IServiceProvider sp)
    {
        var options = sp.GetRequiredService<BotFrameworkOptions>();
        var endpoints = sp.GetRequiredService<CloudEndpoints>();
        var http = sp.GetRequiredService<BotHttpClients>().Identity;
        var time = sp.GetRequiredService<TimeProvider>();
        return new InboundTokenValidator(options, endpoints,
            new OpenIdKeySource(endpoints.ChannelMetadataUrl, http, time),
            new OpenIdKeySource(endpoints.EntraMetadataUrl, http, time),
            time);
    }

    private static IConnectorTokenSource CreateTokenSource(IServiceProvider sp)
    {
        var options = sp.GetRequiredService<BotFrameworkOptions>();
        var endpoints = sp.GetRequiredService<CloudEndpoints>();
        if (options.IsDevelopmentMode) return new NoConnectorToken();
        if (options.AppType == BotAppType.UserAssignedMSI) return new ManagedIdentityTokenSource(options, endpoints);
        // MSAL insists on https authorities; a plain-http loopback stand-in gets the same request made directly.
        return endpoints.TokenEndpoint.Scheme == Uri.UriSchemeHttp
            ? new ClientCredentialsTokenSource(options, endpoints, sp.GetRequiredService<BotHttpClients>().Identity, sp.GetRequiredService<TimeProvider>())
            : new MsalTokenSource(options, endpoints);
    }
}
