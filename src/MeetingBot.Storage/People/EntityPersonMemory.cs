using System.Security.Cryptography;
using System.Text;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Storage.Entities;
using MeetingBot.Storage.JointMeetings;

namespace MeetingBot.Storage.People;

/// <summary>
/// What the bot remembers of each person, on any <see cref="IEntityTable"/> engine: a partition per person, a row
/// per thing remembered.
/// <code>
/// partition                              row key
/// |person|{channel}|{accountId}          {name}            when it fits in a key
/// |person#{sha256 of channel and id}     {name}            when it does not
/// </code>
/// </summary>
public sealed class EntityPersonMemory(IEntityTable table) : IPersonMemory
{
    public async Task<string?> RecallAsync(ChatAccount person, string name, CancellationToken cancellationToken = default)
    {
        var row = await table.GetAsync(Partition(person), RowKey(name), cancellationToken);
        if (row is null) return null;
        var remembered = StateJson.Read<Remembered>(row.PartitionKey, row.RowKey, row.Body);
        // A digest partition does not name its person: make sure it is the one asked for.
        return remembered.Account == Account(person) ? remembered.Value : null;
    }

    public async Task RememberAsync(ChatAccount person, string name, string? value, CancellationToken cancellationToken = default)
    {
        var partition = Partition(person);
        if (value is not null)
        {
            await table.SubmitAsync(partition, [EntityWrite.Upsert(RowKey(name), StateJson.Write(new Remembered(Account(person), value)))], cancellationToken);
            return;
        }
        try
        {
            await table.SubmitAsync(partition, [EntityWrite.Delete(RowKey(name))], cancellationToken);
        }
        catch (StoreConflictException)
        {
            // Nothing was remembered: forgotten already.
        }
    }

    // Length-prefixed, so that no two (channel, id) pairs read alike.
    private static string Account(ChatAccount person) => $"{person.Channel.Length}:{person.Channel.ToLowerInvariant()}|{person.AccountId}";

    private static string Partition(ChatAccount person)
    {
        ArgumentNullException.ThrowIfNull(person);
        var plain = $"|person|{person.Channel.ToLowerInvariant()}|{person.AccountId}";
        return plain.Length <= EntityLimits.MaxKeyLength && !person.Channel.Contains('|')
            ? plain
            : "|person#" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Account(person))));
    }

    private static string RowKey(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return name.Length <= EntityLimits.MaxKeyLength ? name : "#" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)));
    }

    private sealed record Remembered(string Account, string Value);
}
