using System.Security.Cryptography;
using MeetingBot.Core.Policy.Files;

namespace MeetingBot.Host.Storage;

/// <summary>
/// The originals of documents imported in chat, in the imported-documents folder the host loads at start
/// (<see cref="PolicyDocuments"/>): kept files under their source name, earlier versions of a re-imported one in
/// <c>earlier/</c> with their hash, files waiting for confirmation in <c>held/</c> by their hash (a day at most).
/// </summary>
public sealed class FolderPolicyFileStore(string folder, TimeProvider time) : IPolicyFileStore
{
    private static readonly TimeSpan HoldFor = TimeSpan.FromDays(1);
    private string Held => Path.Combine(folder, "held");

    public async Task<HeldPolicyFile> HoldAsync(string fileName, byte[] content, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Held);
        Sweep();
        var key = Convert.ToHexStringLower(SHA256.HashData(content));
        await File.WriteAllBytesAsync(Path.Combine(Held, key), content, cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(Held, key + ".name"), fileName, cancellationToken);
        return new HeldPolicyFile(key, fileName, content);
    }

    public async Task<HeldPolicyFile?> PeekAsync(string key, CancellationToken cancellationToken)
    {
        if (!IsKey(key) || !File.Exists(Path.Combine(Held, key))) return null;
        return new HeldPolicyFile(key, await File.ReadAllTextAsync(Path.Combine(Held, key + ".name"), cancellationToken),
            await File.ReadAllBytesAsync(Path.Combine(Held, key), cancellationToken));
    }

    public async Task<HeldPolicyFile?> TakeAsync(string key, CancellationToken cancellationToken)
    {
        if (!IsKey(key)) return null;
        // A rename is atomic: of two confirmations at once, one gets the file.
        var taken = Path.Combine(Held, $"{key}.{Guid.NewGuid():N}.taken");
        try { File.Move(Path.Combine(Held, key), taken); }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or IOException) { return null; }
        try
        {
            var name = File.Exists(Path.Combine(Held, key + ".name")) ? await File.ReadAllTextAsync(Path.Combine(Held, key + ".name"), cancellationToken) : "document";
            return new HeldPolicyFile(key, name, await File.ReadAllBytesAsync(taken, cancellationToken));
        }
        finally
        {
            File.Delete(taken);
            File.Delete(Path.Combine(Held, key + ".name"));
        }
    }

    public async Task KeepAsync(string sourceName, byte[] content, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, Path.GetFileName(sourceName));
        if (File.Exists(path) && !(await File.ReadAllBytesAsync(path, cancellationToken)).AsSpan().SequenceEqual(content))
        {
            var earlier = Path.Combine(folder, "earlier");
            Directory.CreateDirectory(earlier);
            var before = await File.ReadAllBytesAsync(path, cancellationToken);
            File.Move(path, Path.Combine(earlier, $"{Convert.ToHexStringLower(SHA256.HashData(before))[..12]}-{Path.GetFileName(sourceName)}"), overwrite: true);
        }
        await File.WriteAllBytesAsync(path, content, cancellationToken);
    }

    public async Task<bool> ClashesAsync(string sourceName, byte[] content, CancellationToken cancellationToken)
    {
        var path = Path.Combine(folder, Path.GetFileName(sourceName));
        return File.Exists(path) && !(await File.ReadAllBytesAsync(path, cancellationToken)).AsSpan().SequenceEqual(content);
    }

    private static bool IsKey(string key) => key.Length == 64 && key.All(char.IsAsciiHexDigitLower);

    // Previews nobody confirmed are not kept for ever.
    private void Sweep()
    {
        foreach (var file in new DirectoryInfo(Held).EnumerateFiles())
            if (time.GetUtcNow() - file.LastWriteTimeUtc > HoldFor) file.Delete();
    }
}
