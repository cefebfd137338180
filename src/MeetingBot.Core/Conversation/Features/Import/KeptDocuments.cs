using MeetingBot.Core.Policy.Files;
using MeetingBot.Core.Policy.Formats;
using MeetingBot.Core.Policy.Parsing;

namespace MeetingBot.Core.Conversation.Features.Import;

/// <summary>
/// Brings the catalog up to the originals kept in the store: at start (a kept original wins over a seed or a file
/// beside the host of the same name: it is the version the convenor confirmed last), and again whenever asked, so
/// that a document another instance kept is answered from here too. Only an original whose content changed is read.
/// </summary>
public sealed class KeptDocuments(PolicyCatalog catalog, IPolicyFileStore files, PolicyFileLimits? limits = null)
{
    private readonly PolicyFileLimits limits = limits ?? PolicyFileLimits.Default;

    /// <summary>Reads the kept originals that are new or changed; returns their source names.</summary>
    public async Task<IReadOnlyList<string>> SyncAsync(CancellationToken cancellationToken)
    {
        var read = new List<string>();
        foreach (var kept in await files.ListKeptAsync(cancellationToken))
        {
            if (catalog.ContentHashOf(kept.SourceName) == kept.ContentHash) continue;
            if (await files.ReadKeptAsync(kept.SourceName, cancellationToken) is not { } content) continue;
            // A kept original was read when it was confirmed, so it reads again; should a parser change refuse it,
            // the document the catalog has stays.
            if (PolicyParser.Parse(content, kept.SourceName, limits, cancellationToken).Document is not { } document) continue;
            catalog.Add(document, PolicyFileHash.Of(content));
            read.Add(kept.SourceName);
        }
        return read;
    }
}
