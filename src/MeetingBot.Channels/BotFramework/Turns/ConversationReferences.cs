using System.Collections.Concurrent;
using MeetingBot.Channels.BotFramework.Connector;
using MeetingBot.Channels.BotFramework.Http;
using MeetingBot.Channels.BotFramework.Schema;
using MeetingBot.Core.Messaging;
using Microsoft.Extensions.Logging;

namespace MeetingBot.Channels.BotFramework.Turns;

/// <summary>
/// Keeps a conversation reference for every conversation the bot is installed in or talks in, so that reminders
/// can reach units later. Installation and removal events update it; so does a changed serviceUrl (Teams may move
/// a tenant). It writes only when something changed, so a busy conversation costs no storage writes per turn.
/// What this instance has not met itself is looked up in the store (with lookups by person and tenant written in
/// the same change as the conversation), so several instances behind a load balancer reach the same people.
/// </summary>
public sealed class ConversationReferences(IConversationStore store, ServiceUrlTrust trust, TimeProvider time, ILogger<ConversationReferences> log)
{
    private readonly ConcurrentDictionary<(string, string), KnownConversation> _known = new();

    // (channel, user id or AAD object id) → the personal conversation with that person, for notifications.
    private readonly ConcurrentDictionary<(string, string), (string, string)> _personal = new();

    // (channel, tenant) → a conversation the bot is installed in there, to open 1:1s with people it has not met.
    private readonly ConcurrentDictionary<(string, string), (string, string)> _inTenant = new();

    public static ConversationReference From(Activity activity)
    {
        var conversation = activity.Conversation;
        var teams = activity.TeamsData;
        var type = conversation?.ConversationType ?? (conversation?.IsGroup == true ? "groupChat" : "personal");
        var personal = type == "personal";
        return new ConversationReference(
            activity.ChannelId ?? "",
            conversation?.Id ?? "",
            activity.ServiceUrl ?? "",
            new ChatParty(activity.Recipient?.Id ?? "", activity.Recipient?.Name),
            // Only a personal conversation belongs to one person; in a group the sender changes with every message.
            personal && activity.From?.Id is { } userId ? new ChatParty(userId, activity.From.Name, activity.From.AadObjectId) : null,
            conversation?.TenantId ?? teams?.TenantId,
            type,
            teams?.TeamId,
            personal ? activity.Locale : null);
    }

    /// <summary>
    /// Points the lookups of conversations stored before lookups existed at them, once per store, so that what was
    /// stored before an upgrade is found by every instance after it.
    /// </summary>
    public Task<int> BackfillLookupsAsync(CancellationToken cancellationToken) =>
        store.BackfillLookupsAsync("botframework", stored => ConversationReference.FromAddress(stored.Address) is { } reference
            ? LookupsOf(reference, stored.Installed) : [], cancellationToken);

    /// <summary>
    /// A conversation by its id: as this instance last saw it, else as the store holds it (another instance may
    /// have met it); null when nobody has.
    /// </summary>
    public async Task<KnownConversation?> FindAsync(string channelId, string conversationId, CancellationToken cancellationToken = default)
    {
        // One seen removed here may have been installed again through another instance.
        if (_known.TryGetValue((channelId, conversationId), out var known) && known.Installed) return known;
        return Learn(await store.FindAsync(channelId, conversationId, cancellationToken));
    }

    /// <summary>
    /// The 1:1 conversation of the bot with a person, found by their channel id ("29:…") or their AAD object id;
    /// null when the bot has none with them or was removed from it. What this instance has not seen itself (or saw
    /// removed) is looked up in the store, where every instance records the 1:1s it meets.
    /// </summary>
    public async Task<KnownConversation?> FindPersonalAsync(string channelId, string userId, CancellationToken cancellationToken = default)
    {
        if (_personal.TryGetValue((channelId, userId), out var key) && _known.TryGetValue(key, out var cached) && IsPersonalOf(cached, userId))
            return cached;
        var stored = Learn(await store.FindByLookupAsync(channelId, PersonLookup(userId), cancellationToken));
        return stored is not null && IsPersonalOf(stored, userId) ? stored : null;
    }

    /// <summary>
    /// A conversation the bot is installed in within <paramref name="tenantId"/> (its serviceUrl and the bot's id
    /// there open a 1:1 with anyone of that tenant); null when it knows none.
    /// </summary>
    public async Task<KnownConversation?> FindInTenantAsync(string channelId, string? tenantId, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(tenantId)) return null;
        if (_inTenant.TryGetValue((channelId, tenantId), out var key) && _known.TryGetValue(key, out var cached) && cached.Installed) return cached;
        if (Learn(await store.FindByLookupAsync(channelId, TenantLookup(tenantId), cancellationToken)) is { Installed: true } stored) return stored;
        // The one the store points at was removed since: any other this instance knows will do, and is remembered.
        var other = _known.Values.FirstOrDefault(c => c.Installed && c.Reference.ChannelId == channelId && c.Reference.TenantId == tenantId);
        if (other is not null) _inTenant[(channelId, tenantId)] = (channelId, other.Reference.ConversationId);
        return other;
    }

    /// <summary>What a conversation is found by: its person (a 1:1) by either id, and its tenant; nothing once the bot was removed.</summary>
    public static IReadOnlyCollection<string> LookupsOf(ConversationReference reference, bool installed)
    {
        // A removed conversation points nothing at itself, so it never hides one where the bot is installed.
        if (!installed) return [];
        var lookups = new List<string>(3);
        if (reference.IsPersonal && reference.User is { } user)
        {
            if (!string.IsNullOrEmpty(user.Id)) lookups.Add(PersonLookup(user.Id));
            if (!string.IsNullOrEmpty(user.AadObjectId)) lookups.Add(PersonLookup(user.AadObjectId));
        }
        if (!string.IsNullOrEmpty(reference.TenantId)) lookups.Add(TenantLookup(reference.TenantId));
        return lookups;
    }

    private static string PersonLookup(string userId) => $"person:{userId}";

    private static string TenantLookup(string tenantId) => $"tenant:{tenantId}";

    private static bool IsPersonalOf(KnownConversation conversation, string userId) =>
        conversation.Installed && conversation.Reference.IsPersonal && conversation.Reference.User is { } user
        && (user.Id == userId || user.AadObjectId == userId);

    // A stored conversation came from an authenticated activity (or a 1:1 the bot opened): its serviceUrl is trusted.
    private KnownConversation? Learn(StoredConversation? stored)
    {
        if (stored is null || ConversationReference.FromAddress(stored.Address) is not { } reference) return null;
        var known = new KnownConversation(reference, stored.Installed, stored.LastSeen);
        trust.Trust(reference.ServiceUrl);
        Keep(known);
        return known;
    }

    /// <summary>Records a conversation the bot opened itself (a Teams 1:1 for a reminder).</summary>
    public Task RememberAsync(ConversationReference reference, CancellationToken cancellationToken) =>
        SaveIfChangedAsync(reference, installed: true, cancellationToken);

    /// <summary>Records what an authenticated activity says about its conversation. Never fails the turn.</summary>
    public async Task ObserveAsync(Activity activity, CancellationToken cancellationToken)
    {
        var reference = From(activity);
        if (reference.ConversationId.Length == 0) return;
        await SaveIfChangedAsync(reference, !IsRemoval(activity), cancellationToken);
    }

    private async Task SaveIfChangedAsync(ConversationReference reference, bool installed, CancellationToken cancellationToken)
    {
        var key = (reference.ChannelId, reference.ConversationId);
        if (_known.TryGetValue(key, out var known) && known.Installed == installed && known.Reference == reference) return;

        var fresh = new KnownConversation(reference, installed, time.GetUtcNow());
        try
        {
            await store.SaveAsync(reference.ToStored(installed, fresh.LastSeen), LookupsOf(reference, installed), cancellationToken);
            Keep(fresh);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.ReferenceNotSaved(log, reference.ChannelId, reference.ConversationId, e);
        }
    }

    private void Keep(KnownConversation stored)
    {
        var reference = stored.Reference;
        var key = (reference.ChannelId, reference.ConversationId);
        _known[key] = stored;
        if (stored.Installed && !string.IsNullOrEmpty(reference.TenantId)) _inTenant[(reference.ChannelId, reference.TenantId)] = key;
        if (!reference.IsPersonal || reference.User is not { } user) return;
        Point((reference.ChannelId, user.Id), key, stored.Installed);
        if (!string.IsNullOrEmpty(user.AadObjectId)) Point((reference.ChannelId, user.AadObjectId), key, stored.Installed);
    }

    // A person has one 1:1 with the bot per channel; should there be two records, one the bot was removed from
    // never hides one where it is installed.
    private void Point((string, string) person, (string, string) conversation, bool installed) =>
        _personal.AddOrUpdate(person, conversation, (_, current) =>
            installed || current == conversation || !_known.TryGetValue(current, out var other) || !other.Installed ? conversation : current);

    private static bool IsRemoval(Activity activity) => activity.Type switch
    {
        ActivityTypes.InstallationUpdate => activity.Action is "remove" or "remove-upgrade",
        ActivityTypes.ConversationUpdate => activity.MembersRemoved?.Any(m => m.Id == activity.Recipient?.Id) == true,
        _ => false,
    };
}

/// <summary>A conversation this channel knows: its Bot Framework reference, whether the bot is still there, and when it was last heard of.</summary>
public sealed record KnownConversation(ConversationReference Reference, bool Installed, DateTimeOffset LastSeen);
