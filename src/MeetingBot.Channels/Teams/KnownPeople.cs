using System.Collections.Concurrent;
using System.Text.Json;
using MeetingBot.Channels.BotFramework.Schema;
using MeetingBot.Channels.BotFramework.Turns;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Domain.Persistence;

namespace MeetingBot.Channels.Teams;

/// <summary>
/// Everyone the bot has heard from or seen join, with the ids a proactive 1:1 needs and the conversation it met
/// them in (whose tenant and serviceUrl open that 1:1). Teams creates a 1:1 from the user's "29:…" id, and also
/// from their AAD object id (what the conversation knows people by) when the app is installed for them. With a
/// person memory they are kept in the store, by either id: an instance that never saw the person, or this one after
/// a restart, opens the 1:1 as the one that met them would. This process keeps a copy, so a person seen again as
/// they were costs no store access.
/// </summary>
/// <param name="conversations">Where the conversation a person was met in is read back from, trusted as stored.</param>
public sealed class KnownPeople(ConversationReferences conversations, IPersonMemory? store = null)
{
    /// <summary>What a person met is remembered under in the person memory.</summary>
    public const string MetName = "teams-met";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly ConcurrentDictionary<(string, string), KnownPerson> _people = new();

    public async Task RememberAsync(string? channelId, ChannelAccount? who, ConversationReference? metIn = null, CancellationToken cancellationToken = default)
    {
        if (channelId is null || string.IsNullOrEmpty(who?.Id)) return;
        var aad = string.IsNullOrWhiteSpace(who.AadObjectId) ? null : who.AadObjectId;
        var person = new KnownPerson(new ChatParty(who.Id, who.Name, aad), metIn);
        // Most turns come from someone already known: compare before writing.
        var changed = false;
        foreach (var id in aad is null ? [who.Id] : new[] { who.Id, aad })
        {
            if (_people.TryGetValue((channelId, id), out var known) && SameWayIn(known, person)) continue;
            _people[(channelId, id)] = person;
            changed = true;
        }
        if (!changed || store is null) return;
        var value = Write(person);
        foreach (var id in aad is null ? [who.Id] : new[] { who.Id, aad })
        {
            var account = new ChatAccount(channelId, id, who.Name ?? id);
            try
            {
                // After a restart the store mostly holds this already: a read spares the write.
                if (await store.RecallAsync(account, MetName, cancellationToken) != value)
                    await store.RememberAsync(account, MetName, value, cancellationToken);
            }
            catch (StoreException)
            {
                // Only improves the odds of reaching them: the turn goes on, and the next one tries again.
                _people.TryRemove((channelId, id), out _);
            }
        }
    }

    /// <summary>The person by their channel id or AAD object id; null when the bot has not met them.</summary>
    public async Task<ChatParty?> FindAsync(string channelId, string accountId, CancellationToken cancellationToken = default) =>
        (await FindPersonAsync(channelId, accountId, cancellationToken))?.Party;

    /// <summary>The person and where the bot last met them, here or on another instance; null when it has not met them.</summary>
    public async Task<KnownPerson?> FindPersonAsync(string channelId, string accountId, CancellationToken cancellationToken = default)
    {
        if (_people.TryGetValue((channelId, accountId), out var person)) return person;
        if (store is null || await store.RecallAsync(new ChatAccount(channelId, accountId, accountId), MetName, cancellationToken) is not { } stored)
            return null;
        if (Read(stored) is not { } met) return null;
        // Where they were met is named, not copied: the stored conversation (captured from an authenticated activity)
        // is the one whose serviceUrl may have the bot's token.
        var metIn = met.MetIn is null ? null : (await conversations.FindAsync(channelId, met.MetIn, cancellationToken))?.Reference;
        return _people.GetOrAdd((channelId, accountId), new KnownPerson(new ChatParty(met.Id, met.Name, met.AadObjectId), metIn));
    }

    // A 1:1 is opened with the person's ids through the tenant and serviceUrl of where they were met: another
    // conversation of the same tenant changes nothing worth a write.
    private static bool SameWayIn(KnownPerson known, KnownPerson now) =>
        known.Party == now.Party
        && known.MetIn?.ChannelId == now.MetIn?.ChannelId && known.MetIn?.TenantId == now.MetIn?.TenantId && known.MetIn?.ServiceUrl == now.MetIn?.ServiceUrl;

    private static string Write(KnownPerson person) =>
        JsonSerializer.Serialize(new Met(person.Party.Id, person.Party.Name, person.Party.AadObjectId, person.MetIn?.ConversationId), Json);

    private static Met? Read(string stored)
    {
        try
        {
            return JsonSerializer.Deserialize<Met>(stored, Json) is { Id.Length: > 0 } met ? met : null;
        }
        catch (JsonException)
        {
            return null; // damaged: as if not met
        }
    }

    /// <summary>A person met, as stored: their ids and name, and the id of the conversation they were met in.</summary>
    private sealed record Met(string Id, string? Name, string? AadObjectId, string? MetIn);
}

/// <summary>A person the bot met, and the conversation it met them in (null when it was not told).</summary>
public sealed record KnownPerson(ChatParty Party, ConversationReference? MetIn);
