using System.Collections.Concurrent;
using MeetingBot.Channels.BotFramework.Schema;
using MeetingBot.Core.Messaging;

namespace MeetingBot.Channels.Teams;

/// <summary>
/// Everyone the bot has heard from or seen join, with the ids a proactive 1:1 needs and the conversation it met
/// them in (whose tenant and serviceUrl open that 1:1). Teams creates a 1:1 from the user's "29:…" id, and also
/// from their AAD object id (what the conversation knows people by) when the app is installed for them; so this
/// memory only improves the odds and need not outlive the process. People with a 1:1 already are found through
/// its stored conversation reference, which is durable.
/// </summary>
public sealed class KnownPeople
{
    private readonly ConcurrentDictionary<(string, string), KnownPerson> _people = new();

    public void Remember(string? channelId, ChannelAccount? who, ConversationReference? metIn = null)
    {
        if (channelId is null || string.IsNullOrEmpty(who?.Id)) return;
        var aad = string.IsNullOrWhiteSpace(who.AadObjectId) ? null : who.AadObjectId;
        var person = new KnownPerson(new ChatParty(who.Id, who.Name, aad), metIn);
        // Most turns come from someone already known: compare before writing.
        if (!_people.TryGetValue((channelId, who.Id), out var known) || known != person) _people[(channelId, who.Id)] = person;
        if (aad is not null && (!_people.TryGetValue((channelId, aad), out var byAad) || byAad != person)) _people[(channelId, aad)] = person;
    }

    /// <summary>The person by their channel id or AAD object id; null when the bot has not met them since it started.</summary>
    public ChatParty? Find(string channelId, string accountId) => FindPerson(channelId, accountId)?.Party;

    /// <summary>The person and where the bot last met them; null when it has not met them since it started.</summary>
    public KnownPerson? FindPerson(string channelId, string accountId) =>
        _people.TryGetValue((channelId, accountId), out var person) ? person : null;
}

/// <summary>A person the bot met, and the conversation it met them in (null when it was not told).</summary>
public sealed record KnownPerson(ChatParty Party, ConversationReference? MetIn);
