using MeetingBot.Channels.BotFramework.Rendering;
using MeetingBot.Channels.Slack;
using MeetingBot.Channels.Slack.Rendering;
using MeetingBot.Channels.Teams;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Domain.Reminders;
using MeetingBot.Core.Reporting;
using MeetingBot.Host.Calendar;
using MeetingBot.Host.Storage;
using Microsoft.Extensions.Options;

namespace MeetingBot.Host.Bot;

internal static class BotRegistration
{
    /// <summary>
    /// The conversation every channel talks to (over the configured store and the policy documents beside the
    /// host), and the Bot Framework channel (Teams) at /api/messages in front of it.
    /// </summary>
    public static IServiceCollection AddMeetingBot(this IServiceCollection services)
    {
        // The seeds and the documents imported with joint meetings, so each answers from its own document.
        services.AddSingleton(sp => new PolicyCatalog(PolicyDocuments.Load(
            sp.GetRequiredService<IOptions<StorageOptions>>().Value, sp.GetRequiredService<IHostEnvironment>().ContentRootPath)));
        services.AddSingleton(sp => new JointMeetingDirectory(sp.GetRequiredService<IJointMeetingStore>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IJointMeetingLookup>(), sp.GetRequiredService<IPersonMemory>()));
        services.AddOptions<CalendarOptions>().BindConfiguration(CalendarOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<CalendarOptions>, CalendarOptionsValidator>();
        services.AddSingleton(sp => MeetingBotConversation.Create(
            sp.GetRequiredService<IJointMeetingStore>(),
            sp.GetRequiredService<PolicyCatalog>(),
            // Teams and the web chat both render Adaptive Cards; with Slack on, a card must also fit Slack's blocks.
            sp.GetRequiredService<IOptions<SlackOptions>>().Value.Enabled
                ? new TightestCardBudget(AdaptiveCardBudget.Instance, SlackCardBudget.Instance)
                : AdaptiveCardBudget.Instance,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<JointMeetingDirectory>(),
            sp.GetService<IReminderLedger>(),
            sp.GetRequiredService<ILogger<ConversationHandler>>(),
            sp.GetService<Core.Conversation.People.IPersonLanguages>(),
            sp.GetService<IDashboardLinks>(),
            // Documents sent in chat are held and kept in the store, so that every instance and a restart see them.
            sp.GetRequiredService<Core.Policy.Files.IPolicyFileStore>(),
            sp.GetRequiredService<IOptions<CalendarOptions>>().Value.ToAddresses()));
        services.AddPolicyFiles();
        services.AddOfferedFiles();
        services.AddTeams();
        return services;
    }
}
