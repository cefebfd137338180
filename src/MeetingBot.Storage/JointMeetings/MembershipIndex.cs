using System.Security.Cryptography;
using System.Text;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Storage.Entities;

namespace MeetingBot.Storage.JointMeetings;

/// <summary>
/// The lookups of a joint meeting, rows of its own partition so that they are written in the very batch that
/// changes its contacts or bound conversations (a crash between the two writes cannot happen: there is one write):
/// <code>
/// acct|{channel}|{accountId}        a contact's chat account (channel in lower case); a request waiting is found by its own q| row
/// acct#{sha256}                     one too long for a key
/// conv|{channel}|{conversationId}   a conversation bound to it
/// conv#{sha256}                     one too long for a key
/// </code>
/// They are the authority the global hints follow (<see cref="LookupHints"/>, one point read per lookup); until a
/// store's hints are backfilled, looking one up here is a row-key search across partitions
/// (<see cref="IEntityTable.FindByRowKeyAsync"/>, a table scan on Azure): every joint meeting holding that key answers.
/// </summary>
internal static class MembershipIndex
{
    private const string AccountPrefix = "acct";
    private const string ConversationPrefix = "conv";

    /// <summary>Every lookup row of a partition, for one query.</summary>
    public static readonly IReadOnlyList<string> Prefixes = [AccountPrefix + "|", AccountPrefix + "#", ConversationPrefix + "|", ConversationPrefix + "#"];

    public static string Account(string channel, string accountId) => Key(AccountPrefix, channel, accountId);

    public static string Conversation(string channel, string conversationId) => Key(ConversationPrefix, channel, conversationId);

    /// <summary>What the joint meeting is found by now: its contacts' accounts and its bound conversations.</summary>
    public static Dictionary<string, LookupBody> Of(JointMeetingState state)
    {
        var keys = new Dictionary<string, LookupBody>(StringComparer.Ordinal);
        // Requests waiting are found by their own rows (JoinRequestRows): a flood of them adds no lookup rows.
        foreach (var contact in state.Contacts.Where(c => c.Status != ContactStatus.Pending))
            keys[Account(contact.Account.Channel, contact.Account.AccountId)] = new LookupBody(contact.Account.Channel.ToLowerInvariant(), contact.Account.AccountId);
        foreach (var bound in state.BoundConversations)
            keys[Conversation(bound.Channel, bound.ConversationId)] = new LookupBody(bound.Channel.ToLowerInvariant(), bound.ConversationId);
        return keys;
    }

    /// <summary>Whether two states of a joint meeting are found by the same lookups (the same state is, at no cost).</summary>
    public static bool SameLookups(JointMeetingState before, JointMeetingState after)
    {
        if (ReferenceEquals(before, after)) return true;
        if (ReferenceEquals(before.Contacts, after.Contacts) && ReferenceEquals(before.BoundConversations, after.BoundConversations)) return true;
        var keys = Of(before).Keys.ToHashSet(StringComparer.Ordinal);
        return keys.SetEquals(Of(after).Keys);
    }

    /// <summary>
    /// The writes that make the partition's lookups those of <paramref name="state"/>: upserts of the missing, deletes
    /// of the gone. <paramref name="existing"/> are the lookup keys stored now (none for a new joint meeting).
    /// </summary>
    public static IEnumerable<EntityWrite> Writes(JointMeetingState state, IEnumerable<string> existing)
    {
        var wanted = Of(state);
        var stored = existing.ToHashSet(StringComparer.Ordinal);
        foreach (var gone in stored.Where(k => !wanted.ContainsKey(k)))
            yield return EntityWrite.Delete(gone);
        foreach (var (key, body) in wanted.Where(w => !stored.Contains(w.Key)))
            yield return EntityWrite.Upsert(key, StateJson.Write(body));
    }

    private static string Key(string prefix, string channel, string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(channel);
        ArgumentException.ThrowIfNullOrEmpty(id);
        var lower = channel.ToLowerInvariant(); // channels compare case-insensitively (ChatAccount.SameAs)
        var plain = $"{prefix}|{lower}|{id}";
        if (plain.Length <= EntityLimits.MaxKeyLength && !lower.Contains('|'))
            return plain;
        return prefix + "#" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{lower.Length}:{lower}{id}")));
    }
}

/// <summary>A lookup row's body: what it was made from (a digest key does not say).</summary>
internal sealed record LookupBody(string Channel, string Id);
