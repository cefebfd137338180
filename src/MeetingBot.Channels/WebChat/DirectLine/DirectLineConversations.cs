using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace MeetingBot.Channels.WebChat.DirectLine;

/// <summary>
/// The open web chat conversations of this process, in memory (local mode is one process; a restart ends them,
/// as it changes the random signing key). Bounded: past the cap the least recently used one is dropped.
/// </summary>
public sealed class DirectLineConversations(IOptions<WebChatOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> open = new(StringComparer.Ordinal);
    private readonly Lock evicting = new();

    /// <summary>A fresh conversation id, unguessable (22 base64url characters); nothing is started yet.</summary>
    public static string NewId() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

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
            return new DirectLineConversation(id, userId, userName, locale, options.Value.MaxActivitiesPerConversation, time.GetUtcNow());
        });
        conversation.Touch(time.GetUtcNow());
        if (created) Evict();
        return (conversation, created);
    }

    /// <summary>The conversations a user has open (several browser tabs are several conversations).</summary>
    public IReadOnlyList<DirectLineConversation> OpenFor(string userId) =>
        open.Values.Where(c => string.Equals(c.UserId, userId, StringComparison.Ordinal)).ToList();

    private void Evict()
    {
        var max = options.Value.MaxConversations;
        if (open.Count <= max) return;
        lock (evicting)
        {
            foreach (var stale in open.Values.OrderBy(c => c.LastUsed).Take(open.Count - max).ToList())
                open.TryRemove(stale.Id, out _);
        }
    }
}
