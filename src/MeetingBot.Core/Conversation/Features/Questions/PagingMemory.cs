using System.Collections.Concurrent;
using System.Globalization;

namespace MeetingBot.Core.Conversation.Features.Questions;

/// <summary>
/// The last long answer each person has in each conversation, so that a typed "更多" continues it. With a person
/// memory it is kept in the store (the next message may reach another instance, or this one after a restart);
/// without one, in this process's memory, bounded (past the cap it starts afresh).
/// </summary>
public sealed class PagingMemory(IPersonMemory? people = null)
{
    public const int Capacity = 10_000;

    private readonly ConcurrentDictionary<string, (string Query, int NextPage)> next = new();

    public async Task RememberAsync(ChatMessage message, string query, int nextPage, CancellationToken cancellationToken)
    {
        if (people is null)
        {
            if (next.Count >= Capacity) next.Clear();
            next[Key(message)] = (query, nextPage);
            return;
        }
        await people.RememberAsync(message.From, Name(message), $"{nextPage.ToString(CultureInfo.InvariantCulture)}\n{query}", cancellationToken);
    }

    public async Task ForgetAsync(ChatMessage message, CancellationToken cancellationToken)
    {
        if (people is null)
        {
            next.TryRemove(Key(message), out _);
            return;
        }
        // Most answers fit on one page and most people never paged: a read, and a write only when there is one to forget.
        if (await people.RecallAsync(message.From, Name(message), cancellationToken) is not null)
            await people.RememberAsync(message.From, Name(message), null, cancellationToken);
    }

    public async Task<(string Query, int NextPage)?> RecallAsync(ChatMessage message, CancellationToken cancellationToken)
    {
        if (people is null) return next.TryGetValue(Key(message), out var found) ? found : null;
        var stored = await people.RecallAsync(message.From, Name(message), cancellationToken);
        // Written above as "{page}\n{query}"; anything else is not a position to continue from.
        if (stored?.IndexOf('\n') is not (> 0 and var split)
            || !int.TryParse(stored.AsSpan(0, split), NumberStyles.None, CultureInfo.InvariantCulture, out var page))
            return null;
        return (stored[(split + 1)..], page);
    }

    private static string Key(ChatMessage message) =>
        $"{message.Conversation.Channel}\n{message.Conversation.Id}\n{message.From.Key}";

    // A person's memory is theirs already: the conversation tells their positions apart.
    private static string Name(ChatMessage message) => $"paging|{message.Conversation.Channel.ToLowerInvariant()}|{message.Conversation.Id}";
}
