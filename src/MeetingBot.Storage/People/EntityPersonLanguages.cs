using System.Collections.Concurrent;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Conversation.People;
using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Storage.Entities;
using MeetingBot.Storage.JointMeetings;

namespace MeetingBot.Storage.People;

/// <summary>
/// The language each person chats in, on any <see cref="IEntityTable"/> engine, one small row per person:
/// <code>
/// partition              row key
/// |person|{account key}  language    {"lang":"en"}
/// </code>
/// The partition starts with '|', which a joint meeting's id cannot contain. Read into memory once at start
/// (<see cref="LoadAsync"/>) and written through when a person's language changes, so a notice or a reminder asks
/// no query. Another instance learns a change at its next start (kept isolated here so that it can move into the
/// per-person state of issue 23, which every instance reads).
/// </summary>
public sealed class EntityPersonLanguages(IEntityTable table) : IPersonLanguages
{
    public const string RowKey = "language";
    private const string PartitionPrefix = "|person|";

    private readonly ConcurrentDictionary<string, Lang> known = new(StringComparer.Ordinal);

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        foreach (var row in await table.FindByRowKeyAsync(RowKey, cancellationToken))
            if (row.PartitionKey.StartsWith(PartitionPrefix, StringComparison.Ordinal))
                known[row.PartitionKey[PartitionPrefix.Length..]] = StateJson.Read<LanguageRow>(row.PartitionKey, row.RowKey, row.Body).Lang == "en" ? Lang.En : Lang.Zh;
    }

    public Lang? Find(ChatAccount person) => known.TryGetValue(person.Key, out var lang) ? lang : null;

    public async Task RememberAsync(ChatAccount person, Lang lang, CancellationToken cancellationToken)
    {
        if (known.TryGetValue(person.Key, out var was) && was == lang) return;
        await table.SubmitAsync(PartitionPrefix + person.Key, [EntityWrite.Upsert(RowKey, StateJson.Write(new LanguageRow(lang.Code())))], cancellationToken);
        known[person.Key] = lang;
    }

    private sealed record LanguageRow(string Lang);
}
