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

    /// <summary>Loads what is stored and trusts its serviceUrls (they came from authenticated activities).</summary>
    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        foreach (var stored in await store.ListAsync(cancellationToken))
        {
            // Other channels' conversations share the store; theirs are no business of this channel.
            if (ConversationReference.FromAddress(stored.Address) is not { } reference) continue;
            Keep(new KnownConversation(reference, stored.Installed, stored.LastSeen));
            trust.Trust(reference.ServiceUrl);
        }
    }

    public KnownConversation? Find(string channelId, string conversationId) =>
        _known.TryGetValue((channelId, conversationId), out var stored) ? stored : null;

    /// <summary>
    /// The 1:1 conversation of the bot with a person, found by their channel id ("29:…") or their AAD object id;
    /// null when the bot has none with them or was removed from it.
    /// </summary>
    public KnownConversation? FindPersonal(string channelId, string userId) =>
        _personal.TryGetValue((channelId, userId), out var key) && _known.TryGetValue(key, out var stored)
        && stored.Installed && stored.Reference.User is { } user && (user.Id == userId || user.AadObjectId == userId)
            ? stored
            : null;

    /// <summary>
    /// A conversation the bot is installed in within <paramref name="tenantId"/> (its serviceUrl and the bot's id
    /// there open a 1:1 with anyone of that tenant); null when it knows none.
    /// </summary>
    public KnownConversation? FindInTenant(string channelId, string? tenantId)
    {
        if (string.IsNullOrEmpty(tenantId)) return null;
        if (_inTenant.TryGetValue((channelId, tenantId), out var key) && _known.TryGetValue(key, out var stored) && stored.Installed) return stored;
        // The remembered one was removed since: look for another, and remember it.
        var other = _known.Values.FirstOrDefault(c => c.Installed && c.Reference.ChannelId == channelId && c.Reference.TenantId == tenantId);
        if (other is not null) _inTenant[(channelId, tenantId)] = (channelId, other.Reference.ConversationId);
        return other;
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
            await store.SaveAsync(reference.ToStored(installed, fresh.LastSeen), cancellationToken);
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
