using MeetingBot.Channels.BotFramework;
using MeetingBot.Channels.BotFramework.Rendering;
using MeetingBot.Channels.Files;
using MeetingBot.Channels.Teams.FileConsent;
using MeetingBot.Core.Messaging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MeetingBot.Channels.Teams;

/// <summary>Wires Teams: the Bot Framework channel around <see cref="TeamsBot"/>, file links, and Teams as a notification channel.</summary>
public static class TeamsRegistration
{
    /// <summary>
    /// Registers Teams in front of the conversation, with file links for the files it sends, and Teams as a
    /// <see cref="INotificationChannel"/> of the <see cref="Notifier"/> (reminders). The host must also register the
    /// <see cref="Core.Conversation.ConversationHandler"/>, and map <see cref="FileLinkEndpoint.MapFileLinks"/> beside
    /// <see cref="BotFrameworkRegistration.MapBotFramework"/>.
    /// </summary>
    public static IServiceCollection AddTeams(this IServiceCollection services)
    {
        services.AddFileLinks();
        services.AddSingleton<KnownPeople>();
        services.AddSingleton<TeamsAttachments>();
        services.AddFileConsent();
        services.TryAddSingleton<OutgoingActivities>();
        services.AddSingleton<TeamsNotificationChannel>();
        services.AddSingleton<INotificationChannel>(sp => sp.GetRequiredService<TeamsNotificationChannel>());
        services.TryAddSingleton<Notifier>();
        return services.AddBotFramework<TeamsBot>();
    }
}
