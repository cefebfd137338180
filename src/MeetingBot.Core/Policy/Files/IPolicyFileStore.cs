namespace MeetingBot.Core.Policy.Files;

/// <summary>A policy file sent in chat, held until the convenor confirms or discards its import.</summary>
public sealed record HeldPolicyFile(string Key, string FileName, byte[] Content);

/// <summary>
/// Where the original files of imported documents are kept beside the joint meetings (so that a restart, a
/// question's citation and a later re-import read the same file), and where a file waits between its preview and
/// the convenor's confirmation. A held file is taken once: a second confirmation of the same preview finds nothing.
/// </summary>
public interface IPolicyFileStore
{
    /// <summary>Holds a file for confirmation; its key is the SHA-256 of its content.</summary>
    Task<HeldPolicyFile> HoldAsync(string fileName, byte[] content, CancellationToken cancellationToken);

    /// <summary>The held file, still held (for a preview to be shown again), or null.</summary>
    Task<HeldPolicyFile?> PeekAsync(string key, CancellationToken cancellationToken);

    /// <summary>Takes the held file away (confirmed or discarded): null when it was taken already.</summary>
    Task<HeldPolicyFile?> TakeAsync(string key, CancellationToken cancellationToken);

    /// <summary>
    /// Keeps a confirmed file as a document's original under <paramref name="sourceName"/>. A different file kept
    /// under that name before is not lost: it is moved aside as an earlier version.
    /// </summary>
    Task KeepAsync(string sourceName, byte[] content, CancellationToken cancellationToken);

    /// <summary>Whether a file of that name is kept already, with other content than <paramref name="content"/>.</summary>
    Task<bool> ClashesAsync(string sourceName, byte[] content, CancellationToken cancellationToken);
}
