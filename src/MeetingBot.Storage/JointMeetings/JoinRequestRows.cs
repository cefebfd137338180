using System.Security.Cryptography;
using System.Text;
using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Storage.Entities;

namespace MeetingBot.Storage.JointMeetings;

/// <summary>
/// Requests to join live in rows of their own, <c>q|{account}</c>, one per account, beside the joint meeting's
/// row rather than inside it: outsiders' requests never rewrite the row every member's action rewrites (so a flood
/// neither fills it nor makes the managers' saves conflict), and the row holds approved contacts only. The joint
/// meeting is loaded with its requests merged back in as pending contacts, so the domain sees one membership.
/// Rows stored before this (pending contacts inside the joint meeting's row) are moved out when read.
/// </summary>
internal static class JoinRequestRows
{
    public const string Prefix = "q|";

    // Account keys are short (channel:id); one too long for a row key is named by its hash instead.
    private const int MaxReadableKey = EntityLimits.MaxKeyLength - 10;

    public static string Key(ChatAccount account)
    {
        var key = $"{account.Channel.ToLowerInvariant()}:{account.AccountId}";
        return key.Length <= MaxReadableKey && !key.Any(char.IsSurrogate)
            ? Prefix + key
            : Prefix + "#" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }

    /// <summary>What a joint meeting was loaded from: its row's body and its request rows, to write only what changed.</summary>
    public sealed record Loaded(string HeadBody, IReadOnlyDictionary<string, (string Body, string ETag)> Requests);

    public static bool HasPendingInside(JointMeetingState head) => head.Contacts.Any(c => c.Status == ContactStatus.Pending);

    /// <summary>The joint meeting as the domain sees it: its row's contacts and the requests waiting.</summary>
    public static (JointMeetingState State, Loaded Loaded) Merge(EntityRow head, IEnumerable<EntityRow> requestRows)
    {
        var state = StateJson.Read<JointMeetingState>(head.PartitionKey, head.RowKey, head.Body);
        var rows = requestRows.ToList();
        var requests = rows.Select(r => StateJson.Read<Contact>(r.PartitionKey, r.RowKey, r.Body))
            // A request whose unit went (removed while it was asked) or whose account was approved meanwhile is no request.
            .Where(c => c.Status == ContactStatus.Pending
                && (c.UnitId is null || state.Units.Any(u => u.Id == c.UnitId))
                && !state.Contacts.Any(a => a.Status == ContactStatus.Approved && a.Account.SameAs(c.Account)))
            .OrderBy(c => c.RequestedAt)
            .ToList();
        var contacts = state.Contacts.Where(c => !requests.Any(r => r.Account.SameAs(c.Account))).Concat(requests).ToList();
        var loaded = new Loaded(head.Body, rows.ToDictionary(r => r.RowKey, r => (r.Body, r.ETag), StringComparer.Ordinal));
        return (state with { Contacts = contacts }, loaded);
    }

    /// <summary>The joint meeting's own row: approved contacts only.</summary>
    public static string HeadBody(JointMeetingState state) =>
        StateJson.Write(state with { Contacts = state.Contacts.Where(c => c.Status == ContactStatus.Approved).ToList() });

    /// <summary>What a joint meeting is stored as once its save went through: its row's body and its request rows with their new ETags.</summary>
    public static Loaded AsStored(JointMeetingState state, Loaded? before, IReadOnlyDictionary<string, string?> written)
    {
        var requests = new Dictionary<string, (string Body, string ETag)>(StringComparer.Ordinal);
        foreach (var contact in state.Contacts.Where(c => c.Status == ContactStatus.Pending))
        {
            var key = Key(contact.Account);
            var etag = written.TryGetValue(key, out var fresh) && fresh is not null ? fresh : before?.Requests.GetValueOrDefault(key).ETag;
            if (etag is not null) requests[key] = (StateJson.Write(contact), etag);
        }
        return new Loaded(HeadBody(state), requests);
    }

    /// <summary>The writes that bring the request rows from what was loaded to the pending contacts of now.</summary>
    public static IEnumerable<EntityWrite> Writes(JointMeetingState state, Loaded? loaded)
    {
        var now = state.Contacts.Where(c => c.Status == ContactStatus.Pending)
            .ToDictionary(c => Key(c.Account), StateJson.Write, StringComparer.Ordinal);
        var before = loaded?.Requests ?? new Dictionary<string, (string Body, string ETag)>();
        foreach (var (key, body) in now)
        {
            if (!before.TryGetValue(key, out var old))
                yield return EntityWrite.Insert(key, body);
            else if (old.Body != body)
                yield return EntityWrite.Replace(key, body, old.ETag);
        }
        foreach (var (key, old) in before)
            if (!now.ContainsKey(key))
                yield return EntityWrite.Delete(key, old.ETag);
    }
}
