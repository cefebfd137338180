using System.Security.Cryptography;
using System.Text;
using MeetingBot.Storage.Entities;

namespace MeetingBot.Storage.Messaging;

/// <summary>
/// Where a channel's lookups of conversations live: in the conversations' own partition, so that a conversation
/// and the lookups pointing at it are written in one atomic change.
/// <code>
/// partition        row key
/// |conversations   k|{channelId}|{lookup}             a lookup, when it fits in a key
/// |conversations   kh|{sha256 of channel and lookup}   a lookup too long for a key
/// |conversations   meta|lookups|{scope}               the lookups of a channel's code (its scope) were backfilled
/// </code>
/// None of these prefixes starts a conversation's key ("c|", "h|"), so listing conversations never meets them.
/// </summary>
internal static class LookupKeys
{
    private const string PlainPrefix = "k|";
    private const string HashedPrefix = "kh|";

    /// <summary>Both kinds of lookup key: one query lists them all.</summary>
    public static readonly IReadOnlyList<string> All = [PlainPrefix, HashedPrefix];

    public static string Lookup(string channelId, string lookup)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        ArgumentException.ThrowIfNullOrEmpty(lookup);
        var plain = $"{PlainPrefix}{channelId}|{lookup}";
        if (plain.Length <= EntityLimits.MaxKeyLength && !channelId.Contains('|'))
            return plain;
        var input = Encoding.UTF8.GetBytes($"{channelId.Length}:{channelId}{lookup}");
        return HashedPrefix + Convert.ToHexStringLower(SHA256.HashData(input));
    }

    public static string Backfilled(string scope) => $"meta|lookups|{scope}";
}

/// <summary>A lookup's row: which conversation it points at, and its own words (a digest key does not name them).</summary>
internal sealed record LookupRow(string Channel, string Lookup, string ConversationId);
