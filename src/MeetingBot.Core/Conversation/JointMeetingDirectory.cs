using System.Collections.Concurrent;
using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Persistence;

namespace MeetingBot.Core.Conversation;

/// <summary>
/// Which joint meeting a message is about. With the store's lookups (<see cref="IJointMeetingLookup"/>) and a
/// person memory, a message is resolved by the conversation's binding, the person's choice and the person's own
/// joint meetings without listing all of them, the same on every instance. The full list (for a count, a search, the
/// choice card's pages, and the rule "the deployment has only one") is the light one, ids and names
/// (<see cref="JointMeetingEntry"/>), kept for <see cref="CacheFor"/>; this instance's own changes refresh it at
/// once, another instance's changes are seen within that time and the read it starts. What a page shows is read from
/// the records of that page's joint meetings.
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

    // Records is the whole of every joint meeting, kept only without lookups (tests and tools, which resolve by it).
    private sealed record Snapshot(IReadOnlyList<JointMeetingEntry> Entries, IReadOnlyList<JointMeeting>? Records, DateTimeOffset ListedAt);

    /// <summary>
    /// Every joint meeting's id and name, by id. Past <see cref="CacheFor"/> the list in hand is answered while a fresh
    /// one is read in the background: no turn waits for it but the first after a start or a change of this instance.
    /// </summary>
    public async Task<IReadOnlyList<JointMeetingEntry>> ListAsync(CancellationToken cancellationToken) =>
        (await SnapshotAsync(cancellationToken)).Entries;

    /// <summary>
    /// Page <paramref name="page"/> of the joint meetings matching <paramref name="query"/> (all of them when null), with
    /// the records of that page's joint meetings; null when that page does not exist (the first always does).
    /// </summary>
    public async Task<JointMeetingPage?> PageAsync(string? query, int page, CancellationToken cancellationToken)
    {
        if (JointMeetingSearch.Find(await ListAsync(cancellationToken), query, page) is not { } hits) return null;
        var records = await Task.WhenAll(hits.Items.Select(entry => GetAsync(entry.Id, cancellationToken)));
        // A list row whose joint meeting has no record (a creation that never committed) is not shown.
        var shown = records.OfType<JointMeeting>().ToList();
        var gone = hits.Items.Count - shown.Count;
        return new JointMeetingPage(shown, hits.Query, hits.Page, hits.Pages, hits.Matches - gone, hits.Total - gone);
    }

    /// <summary>One joint meeting's own record, by id; null when there is none.</summary>
    public async Task<JointMeeting?> GetAsync(string jointMeetingId, CancellationToken cancellationToken)
    {
        if (lookup is not null) return await lookup.FindAsync(jointMeetingId, cancellationToken);
        return (await store.LoadAsync(jointMeetingId, cancellationToken))?.JointMeeting.Value;
    }

    /// <summary>The joint meeting this conversation is bound to, if any.</summary>
    public async Task<JointMeeting?> BoundToAsync(string channel, string conversationId, CancellationToken cancellationToken)
    {
        if (lookup is not null) return (await lookup.BoundToAsync(channel, conversationId, cancellationToken)).MinBy(j => j.Id, StringComparer.Ordinal);
        return (await RecordsAsync(cancellationToken)).FirstOrDefault(j => j.IsBoundTo(channel, conversationId));
    }

    private async Task<IReadOnlyList<JointMeeting>> RecordsAsync(CancellationToken cancellationToken) =>
        (await SnapshotAsync(cancellationToken)).Records ?? throw new InvalidOperationException("With lookups, the directory keeps no records.");

    private async Task<Snapshot> SnapshotAsync(CancellationToken cancellationToken)
    {
        if (cached is { } inHand)
        {
            if (time.GetUtcNow() - inHand.ListedAt >= CacheFor) RefreshInBackground();
            return inHand;
        }
        await refresh.WaitAsync(cancellationToken);
        try
        {
            if (cached is { } again) return again;
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
    private async Task<Snapshot> ReadAllAsync(CancellationToken cancellationToken)
    {
        var before = Interlocked.Read(ref generation);
        Snapshot snapshot;
        if (lookup is not null)
        {
            var entries = await lookup.ListEntriesAsync(cancellationToken);
            snapshot = new Snapshot([.. entries.OrderBy(e => e.Id, StringComparer.Ordinal)], null, time.GetUtcNow());
        }
        else
        {
            var records = (await store.ListAsync(cancellationToken)).Select(v => v.Value).OrderBy(j => j.Id, StringComparer.Ordinal).ToList();
            snapshot = new Snapshot([.. records.Select(j => new JointMeetingEntry(j.Id, j.Name))], records, time.GetUtcNow());
        }
        if (Interlocked.Read(ref generation) == before) cached = snapshot;
        return snapshot;
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
        var all = await RecordsAsync(cancellationToken);
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
        return all.Count == 1 ? await lookup.FindAsync(all[0].Id, cancellationToken) : null;
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
        if (all.FirstOrDefault(j => string.Equals(j.Id, key, StringComparison.OrdinalIgnoreCase)) is { } byId) return await GetAsync(byId.Id, cancellationToken);
        var byName = all.Where(j => j.Name.Contains(key, StringComparison.OrdinalIgnoreCase)).ToList();
        return byName.Count == 1 ? await GetAsync(byName[0].Id, cancellationToken) : null;
    }
}
