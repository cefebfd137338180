namespace MeetingBot.Core.Policy.Files;

/// <summary>A policy file sent in chat, held until the convenor confirms or discards its import.</summary>
/// <param name="Key">What the preview card carries (<see cref="PolicyFileHash.Held"/>): one per sender, conversation and content.</param>
public sealed record HeldPolicyFile(string Key, string FileName, byte[] Content)
{
    /// <summary>The SHA-256 of the content, lower-case hex: what names the file as a document's original.</summary>
    public string ContentHash { get; } = PolicyFileHash.Of(Content);
}

/// <summary>A document's kept original: its source name, the SHA-256 of its content (lower-case hex) and its version (1 for the first).</summary>
public sealed record KeptPolicyFile(string SourceName, string ContentHash, int Version);

/// <summary>
/// Where the originals of imported documents are kept beside the joint meetings (so that a restart, another
/// instance, a question's citation and a later re-import read the same file), and where a file waits between its
/// preview and the convenor's confirmation (a day at most). A held file is taken once: a second confirmation of the
/// same preview, on this instance or another, finds nothing.
/// </summary>
public interface IPolicyFileStore
{
    /// <summary>
    /// Holds a file for confirmation, for <paramref name="holder"/> (who sent it, and where): its key is
    /// <see cref="PolicyFileHash.Held"/>, so two people sending the same file have a preview each, and the same
    /// person sending it again in the same conversation has the same one.
    /// </summary>
    Task<HeldPolicyFile> HoldAsync(string fileName, byte[] content, string holder, CancellationToken cancellationToken);

    /// <summary>The held file, still held (for a preview to be shown again), or null (taken, or expired).</summary>
    Task<HeldPolicyFile?> PeekAsync(string key, CancellationToken cancellationToken);

    /// <summary>Takes the held file away (confirmed or discarded): null when it was taken already or has expired.</summary>
    Task<HeldPolicyFile?> TakeAsync(string key, CancellationToken cancellationToken);

    /// <summary>Puts a file taken for a change that was then not made back under its key, so its preview can be confirmed again.</summary>
    Task RestoreAsync(HeldPolicyFile file, CancellationToken cancellationToken);

    /// <summary>
    /// Keeps a confirmed file as a document's original under <paramref name="sourceName"/>. A different file kept
    /// under that name before is not lost: it stays as an earlier version.
    /// </summary>
    Task KeepAsync(string sourceName, byte[] content, CancellationToken cancellationToken);

    /// <summary>Whether a file of that name is kept already, with other content than <paramref name="content"/>.</summary>
    Task<bool> ClashesAsync(string sourceName, byte[] content, CancellationToken cancellationToken);

    /// <summary>The kept originals, the latest version of each.</summary>
    Task<IReadOnlyList<KeptPolicyFile>> ListKeptAsync(CancellationToken cancellationToken);

    /// <summary>The latest kept original of that name, or null.</summary>
    Task<byte[]?> ReadKeptAsync(string sourceName, CancellationToken cancellationToken);
}
