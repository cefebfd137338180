using MeetingBot.Channels.BotFramework;
using MeetingBot.Core.Policy;
using MeetingBot.Core.Policy.Index;
using MeetingBot.Host.Storage;

namespace MeetingBot.Host.Bot;

internal static class BotRegistration
{
    /// <summary>The bot behind every channel, and the Bot Framework channel (Teams) at /api/messages.</summary>
    public static IServiceCollection AddMeetingBot(this IServiceCollection services)
    {
        services.AddSingleton(_ => new PolicyQuestions(new PolicyIndex(PolicyLibrary.Load(DemoJointMeetings.SeedsFolder).Documents)));
        services.AddBotFramework<PolicyQuestionsBot>();
        return services;
    }
}
