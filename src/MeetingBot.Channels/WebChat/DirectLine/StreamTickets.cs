using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace MeetingBot.Channels.WebChat.DirectLine;

/// <summary>
/// What a streamUrl carries instead of the token: a random ticket for one conversation, good for one connection
/// within <see cref="Lifetime"/> (Direct Line gives a client 60 s to connect). URLs end up in request logs; a
/// used or stale ticket found there opens nothing, where a token would have worked for half an hour.
/// </summary>
public sealed class StreamTickets(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);
    private const int MaxOutstanding = 10_000;

    private readonly ConcurrentDictionary<string, (string ConversationId, string UserId, DateTimeOffset Expires)> tickets = new(StringComparer.Ordinal);

    public string Issue(string conversationId, string userId)
    {
        var now = time.GetUtcNow();
        if (tickets.Count >= MaxOutstanding)
            foreach (var (key, ticket) in tickets)
                if (ticket.Expires <= now) tickets.TryRemove(key, out _);
        var id = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(24));
        tickets[id] = (conversationId, userId, now + Lifetime);
        return id;
    }

    /// <summary>The conversation and user of a ticket seen for the first time before it expired; null otherwise.</summary>
    public (string ConversationId, string UserId)? Redeem(string? ticket)
    {
        if (string.IsNullOrEmpty(ticket) || !tickets.TryRemove(ticket, out var found)) return null;
        return time.GetUtcNow() < found.Expires ? (found.ConversationId, found.UserId) : null;
    }
}
