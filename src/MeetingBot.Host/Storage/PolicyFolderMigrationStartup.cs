using MeetingBot.Core.Policy.Files;
using MeetingBot.Storage.PolicyFiles;
using Microsoft.Extensions.Options;

namespace MeetingBot.Host.Storage;

/// <summary>
/// At start, before the kept documents are read (<see cref="KeptDocumentsSync"/>), takes into the store the policy
/// files an earlier version of the bot kept on this host's disk (<see cref="PolicyFolderMigration"/>), and moves them
/// into <c>policies-moved-to-store/</c> beside the folder. A failure is logged and leaves the file for the next start.
/// </summary>
public sealed partial class PolicyFolderMigrationStartup(
    IPolicyFileStore files, IOptions<StorageOptions> options, IHostEnvironment environment, ILogger<PolicyFolderMigrationStartup> log) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (files is not EntityPolicyFileStore store) return;
        var folder = PolicyDocuments.ImportedFolder(options.Value, environment.ContentRootPath);
        var movedTo = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(folder))!, "policies-moved-to-store");
        try
        {
            var done = await new PolicyFolderMigration(store, folder, movedTo).RunAsync(cancellationToken);
            foreach (var (name, added) in done.Kept.Where(k => k.VersionsAdded > 0)) LogAdopted(log, name, added);
            if (done.HeldAgain > 0) LogHeld(log, done.HeldAgain);
            if (done.MovedAside > 0) LogMoved(log, done.MovedAside, movedTo);
            foreach (var (path, error) in done.Failed) LogFailed(log, path, error);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The host serves without them meanwhile: the files stay on the disk, and the next start tries again.
            LogNotRun(log, folder, e);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Policy document {Name}: {Count} version(s) found on the disk taken into the store")]
    private static partial void LogAdopted(ILogger logger, string name, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} policy file(s) waiting for confirmation on the disk held in the store")]
    private static partial void LogHeld(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} policy file(s) now in the store moved aside into {Folder}")]
    private static partial void LogMoved(ILogger logger, int count, string folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Policy file {Path} could not be taken into the store; it stays on the disk for the next start")]
    private static partial void LogFailed(ILogger logger, string path, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Policy files in {Folder} could not be taken into the store; they stay on the disk for the next start")]
    private static partial void LogNotRun(ILogger logger, string folder, Exception exception);
}
