using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Conversation.People;
using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Storage.Entities;
using MeetingBot.Storage.JointMeetings;

namespace MeetingBot.Storage.People;

/// <summary>
/// The language each person chats in, on any <see cref="IEntityTable"/> engine, one small row per person in one
/// partition, so that a start reads them all with one query (not a search of the whole table, which Azure Tables
/// answers by scanning every joint meeting's rows):
/// <code>
/// partition              row key
/// |languages             {account key}    {"person":…,"lang":"en"}   (a digest "#…" when the key is too long)
/// |languages             |done            {}                         the rows below were copied in (once per store)
/// |person|{account key}  language         {"lang":"en"}              the layout before, still written for older instances
/// </code>
/// The partitions start with '|', which a joint meeting's id cannot contain. Read into memory once at start
/// (<see cref="LoadAsync"/>) and written through when a person's language changes, so a notice or a reminder asks
/// no query. Another instance learns a change at its next start.
/// </summary>
public sealed class EntityPersonLanguages(IEntityTable table) : IPersonLanguages
{
    public const string RowKey = "language";
    private const string PartitionPrefix = "|person|";
    private const string Partition = "|languages";
    private const string Copied = "|done";

    private readonly ConcurrentDictionary<string, Lang> known = new(StringComparer.Ordinal);

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        var rows = await table.QueryAsync(Partition, [""], cancellationToken);
        if (rows.Any(r => r.RowKey == Copied))
        {
            Remember(rows);
            return;
        }

        // A store of the layout before: the search across partitions, once, and its rows copied into the partition;
        // a row there already (a change since, or another instance copying) wins over the older one.
        var old = new Dictionary<string, Lang>(StringComparer.Ordinal);
        foreach (var row in await table.FindByRowKeyAsync(RowKey, cancellationToken))
            if (row.PartitionKey.StartsWith(PartitionPrefix, StringComparison.Ordinal))
                old[row.PartitionKey[PartitionPrefix.Length..]] = Of(StateJson.Read<LanguageRow>(row.PartitionKey, row.RowKey, row.Body).Lang);
        var have = rows.Select(r => r.RowKey).ToHashSet(StringComparer.Ordinal);
        var missing = old.Where(p => !have.Contains(Key(p.Key))).Select(p => EntityWrite.Insert(Key(p.Key), Body(p.Key, p.Value))).ToList();
        foreach (var batch in missing.Chunk(EntityLimits.MaxWritesPerBatch))
            await InsertAsync(batch, cancellationToken);
        await InsertAsync([EntityWrite.Insert(Copied, "{}")], cancellationToken);
        foreach (var (person, lang) in old) known[person] = lang;
        Remember(rows); // newer than the rows of the layout before
    }

    private void Remember(IEnumerable<EntityRow> rows)
    {
        foreach (var row in rows.Where(r => r.RowKey != Copied))
        {
            var stored = StateJson.Read<LanguageRow>(row.PartitionKey, row.RowKey, row.Body);
            if (stored.Person is { } person) known[person] = Of(stored.Lang);
        }
    }

    public Lang? Find(ChatAccount person) => known.TryGetValue(person.Key, out var lang) ? lang : null;

    public async Task RememberAsync(ChatAccount person, Lang lang, CancellationToken cancellationToken)
    {
        if (known.TryGetValue(person.Key, out var was) && was == lang) return;
        await table.SubmitAsync(Partition, [EntityWrite.Upsert(Key(person.Key), Body(person.Key, lang))], cancellationToken);
        await table.SubmitAsync(PartitionPrefix + person.Key, [EntityWrite.Upsert(RowKey, StateJson.Write(new LanguageRow(lang.Code())))], cancellationToken);
        known[person.Key] = lang;
    }

    private static Lang Of(string lang) => lang == "en" ? Lang.En : Lang.Zh;

    private static string Body(string person, Lang lang) => StateJson.Write(new LanguageRow(lang.Code(), person));

    // Account keys are short (channel:id, so never "|done"); one too long for a row key is named by its digest.
    private static string Key(string person) =>
        person.Length <= EntityLimits.MaxKeyLength && !person.Any(char.IsSurrogate)
            ? person
            : "#" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(person)));

    // A batch holding a row that exists fails whole: then one at a time, the rows there already staying.
    private async Task InsertAsync(IReadOnlyList<EntityWrite> batch, CancellationToken cancellationToken)
    {
        try
        {
            await table.SubmitAsync(Partition, batch, cancellationToken);
        }
        catch (StoreConflictException)
        {
            foreach (var write in batch)
            {
                try { await table.SubmitAsync(Partition, [write], cancellationToken); }
                catch (StoreConflictException) { }
            }
        }
    }

    private sealed record LanguageRow(string Lang, string? Person = null);
}
