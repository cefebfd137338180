using MeetingBot.Channels.BotFramework;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Policy;
using MeetingBot.Host.Storage;

namespace MeetingBot.Host.Bot;

internal static class BotRegistration
{
    /// <summary>
    /// The conversation every channel talks to (over the configured store and the policy documents beside the
    /// host), and the Bot Framework channel (Teams) at /api/messages in front of it.
    /// </summary>
    public static IServiceCollection AddMeetingBot(this IServiceCollection services)
    {
        // The host knows the seed documents; joint meetings made from other files answer from all of these.
        services.AddSingleton(_ => new PolicyCatalog(PolicyLibrary.Load(DemoJointMeetings.SeedsFolder).Documents));
        services.AddSingleton(sp => new JointMeetingDirectory(sp.GetRequiredService<IJointMeetingStore>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => MeetingBotConversation.Create(
            sp.GetRequiredService<IJointMeetingStore>(),
            sp.GetRequiredService<PolicyCatalog>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<JointMeetingDirectory>()));
        services.AddConversationBot();
        return services;
    }
}
