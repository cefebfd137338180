using System.Security.Cryptography;
using System.Text;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Storage.Entities;

namespace MeetingBot.Storage.JointMeetings;

/// <summary>
/// Global lookup partitions, so that a person's lookup and a conversation's are each ONE point read (and one query of
/// the same partition more for a person in thousands of joint meetings, <see cref="HintRows"/>), and the
/// deployment's list one query of one partition, on both engines (Azure Tables indexes PartitionKey with RowKey: a
/// query naming only a row key scans the whole table; Azurite scans its table for any query, and only a point read
/// uses its index):
/// <code>
/// partition                          row key            body
/// |acct|{channel}|{accountId}        ids, ids|001, …    {"ids":{"{jointMeetingId}":{"at":…,"tag":…},…}}   a contact or a request to join, any state (HintRows)
/// |conv|{channel}|{conversationId}   ids, …             the same                                           a conversation bound to it
/// |#{sha256}                         ids                the same                                           either, when its key is too long
/// |list                              j|{jointMeetingId} {"name":…,"at":…,"committed":…}                    every joint meeting's id and name
/// {jointMeetingId}                   hints              {}                                                 its hints were written (at creation, or backfilled)
/// </code>
/// These are HINTS, not the authority. Azure batches hold one partition, so a hint cannot be written in the batch
/// that changes a joint meeting; the authority stays the joint meeting's own record (with its per-partition
/// lookups, <see cref="MembershipIndex"/>, written in that batch). Correct by construction:
/// <list type="bullet">
/// <item>a hint is written AHEAD of the batch that adds what it points to, so a committed membership always has its
/// hint; a crash or a refused batch between the two leaves only a hint too many;</item>
/// <item>a hint is removed AFTER the batch that removes the membership, and only if it is still the hint read
/// before that batch (its tag, new at every write): a save that added the same membership again meanwhile keeps it;</item>
/// <item>every answer is verified against the joint meeting's own record (<see cref="EntityJointMeetingLookup"/>),
/// so a hint too many is filtered out, and removed by a reader once it is older than <see cref="SettleTime"/> (a
/// younger one may belong to a save still in flight).</item>
/// </list>
/// A list row is a hint too, written ahead of the creation's batch, but what a person reads from it (a stranger's count,
/// a page, a search) must be exact, so it says whether its joint meeting is known to be committed: a creation writes it
/// "not yet" ahead of its batch and "committed" after it; a reader lists a "not yet" row only once the record confirms
/// it (and marks it so, one point read per such row, only while a creation is in flight or after a crash), and deletes
/// one the record refutes once older than <see cref="SettleTime"/>. Joint meetings are never deleted, so "committed"
/// stays true; a rename or the backfill writes it at once.
/// A hint row is changed on its ETag (read, change, replace; again on a conflict), so saves of two joint meetings
/// naming the same person never lose each other's hint. A person in more joint meetings than one row holds (a
/// provincial liaison in every county's) has further rows in the same partition (<see cref="HintRows"/>).
/// </summary>
internal static class LookupHints
{
    public const string ListPartition = "|list";

    /// <summary>Row keys of the list partition: "j|" and the id, never a key searched for across partitions ("jm", "hints").</summary>
    public const string RowPrefix = "j|";

    public static string Row(string jointMeetingId) => RowPrefix + jointMeetingId;

    /// <summary>The joint meeting a list row names; null for any other row.</summary>
    public static string? IdOf(EntityRow row) =>
        row.RowKey.StartsWith(RowPrefix, StringComparison.Ordinal) && row.RowKey.Length > RowPrefix.Length && row.RowKey.IndexOf('|', RowPrefix.Length) < 0
            ? row.RowKey[RowPrefix.Length..] : null;

    /// <summary>The ids of every list row, committed or not (one query of the list's partition).</summary>
    public static async Task<HashSet<string>> ListedIdsAsync(IEntityTable table, CancellationToken cancellationToken) =>
        (await table.QueryAsync(ListPartition, [RowPrefix], cancellationToken)).Select(IdOf).OfType<string>().ToHashSet(StringComparer.Ordinal);

    /// <summary>The row of a joint meeting's partition saying that its hints and list row were written.</summary>
    public const string HintedRow = "hints";

    /// <summary>
    /// How long a hint that verification finds no membership for is left alone: the time a save may take between
    /// writing its hints and committing its batch (one request, with the engine's own retries), with a wide margin.
    /// </summary>
    public static readonly TimeSpan SettleTime = TimeSpan.FromMinutes(10);

    /// <summary>The partition of an account's hints: one read names the joint meetings it is a contact of or asked to join.</summary>
    public static string Account(string channel, string accountId) => Partition(MembershipIndex.Account(channel, accountId));

    /// <summary>The partition of a conversation's hints: one read names the joint meetings bound to it.</summary>
    public static string Conversation(string channel, string conversationId) => Partition(MembershipIndex.Conversation(channel, conversationId));

    /// <summary>Every hint partition a state of a joint meeting is found in: all its contacts (requests waiting too) and bound conversations.</summary>
    public static HashSet<string> Of(JointMeetingState state)
    {
        var partitions = new HashSet<string>(StringComparer.Ordinal);
        foreach (var contact in state.Contacts)
            partitions.Add(Account(contact.Account.Channel, contact.Account.AccountId));
        foreach (var bound in state.BoundConversations)
            partitions.Add(Conversation(bound.Channel, bound.ConversationId));
        return partitions;
    }

    /// <param name="committed">Whether the joint meeting's record is known to exist (see the class comment).</param>
    public static string EntryBody(string name, DateTimeOffset at, bool committed) => StateJson.Write(new ListEntry(name, at, committed));

    public static Hint NewHint(DateTimeOffset at) => new(at, Guid.NewGuid().ToString("N")[..16]);

    public static ListEntry ReadEntry(EntityRow row) => StateJson.Read<ListEntry>(row.PartitionKey, row.RowKey, row.Body);

    // A partition key starting with '|' is never a joint meeting's (ids cannot hold '|'); the per-partition key is
    // already a plain readable key or a digest, one '|' in front stays within the limit or is hashed again.
    private static string Partition(string lookupKey) =>
        lookupKey.Length < EntityLimits.MaxKeyLength
            ? "|" + lookupKey
            : "|#" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(lookupKey)));

    /// <summary>One joint meeting named by a hint row: when it was written (a reader removes one the record refutes only
    /// once it is old), and a tag new at every write (a removal takes away only the hint it read).</summary>
    public sealed record Hint(DateTimeOffset At, string Tag);

    /// <summary>A list row's body: the joint meeting's name, when it was written, and whether its record is known to exist
    /// (a row without it, of an earlier build, is checked like a creation in flight).</summary>
    public sealed record ListEntry(string Name, DateTimeOffset At, bool Committed = false);
}
