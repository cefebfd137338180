using System.Collections.Concurrent;

namespace MeetingBot.Channels.BotFramework.Auth;

/// <summary>
/// Remembers tokens that passed validation until they expire, so that the channel's token (one per many
/// activities) is not parsed and RSA-verified on every call: that was a fifth of a turn's CPU. An entry counts only
/// while the key that signed it is still published, so a retired key stops its tokens at the next key refresh.
/// The cache holds a bounded number of tokens; when full it starts again rather than grow.
/// </summary>
internal sealed class ValidatedTokenCache(TimeProvider time)
{
    public const int Capacity = 4_096;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    private sealed record Entry(AuthenticatedCaller Caller, DateTimeOffset Expires, string Kid, OpenIdKeySource Source);

    public AuthenticatedCaller? Find(string token)
    {
        if (!_entries.TryGetValue(token, out var entry)) return null;
        if (time.GetUtcNow() < entry.Expires && entry.Source.Current?.ByKid.ContainsKey(entry.Kid) == true) return entry.Caller;
        _entries.TryRemove(token, out _);
        return null;
    }

    public void Add(string token, AuthenticatedCaller caller, DateTimeOffset expires, string kid, OpenIdKeySource source)
    {
        if (_entries.Count >= Capacity) _entries.Clear();
        _entries[token] = new Entry(caller, expires, kid, source);
    }
}
