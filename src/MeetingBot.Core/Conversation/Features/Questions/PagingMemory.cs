using System.Collections.Concurrent;

namespace MeetingBot.Core.Conversation.Features.Questions;

/// <summary>
/// The last long answer each person has in each conversation, so that a typed "更多" continues it. Kept in memory
/// (lost on restart, where the card button and "… 第2页" still work) and bounded: past the cap it starts afresh.
/// </summary>
public sealed class PagingMemory
{
    public const int Capacity = 10_000;

    private readonly ConcurrentDictionary<string, (string Query, int NextPage)> next = new();

    public void Remember(ChatMessage message, string query, int nextPage)
    {
        if (next.Count >= Capacity) next.Clear();
        next[Key(message)] = (query, nextPage);
    }

    public void Forget(ChatMessage message) => next.TryRemove(Key(message), out _);

    public (string Query, int NextPage)? Recall(ChatMessage message) =>
        next.TryGetValue(Key(message), out var found) ? found : null;

    private static string Key(ChatMessage message) =>
        $"{message.Conversation.Channel}\n{message.Conversation.Id}\n{message.From.Key}";
}
