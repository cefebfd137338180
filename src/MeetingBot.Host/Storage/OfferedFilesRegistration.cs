using MeetingBot.Core.Messaging.OfferedFiles;
using MeetingBot.Storage.Entities;
using MeetingBot.Storage.OfferedFiles;

namespace MeetingBot.Host.Storage;

public static class OfferedFilesRegistration
{
    /// <summary>Files offered into people's OneDrive (Teams' file consent), held in the store so any instance can upload them, once.</summary>
    public static IServiceCollection AddOfferedFiles(this IServiceCollection services) =>
        services.AddSingleton<IOfferedFileStore>(sp => new EntityOfferedFileStore(sp.GetRequiredService<IEntityTable>(), sp.GetRequiredService<TimeProvider>()));
}
