using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MeetingBot.Storage.Entities;

namespace MeetingBot.Storage.Messaging;

/// <summary>
/// Where conversation references and undelivered messages live, in the table the joint meetings use:
/// <code>
/// partition        row key
/// |conversations   c|{channelId}|{conversationId}        a conversation, when its ids fit in a key
/// |conversations   h|{sha256 of the ids, hex}            a conversation whose ids are too long for a key
/// |undelivered     u|{recordedTicks}|{sequence}{random}  an undelivered message, in the order recorded
/// </code>
/// </summary>
/// <remarks>
/// No collision with joint meetings: their partition is the joint meeting's id, which cannot contain '|'
/// (the domain refuses it), and these partitions start with '|'. None of these row keys is "jm" either, so
/// listing joint meetings (every row keyed "jm", across partitions) never meets them.
/// <para>
/// One partition per kind: listing every conversation is then one query (one request per 1,000 rows on Azure)
/// instead of a table scan or a request per conversation. A partition serves about 2,000 entities/s on Azure;
/// a conversation is written when the bot is installed, removed or spoken to, and an undelivered message only
/// after its retries failed, which for one government's joint meetings stays far below that.
/// </para>
/// </remarks>
internal static class MessagingKeys
{
    public const string ConversationPartition = "|conversations";
    public const string UndeliveredPartition = "|undelivered";

    private const string PlainPrefix = "c|";
    private const string HashedPrefix = "h|";
    private const string UndeliveredPrefix = "u|";

    /// <summary>Both kinds of conversation key: one query lists them all.</summary>
    public static readonly IReadOnlyList<string> Conversations = [PlainPrefix, HashedPrefix];

    // Orders the entries one process records within one tick (a clock's resolution is coarser than a tick).
    private static long sequence;

    /// <summary>
    /// The ids as they are, so the table stays readable; a digest when they would pass the key limit (Teams'
    /// personal conversation ids run to well over 100 characters) or when the channel id holds the separator.
    /// The two forms have different prefixes, so a digest never equals a plain key.
    /// </summary>
    public static string Conversation(string channelId, string conversationId)
    {
        var plain = $"{PlainPrefix}{channelId}|{conversationId}";
        if (plain.Length <= EntityLimits.MaxKeyLength && !channelId.Contains('|'))
            return plain;
        // Length-prefixed, so that no two pairs of ids give the same input.
        var input = Encoding.UTF8.GetBytes($"{channelId.Length}:{channelId}{conversationId}");
        return HashedPrefix + Convert.ToHexStringLower(SHA256.HashData(input));
    }

    /// <summary>A new key for an entry recorded at <paramref name="recordedAt"/>: later entries sort after it, none is ever reused.</summary>
    public static string Undelivered(DateTimeOffset recordedAt)
    {
        var next = Interlocked.Increment(ref sequence);
        // The random part keeps entries of two processes apart when tick and sequence happen to match.
        var random = RandomNumberGenerator.GetHexString(8, lowercase: true);
        return string.Create(CultureInfo.InvariantCulture, $"{UndeliveredPrefix}{recordedAt.UtcTicks:D19}|{next:D19}{random}");
    }

    /// <summary>Prefixes whose keys include every entry recorded from <paramref name="from"/> to <paramref name="to"/> (and maybe a few around them).</summary>
    public static IReadOnlyList<string> UndeliveredBetween(DateTimeOffset from, DateTimeOffset to) =>
        [.. TickPrefixes.Covering(from.UtcTicks, to.UtcTicks).Select(ticks => UndeliveredPrefix + ticks)];
}
