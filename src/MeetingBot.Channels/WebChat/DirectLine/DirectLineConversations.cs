using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace MeetingBot.Channels.WebChat.DirectLine;

/// <summary>
/// The open web chat conversations of this process, in memory (local mode is one process; a restart ends them,
/// as it changes the random signing key). Bounded in number and in bytes. Past either bound the conversation to
/// go is the flooder's, not the quiet user's: past the number, first one started and never used since (no
/// message, no read: a burst of new conversations takes itself out), least recently used first; otherwise one of
/// the user holding the most (bytes past the byte bound, conversations past the number), least recently used first.
/// </summary>
public sealed class DirectLineConversations
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> open = new(StringComparer.Ordinal);
    private readonly Lock evicting = new();
    private readonly IOptions<WebChatOptions> options;
    private readonly TimeProvider time;
    private long totalBytes;

    public DirectLineConversations(IOptions<WebChatOptions> options, TimeProvider time)
    {
        this.options = options;
        this.time = time;
    }

    /// <summary>A fresh conversation id, unguessable (22 base64url characters); nothing is started yet.</summary>
    public static string NewId() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    /// <summary>Bytes of activities held in all open conversations.</summary>
    public long TotalBytes => Interlocked.Read(ref totalBytes);

    public int Count => open.Count;

    public DirectLineConversation? Find(string id)
    {
        if (!open.TryGetValue(id, out var conversation)) return null;
        conversation.Touch(time.GetUtcNow());
        return conversation;
    }

    /// <summary>Starts the conversation, or returns it when it was started already (Created false).</summary>
    public (DirectLineConversation Conversation, bool Created) Start(string id, string userId, string? userName, string? locale)
    {
        var created = false;
        var conversation = open.GetOrAdd(id, _ =>
        {
            created = true;
            var started = new DirectLineConversation(id, userId, userName, locale, options.Value.MaxActivitiesPerConversation, time.GetUtcNow(), options.Value.MaxBytesPerConversation);
            started.Log.Observe(BytesChanged);
            return started;
        });
        conversation.Touch(time.GetUtcNow());
        if (created) Evict(conversation);
        return (conversation, created);
    }

    /// <summary>The conversations a user has open (several browser tabs are several conversations).</summary>
    public IReadOnlyList<DirectLineConversation> OpenFor(string userId) =>
        open.Values.Where(c => string.Equals(c.UserId, userId, StringComparison.Ordinal)).ToList();

    private void BytesChanged(long delta)
    {
        if (Interlocked.Add(ref totalBytes, delta) > options.Value.MaxTotalBytes) Evict(null);
    }

    private void Evict(DirectLineConversation? justStarted)
    {
        var (maxCount, maxBytes) = (options.Value.MaxConversations, options.Value.MaxTotalBytes);
        if (open.Count <= maxCount && TotalBytes <= maxBytes) return;
        lock (evicting)
        {
            while (open.Count > maxCount || (TotalBytes > maxBytes && open.Count > 1))
            {
                var victim = NextToGo(justStarted, byBytes: open.Count <= maxCount);
                if (victim is null || !open.TryRemove(victim.Id, out _)) break;
                Interlocked.Add(ref totalBytes, -victim.Log.Detach());
            }
        }
    }

    // The one just started is spared when others can go: a newcomer is not turned away by a full house.
    private DirectLineConversation? NextToGo(DirectLineConversation? justStarted, bool byBytes)
    {
        var all = open.Values.Where(c => !ReferenceEquals(c, justStarted)).ToList();
        if (all.Count == 0) return justStarted;
        if (!byBytes && all.Where(c => c.Log.FromUser == 0 && c.LastUsed == c.StartedAt).MinBy(c => c.LastUsed) is { } unused) return unused;
        var heaviest = all.GroupBy(c => c.UserId, StringComparer.Ordinal)
            .MaxBy(g => byBytes ? g.Sum(c => c.Log.Bytes) : g.Count())!;
        return heaviest.MinBy(c => c.LastUsed);
    }
}
