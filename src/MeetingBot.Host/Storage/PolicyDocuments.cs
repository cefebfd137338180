using MeetingBot.Core.Policy;
using MeetingBot.Core.Policy.Model;

namespace MeetingBot.Host.Storage;

/// <summary>
/// The policy documents the bot knows: the seeds beside the host, and those imported with a joint meeting
/// (`joint-meeting create --from`), kept in the data folder so that questions in that joint meeting are answered
/// from its own document.
/// </summary>
public static class PolicyDocuments
{
    public static string ImportedFolder(StorageOptions options, string contentRoot) =>
        Path.Combine(StoreFactory.DataFolder(options, contentRoot), "policies");

    public static IReadOnlyList<PolicyDocument> Load(StorageOptions options, string contentRoot)
    {
        var documents = PolicyLibrary.Load(DemoJointMeetings.SeedsFolder).Documents.ToList();
        var imported = ImportedFolder(options, contentRoot);
        if (!Directory.Exists(imported)) return documents;
        // A file here under a seed's name is a later version the convenor re-imported (the command line refuses a
        // different one, see Import): it wins over the seed. Originals kept in the store win over both (KeptDocuments).
        var later = PolicyLibrary.Load(imported).Documents;
        return [.. documents.Where(seed => later.All(d => d.SourceName != seed.SourceName)), .. later];
    }

    /// <summary>
    /// Copies a document into the imported folder under its file name. Null when done (or already there, the
    /// same); otherwise why not: another document of that name is there already.
    /// </summary>
    public static string? Import(string path, StorageOptions options, string contentRoot)
    {
        var folder = ImportedFolder(options, contentRoot);
        var target = Path.Combine(folder, Path.GetFileName(path));
        var seed = Path.Combine(DemoJointMeetings.SeedsFolder, Path.GetFileName(path));
        foreach (var existing in new[] { seed, target })
            if (File.Exists(existing))
                return File.ReadAllBytes(existing).AsSpan().SequenceEqual(File.ReadAllBytes(path))
                    ? null
                    : $"a different document named {Path.GetFileName(path)} is known already ({existing}); rename the file";
        Directory.CreateDirectory(folder);
        File.Copy(path, target);
        return null;
    }
}
