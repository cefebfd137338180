using System.Collections.Concurrent;
using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Persistence;

namespace MeetingBot.Core.Conversation;

/// <summary>
/// Which joint meeting a message is about. With the store's lookups (<see cref="IJointMeetingLookup"/>) and a
/// person memory, a message is resolved by the conversation's binding, the person's choice and the person's own
/// joint meetings without listing all of them, the same on every instance. The full list (for the choice card,
/// and the rule "the deployment has only one") is kept for <see cref="CacheFor"/>; this instance's own changes
/// refresh it at once, another instance's changes are seen within that time and the read it starts.
/// </summary>
public sealed class JointMeetingDirectory(IJointMeetingStore store, TimeProvider time, IJointMeetingLookup? lookup = null, IPersonMemory? people = null)
{
    /// <summary>What a person's choice of joint meeting in their 1:1 is remembered under.</summary>
    public const string ChosenJointMeeting = "chosen-joint-meeting";

    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    /// <summary>What the bot remembers of each person in the store; null when it keeps nothing there (tests, tools).</summary>
    public IPersonMemory? PersonMemory => people;

    private readonly SemaphoreSlim refresh = new(1, 1);
    private readonly ConcurrentDictionary<string, string> chosenInPersonalChat = new();
    private volatile Snapshot? cached;
    // Bumped by Invalidate: a list read before a change of this instance never replaces the cleared one.
    private long generation;
    private int refreshing;

    private sealed record Snapshot(IReadOnlyList<JointMeeting> JointMeetings, DateTimeOffset ListedAt);

    /// <summary>
    /// Every joint meeting, by id. Past <see cref="CacheFor"/> the list in hand is answered while a fresh one is read
    /// in the background: reading every joint meeting takes seconds in a province (15 s at 10,000 on a busy machine),
    /// which no turn should wait for but the first after a start or a change of this instance.
    /// </summary>
    public async Task<IReadOnlyList<JointMeeting>> ListAsync(CancellationToken cancellationToken)
    {
        if (cached is { } inHand)
        {
            if (time.GetUtcNow() - inHand.ListedAt >= CacheFor) RefreshInBackground();
            return inHand.JointMeetings;
        }
        await refresh.WaitAsync(cancellationToken);
        try
        {
            if (cached is { } again) return again.JointMeetings;
            return await ReadAllAsync(cancellationToken);
        }
        finally
        {
            refresh.Release();
        }
    }

    /// <summary>Called after this instance saved a joint meeting's record.</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref generation);
        cached = null;
    }

    // Reads the list and keeps it, unless this instance changed a joint meeting meanwhile (then the caller's read
    // is still returned, and the next turn reads again).
    private async Task<IReadOnlyList<JointMeeting>> ReadAllAsync(CancellationToken cancellationToken)
    {
        var before = Interlocked.Read(ref generation);
        var listed = (await store.ListAsync(cancellationToken)).Select(v => v.Value).OrderBy(j => j.Id, StringComparer.Ordinal).ToList();
        var snapshot = new Snapshot(listed, time.GetUtcNow());
        if (Interlocked.Read(ref generation) == before) cached = snapshot;
        return listed;
    }

    private void RefreshInBackground()
    {
        if (Interlocked.CompareExchange(ref refreshing, 1, 0) != 0) return;
        _ = Task.Run(async () =>
        {
            try
            {
                await ReadAllAsync(CancellationToken.None);
            }
            catch (Exception e) when (e is StoreException or OperationCanceledException)
            {
                // The list in hand stays; the next turn past its age tries again.
            }
            finally
            {
                Volatile.Write(ref refreshing, 0);
            }
        });
    }

    /// <summary>
    /// The joint meeting this message is about, by the first rule that gives one: the conversation is bound to it;
    /// the person chose it in their 1:1 chat; the person is a contact of exactly one; the deployment has one.
    /// </summary>
    public async Task<JointMeeting?> ResolveAsync(ChatMessage message, CancellationToken cancellationToken)
    {
        if (lookup is not null && people is not null) return await LookUpAsync(message, lookup, people, cancellationToken);
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

    private async Task<JointMeeting?> LookUpAsync(ChatMessage message, IJointMeetingLookup lookup, IPersonMemory people, CancellationToken cancellationToken)
    {
        var conversation = message.Conversation;
        var bound = await lookup.BoundToAsync(conversation.Channel, conversation.Id, cancellationToken);
        if (bound.Count > 0) return bound.MinBy(j => j.Id, StringComparer.Ordinal);
        if (conversation.Kind == ConversationKind.Personal
            && await people.RecallAsync(message.From, ChosenJointMeeting, cancellationToken) is { } chosen
            && await lookup.FindAsync(chosen, cancellationToken) is { } picked)
            return picked;
        var mine = await lookup.OfAccountAsync(message.From, cancellationToken);
        if (mine.Count == 1) return mine[0];
        var all = await ListAsync(cancellationToken);
        return all.Count == 1 ? all[0] : null;
    }

    /// <summary>
    /// Remembers which joint meeting a person talks about in their 1:1 chat: in the store when there is a person
    /// memory (every instance, and after a restart), else in this instance until it restarts.
    /// </summary>
    public async Task ChooseAsync(ChatAccount person, string jointMeetingId, CancellationToken cancellationToken)
    {
        if (people is not null) await people.RememberAsync(person, ChosenJointMeeting, jointMeetingId, cancellationToken);
        else chosenInPersonalChat[person.Key] = jointMeetingId;
    }

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
