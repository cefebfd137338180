using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Storage.Entities;

namespace MeetingBot.Storage.JointMeetings;

/// <summary>The joint-meeting lookups on any <see cref="IEntityTable"/> engine (see <see cref="MembershipIndex"/> for the rows).</summary>
public sealed class EntityJointMeetingLookup(IEntityTable table) : IJointMeetingLookup
{
    private const string MetaPartition = "|index";
    private const string Backfilled = "membership";

    public async Task<IReadOnlyList<JointMeeting>> OfAccountAsync(ChatAccount account, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(account);
        var found = (await HoldingAsync(MembershipIndex.Account(account.Channel, account.AccountId), cancellationToken))
            .Where(j => j.FindContact(account) is not null).ToList();
        // A request waiting lives in a row of its own (JoinRequestRows), which is its own lookup.
        foreach (var request in await table.FindByRowKeyAsync(JoinRequestRows.Key(account), cancellationToken))
        {
            if (request.PartitionKey.StartsWith('|') || found.Any(j => j.Id == request.PartitionKey)) continue;
            if (await table.GetAsync(request.PartitionKey, RowKeys.JointMeeting, cancellationToken) is not { } head) continue;
            var withRequest = JointMeeting.Restore(JoinRequestRows.Merge(head, [request]).State);
            if (withRequest.FindContact(account) is { Status: ContactStatus.Pending }) found.Add(withRequest);
        }
        return found;
    }

    public async Task<IReadOnlyList<JointMeeting>> BoundToAsync(string channel, string conversationId, CancellationToken cancellationToken = default)
    {
        var found = await HoldingAsync(MembershipIndex.Conversation(channel, conversationId), cancellationToken);
        return [.. found.Where(j => j.IsBoundTo(channel, conversationId))];
    }

    public async Task<JointMeeting?> FindAsync(string jointMeetingId, CancellationToken cancellationToken = default)
    {
        // Ids never hold '|'; a partition that does is not a joint meeting's.
        if (string.IsNullOrWhiteSpace(jointMeetingId) || jointMeetingId.Contains('|') || jointMeetingId.Length > EntityLimits.MaxKeyLength) return null;
        var row = await table.GetAsync(jointMeetingId, RowKeys.JointMeeting, cancellationToken);
        return row is null ? null : Read(row);
    }

    public async Task<int> BackfillAsync(CancellationToken cancellationToken = default)
    {
        if (await table.GetAsync(MetaPartition, Backfilled, cancellationToken) is not null) return 0;
        var heads = await table.FindByRowKeyAsync(RowKeys.JointMeeting, cancellationToken);
        foreach (var head in heads)
        {
            var state = Read(head).State;
            var existing = (await table.QueryAsync(head.PartitionKey, MembershipIndex.Prefixes, cancellationToken)).Select(r => r.RowKey).ToList();
            // Only what is missing: a lookup a save wrote or removed since is that save's to keep. A stale one left
            // over by a race is harmless: every answer is checked against the joint meeting's own record.
            var missing = MembershipIndex.Writes(state, existing).Where(w => w.Kind == EntityWriteKind.Upsert).ToList();
            foreach (var batch in missing.Chunk(EntityLimits.MaxWritesPerBatch))
                await table.SubmitAsync(head.PartitionKey, batch, cancellationToken);
        }
        try
        {
            await table.SubmitAsync(MetaPartition, [EntityWrite.Insert(Backfilled, "{}")], cancellationToken);
        }
        catch (StoreConflictException)
        {
            // Another instance backfilled at the same time.
        }
        return heads.Count;
    }

    private async Task<IReadOnlyList<JointMeeting>> HoldingAsync(string lookupKey, CancellationToken cancellationToken)
    {
        var rows = await table.FindByRowKeyAsync(lookupKey, cancellationToken);
        var found = new List<JointMeeting>(rows.Count);
        foreach (var row in rows.Where(r => !r.PartitionKey.StartsWith('|')))
            if (await FindAsync(row.PartitionKey, cancellationToken) is { } jointMeeting) found.Add(jointMeeting);
        return found;
    }

    private static JointMeeting Read(EntityRow row) =>
        JointMeeting.Restore(StateJson.Read<JointMeetingState>(row.PartitionKey, row.RowKey, row.Body));
}
