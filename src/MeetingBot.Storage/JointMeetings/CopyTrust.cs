using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Storage.Entities;

namespace MeetingBot.Storage.JointMeetings;

/// <summary>
/// From when the store's <see cref="WorkingCopy"/> rows are trusted. A version before them changes working-state rows
/// without marking the copy stale, so during a rolling upgrade a copy could hide an old instance's change. The first
/// instance of this version to touch a store writes when trust begins: at once on a store with no joint meeting yet
/// (no version before can have saved anything), else a day later (<see cref="UpgradeRecheck.QuietFor"/>: an upgrade is
/// expected to end within it, as the lookups' re-check expects). Until then loads query, as before copies.
/// </summary>
internal sealed class CopyTrust(IEntityTable table, TimeProvider clock)
{
    private const string Partition = "|copies";
    private const string Row = "trusted";

    private readonly SemaphoreSlim _once = new(1, 1);
    private DateTimeOffset? _from;

    /// <summary>Whether copies are trusted now; the first call of a process reads (or writes) when trust begins.</summary>
    public async ValueTask<bool> NowAsync(CancellationToken cancellationToken)
    {
        var from = _from ?? await FromAsync(cancellationToken);
        return clock.GetUtcNow() >= from;
    }

    /// <summary>Called before this process's first save: a store this version creates trusts its copies at once.</summary>
    public async ValueTask EnsureMarkedAsync(CancellationToken cancellationToken)
    {
        if (_from is null) await FromAsync(cancellationToken);
    }

    private async Task<DateTimeOffset> FromAsync(CancellationToken cancellationToken)
    {
        await _once.WaitAsync(cancellationToken);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                if (_from is { } known) return known;
                if (await table.GetAsync(Partition, Row, cancellationToken) is { } row)
                    return (_from = StateJson.Read<Mark>(row.PartitionKey, row.RowKey, row.Body).From).Value;
                var now = clock.GetUtcNow();
                // One scan, once per store: is there anything a version before this one may have saved?
                var from = (await table.FindByRowKeyAsync(RowKeys.JointMeeting, cancellationToken)).Count == 0 ? now : now + UpgradeRecheck.QuietFor;
                try
                {
                    await MarkAsync(table, from, cancellationToken);
                    return (_from = from).Value;
                }
                catch (StoreConflictException) when (attempt < 3)
                {
                    // Another instance marked it first: its word stands, read it.
                }
            }
        }
        finally
        {
            _once.Release();
        }
    }

    /// <summary>Writes when trust begins, unless an instance wrote it first (a conflict then).</summary>
    internal static Task MarkAsync(IEntityTable table, DateTimeOffset from, CancellationToken cancellationToken = default) =>
        table.SubmitAsync(Partition, [EntityWrite.Insert(Row, StateJson.Write(new Mark(from)))], cancellationToken);

    private sealed record Mark(DateTimeOffset From);
}
