using System.Collections.Concurrent;
using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Persistence;

namespace MeetingBot.Core.Conversation;

/// <summary>
/// Which joint meeting a message is about. The joint meetings of a deployment are few (one per jurisdiction),
/// so their records are listed once and kept for <see cref="CacheFor"/>; this instance's own changes refresh the
/// list at once, another instance's changes are seen within that time.
/// </summary>
public sealed class JointMeetingDirectory(IJointMeetingStore store, TimeProvider time)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim refresh = new(1, 1);
    private readonly ConcurrentDictionary<string, string> chosenInPersonalChat = new();
    private volatile Snapshot? cached;

    private sealed record Snapshot(IReadOnlyList<JointMeeting> JointMeetings, DateTimeOffset ListedAt);

    public async Task<IReadOnlyList<JointMeeting>> ListAsync(CancellationToken cancellationToken)
    {
        if (cached is { } fresh && time.GetUtcNow() - fresh.ListedAt < CacheFor) return fresh.JointMeetings;
        await refresh.WaitAsync(cancellationToken);
        try
        {
            if (cached is { } again && time.GetUtcNow() - again.ListedAt < CacheFor) return again.JointMeetings;
            var listed = (await store.ListAsync(cancellationToken)).Select(v => v.Value).OrderBy(j => j.Id, StringComparer.Ordinal).ToList();
            cached = new Snapshot(listed, time.GetUtcNow());
            return listed;
        }
        finally
        {
            refresh.Release();
        }
    }

    /// <summary>Called after this instance saved a joint meeting's record.</summary>
    public void Invalidate() => cached = null;

    /// <summary>
    /// The joint meeting this message is about, by the first rule that gives one: the conversation is bound to it;
    /// the person chose it in their 1:1 chat; the person is a contact of exactly one; the deployment has one.
    /// </summary>
    public async Task<JointMeeting?> ResolveAsync(ChatMessage message, CancellationToken cancellationToken)
    {
        var all = await ListAsync(cancellationToken);
        var conversation = message.Conversation;
        if (all.FirstOrDefault(j => j.IsBoundTo(conversation.Channel, conversation.Id)) is { } bound) return bound;
        if (conversation.Kind == ConversationKind.Personal
            && chosenInPersonalChat.TryGetValue(message.From.Key, out var chosen)
            && all.FirstOrDefault(j => j.Id == chosen) is { } picked)
            return picked;
        var mine = all.Where(j => j.FindContact(message.From) is not null).ToList();
        if (mine.Count == 1) return mine[0];
        return all.Count == 1 ? all[0] : null;
    }

    /// <summary>Remembers which joint meeting a person talks about in their 1:1 chat (until the bot restarts).</summary>
    public void Choose(ChatAccount person, string jointMeetingId) => chosenInPersonalChat[person.Key] = jointMeetingId;

    /// <summary>A joint meeting by id, or by a part of its name that only it has.</summary>
    public async Task<JointMeeting?> FindAsync(string idOrName, CancellationToken cancellationToken)
    {
        var all = await ListAsync(cancellationToken);
        var key = idOrName.Trim();
        if (all.FirstOrDefault(j => string.Equals(j.Id, key, StringComparison.OrdinalIgnoreCase)) is { } byId) return byId;
        var byName = all.Where(j => j.Name.Contains(key, StringComparison.OrdinalIgnoreCase)).ToList();
        return byName.Count == 1 ? byName[0] : null;
    }
}
