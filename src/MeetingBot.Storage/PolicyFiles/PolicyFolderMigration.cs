using System.Text.RegularExpressions;
using MeetingBot.Core.Policy;

namespace MeetingBot.Storage.PolicyFiles;

/// <summary>What one migration of the policy folder did: documents adopted (with versions added), previews held again, files moved aside, files that failed (left in place).</summary>
public sealed record PolicyFolderMigrated(
    IReadOnlyList<(string SourceName, int VersionsAdded)> Kept, int HeldAgain, int MovedAside, IReadOnlyList<(string Path, Exception Error)> Failed);

/// <summary>
/// Takes into the store the policy files an earlier version of the bot kept on the host's disk, in the imported
/// documents' folder: kept originals at its top, their earlier versions in <c>earlier/</c> ("{hash12}-{name}"), and
/// previews waiting for confirmation in <c>held/</c> ("{sha256}" with "{sha256}.name"). Each file taken in (or found in
/// the store already, or an expired preview) is then moved, under the same relative path, into
/// <paramref name="movedTo"/>, never deleted; a file that fails stays where it is for the next start. Safe to run
/// again and on several instances at once: the store adds a version or a preview only if it has none of that content.
/// </summary>
public sealed partial class PolicyFolderMigration(EntityPolicyFileStore store, string folder, string movedTo)
{
    public async Task<PolicyFolderMigrated> RunAsync(CancellationToken cancellationToken)
    {
        var kept = new List<(string, int)>();
        var failed = new List<(string, Exception)>();
        var heldAgain = 0;
        var moved = 0;
        if (!Directory.Exists(folder)) return new([], 0, 0, []);

        foreach (var document in KeptFiles().GroupBy(f => f.SourceName, StringComparer.Ordinal))
        {
            try
            {
                var found = new List<FoundPolicyFile>();
                foreach (var (path, _) in document)
                {
                    var keptAt = File.GetLastWriteTimeUtc(path);
                    try { found.Add(new FoundPolicyFile(await File.ReadAllBytesAsync(path, cancellationToken), keptAt)); }
                    catch (FileNotFoundException) { } // moved aside by another instance meanwhile, which adopted it
                }
                kept.Add((document.Key, await store.AdoptKeptAsync(document.Key, found, cancellationToken)));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failed.AddRange(document.Select(f => (f.Path, e)));
                continue;
            }
            foreach (var (path, _) in document) moved += MoveAside(path, failed);
        }

        var held = Path.Combine(folder, "held");
        if (Directory.Exists(held))
            foreach (var path in Directory.GetFiles(held).Where(p => HeldKey().IsMatch(Path.GetFileName(p))).Order(StringComparer.Ordinal))
            {
                var namePath = path + ".name";
                try
                {
                    var fileName = File.Exists(namePath) ? (await File.ReadAllTextAsync(namePath, cancellationToken)).Trim() : "document";
                    if (await store.AdoptHeldAsync(fileName, await File.ReadAllBytesAsync(path, cancellationToken), File.GetLastWriteTimeUtc(path), cancellationToken))
                        heldAgain++;
                }
                catch (FileNotFoundException)
                {
                    continue; // moved aside by another instance meanwhile
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    failed.Add((path, e));
                    continue;
                }
                moved += MoveAside(path, failed);
                if (File.Exists(namePath)) moved += MoveAside(namePath, failed);
            }
        return new(kept, heldAgain, moved, failed);
    }

    // The originals at the folder's top (the files the host reads as documents) and their earlier versions.
    private IEnumerable<(string Path, string SourceName)> KeptFiles()
    {
        foreach (var path in Directory.GetFiles(folder).Where(PolicyLibrary.IsPolicyFile))
            yield return (path, Path.GetFileName(path));
        var earlier = Path.Combine(folder, "earlier");
        if (!Directory.Exists(earlier)) yield break;
        foreach (var path in Directory.GetFiles(earlier))
            if (EarlierName().Match(Path.GetFileName(path)) is { Success: true } match)
                yield return (path, match.Groups["name"].Value);
    }

    // Moved, not deleted: the files stay on the disk beside the folder they came from. 1 when moved.
    private int MoveAside(string path, List<(string, Exception)> failed)
    {
        var target = Path.Combine(movedTo, Path.GetRelativePath(folder, path));
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(path, target, overwrite: true);
            return 1;
        }
        catch (FileNotFoundException)
        {
            return 0; // another instance moved it
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            failed.Add((path, e));
            return 0;
        }
    }

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex HeldKey();

    [GeneratedRegex("^[0-9a-f]{12}-(?<name>.+)$")]
    private static partial Regex EarlierName();
}
