using MeetingBot.Core.Conversation;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Domain.Reminders;
using MeetingBot.Core.Messaging;
using MeetingBot.Core.UseCases;
using MeetingBot.Storage.Entities;
using MeetingBot.Storage.JointMeetings;
using MeetingBot.Storage.Messaging;
using MeetingBot.Storage.People;
using MeetingBot.Storage.Reminders;
using Microsoft.Extensions.Options;

namespace MeetingBot.Host.Storage;

public static class StorageRegistration
{
    /// <summary>The configured store, validated on start, initialised (and seeded with demos) before the host serves.</summary>
    public static IServiceCollection AddMeetingBotStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        services.AddSingleton<IEntityTable>(sp => StoreFactory.CreatePrioritizedTable(
            sp.GetRequiredService<IOptions<StorageOptions>>().Value, sp.GetRequiredService<IHostEnvironment>().ContentRootPath));
        // The injected clock, so audit keys follow the same time as everything else (and a test's fake time).
        services.AddSingleton<IJointMeetingStore>(sp => new EntityJointMeetingStore(sp.GetRequiredService<IEntityTable>(), sp.GetRequiredService<TimeProvider>()));
        // The same table as the joint meetings (their own partitions), initialised once by StoreStartup.
        services.AddSingleton<IConversationStore>(sp => new EntityConversationStore(sp.GetRequiredService<IEntityTable>()));
        services.AddSingleton<IReminderLedger>(sp => new EntityReminderLedger(sp.GetRequiredService<IEntityTable>()));
        services.AddSingleton(sp => new EntityJointMeetingLookup(sp.GetRequiredService<IEntityTable>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IJointMeetingLookup>(sp => sp.GetRequiredService<EntityJointMeetingLookup>());
        services.AddSingleton<IPersonMemory>(sp => new EntityPersonMemory(sp.GetRequiredService<IEntityTable>()));
        services.AddSingleton<IReminderDueIndex>(sp => new EntityReminderDueIndex(sp.GetRequiredService<IEntityTable>()));
        services.AddSingleton<IInboundEventLedger>(sp => new EntityInboundEventLedger(sp.GetRequiredService<IEntityTable>()));
        services.AddSingleton<IUndeliveredMessageLog>(sp => new EntityUndeliveredMessageLog(sp.GetRequiredService<IEntityTable>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<EntityPersonLanguages>(sp => new EntityPersonLanguages(sp.GetRequiredService<IEntityTable>()));
        services.AddSingleton<Core.Conversation.People.IPersonLanguages>(sp => sp.GetRequiredService<EntityPersonLanguages>());
        services.AddSingleton<CreateJointMeetingHandler>();
        services.AddHostedService<StoreStartup>();
        services.AddHostedService<PersonLanguagesStartup>();
        services.AddHostedService<LookupHintsBackfill>();
        return services;
    }
}
