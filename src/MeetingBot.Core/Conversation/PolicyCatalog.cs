using System.Collections.Concurrent;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Policy.Index;
using MeetingBot.Core.Policy.Model;

namespace MeetingBot.Core.Conversation;

/// <summary>
/// The policy documents the bot knows (the seeds and any imported ones), and a question index per joint meeting
/// over the documents it was set up from, so that questions in a joint meeting are answered from its own documents.
/// </summary>
public sealed class PolicyCatalog(IReadOnlyList<PolicyDocument> documents)
{
    private readonly ConcurrentDictionary<string, PolicyIndex> indexes = new();
    private readonly Lock adding = new();
    private volatile IReadOnlyList<PolicyDocument> known = [.. documents.OrderBy(d => d.SourceName, StringComparer.Ordinal)];

    private readonly ConcurrentDictionary<string, string> contentHashes = new(StringComparer.Ordinal);

    public IReadOnlyList<PolicyDocument> Documents => known;

    /// <summary>A document read from a kept original with this content (SHA-256), so that it is read again only when the original changes.</summary>
    public void Add(PolicyDocument document, string contentHash)
    {
        Add(document);
        contentHashes[document.SourceName] = contentHash;
    }

    /// <summary>The SHA-256 of the kept original a document was read from; null for a seed or a file beside the host.</summary>
    public string? ContentHashOf(string sourceName) => contentHashes.GetValueOrDefault(sourceName);

    /// <summary>A document imported in chat, replacing the one of the same source name (a re-import).</summary>
    public void Add(PolicyDocument document)
    {
        lock (adding)
        {
            known = [.. known.Where(d => d.SourceName != document.SourceName).Append(document).OrderBy(d => d.SourceName, StringComparer.Ordinal)];
            indexes.Clear();
        }
    }

    /// <summary>The index of a joint meeting's documents; of all documents when none is given or none of its documents is known.</summary>
    public PolicyIndex IndexFor(JointMeeting? jointMeeting)
    {
        var sources = jointMeeting?.State.Sources.Select(s => s.SourceName).ToHashSet(StringComparer.Ordinal) ?? [];
        var chosen = Documents.Where(d => sources.Contains(d.SourceName)).ToList();
        if (chosen.Count == 0) chosen = [.. Documents];
        var key = string.Join('\n', chosen.Select(d => d.SourceName));
        return indexes.GetOrAdd(key, _ => new PolicyIndex(chosen));
    }

    /// <summary>
    /// A document by what a person would type: its number ("002", the start of the file name), its file name, or
    /// a part of its title that only it has ("永年").
    /// </summary>
    public PolicyDocument? Find(string key)
    {
        var k = key.Trim().Trim('《', '》', '"', '“', '”');
        if (k.Length == 0) return null;
        var byName = Documents.FirstOrDefault(d =>
            string.Equals(d.SourceName, k, StringComparison.OrdinalIgnoreCase)
            || string.Equals(Number(d), k, StringComparison.OrdinalIgnoreCase));
        if (byName is not null) return byName;
        var byTitle = Documents.Where(d => d.Title.Contains(k, StringComparison.Ordinal)).ToList();
        return byTitle.Count == 1 ? byTitle[0] : null;
    }

    /// <summary>"000_8c2f….txt" → "000": short enough to type in chat.</summary>
    public static string Number(PolicyDocument document) => Path.GetFileNameWithoutExtension(document.SourceName).Split('_')[0];
}
