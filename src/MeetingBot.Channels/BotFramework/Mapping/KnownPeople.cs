using System.Collections.Concurrent;
using MeetingBot.Channels.BotFramework.Schema;
using MeetingBot.Core.Messaging;

namespace MeetingBot.Channels.BotFramework.Mapping;

/// <summary>
/// Everyone the bot has heard from or seen join, with the ids a proactive 1:1 needs. Teams creates a 1:1 from the
/// user's "29:…" id, and also from their AAD object id (what the conversation knows people by) when the app is
/// installed for them; so this memory only improves the odds and need not outlive the process. People with a 1:1
/// already are found through its stored conversation reference, which is durable.
/// </summary>
public sealed class KnownPeople
{
    private readonly ConcurrentDictionary<(string, string), ChatParty> _people = new();

    public void Remember(string? channelId, ChannelAccount? who)
    {
        if (channelId is null || string.IsNullOrEmpty(who?.Id)) return;
        var aad = string.IsNullOrWhiteSpace(who.AadObjectId) ? null : who.AadObjectId;
        var party = new ChatParty(who.Id, who.Name, aad);
        // Most turns come from someone already known: compare before writing.
        if (!_people.TryGetValue((channelId, who.Id), out var known) || known != party) _people[(channelId, who.Id)] = party;
        if (aad is not null && (!_people.TryGetValue((channelId, aad), out var byAad) || byAad != party)) _people[(channelId, aad)] = party;
    }

    /// <summary>The person by their channel id or AAD object id; null when the bot has not met them since it started.</summary>
    public ChatParty? Find(string channelId, string accountId) => _people.TryGetValue((channelId, accountId), out var party) ? party : null;
}
