using MeetingBot.Core.Conversation;
using MeetingBot.Core.Conversation.Features.Import;
using MeetingBot.Core.Policy.Files;
using MeetingBot.Storage.Entities;
using MeetingBot.Storage.PolicyFiles;

namespace MeetingBot.Host.Storage;

public static class PolicyFilesRegistration
{
    /// <summary>
    /// Policy files sent in chat, held and kept in the store (so every instance sees them), and the kept originals
    /// read into the catalog at start and every <see cref="PolicyFilesOptions.SyncSeconds"/> after.
    /// </summary>
    public static IServiceCollection AddPolicyFiles(this IServiceCollection services)
    {
        services.AddOptions<PolicyFilesOptions>().BindConfiguration(PolicyFilesOptions.Section)
            .Validate(o => o.SyncSeconds is >= 1 and <= 3600, $"{PolicyFilesOptions.Section}:{nameof(PolicyFilesOptions.SyncSeconds)} must be 1 to 3600.")
            .Validate(o => o.WarmUpRounds is >= 0 and <= 100, $"{PolicyFilesOptions.Section}:{nameof(PolicyFilesOptions.WarmUpRounds)} must be 0 to 100.")
            .ValidateOnStart();
        services.AddSingleton<IPolicyFileStore>(sp => new EntityPolicyFileStore(sp.GetRequiredService<IEntityTable>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new KeptDocuments(sp.GetRequiredService<PolicyCatalog>(), sp.GetRequiredService<IPolicyFileStore>()));
        services.AddHostedService<PolicyFolderMigrationStartup>();
        services.AddHostedService<KeptDocumentsSync>();
        services.AddHostedService<PolicyFormatsWarmup>();
        return services;
    }
}

/// <summary>The <c>PolicyFiles</c> section.</summary>
public sealed class PolicyFilesOptions
{
    public const string Section = "PolicyFiles";

    /// <summary>How often an instance looks for documents another instance kept (default 30 s).</summary>
    public int SyncSeconds { get; set; } = 30;

    /// <summary>Rounds of reading a small Word and PDF plan in the background at start, so the first real import is fast (0: none).</summary>
    public int WarmUpRounds { get; set; } = Core.Policy.Formats.FormatWarmup.DefaultRounds;
}
