using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Storage.Entities;

namespace MeetingBot.Storage.Reminders;

/// <summary>How a change of a joint meeting writes its due hint: ahead of the batch that holds its mark (see <see cref="DueKeys"/>).</summary>
internal static class DueHints
{
    /// <summary>
    /// Writes the hint of <paramref name="markKey"/>, then runs <paramref name="batch"/>, which inserts that mark. A
    /// crash in between leaves a hint too many (one harmless extra look), never a mark without a hint. A batch refused
    /// as a whole takes its hint back (best effort: a hint left over costs only that extra look).
    /// </summary>
    /// <summary>
    /// Marks joint meetings due for one more look, each at its instant: a hint naming a mark nobody wrote, which the look
    /// inserts (<see cref="EntityReminderDueIndex.OpenAsync"/>), as for a change's hint whose batch has not landed.
    /// </summary>
    public static async Task LookAgainAsync(IEntityTable table, IEnumerable<string> jointMeetingIds, Func<string, DateTimeOffset> at, CancellationToken cancellationToken)
    {
        foreach (var batch in jointMeetingIds.Chunk(EntityLimits.MaxWritesPerBatch))
            await table.SubmitAsync(DueKeys.HintPartition, [.. batch.Select(id => EntityWrite.Upsert(DueKeys.Hint(id, DueKeys.LookAgain(at(id))), "{}"))], cancellationToken);
    }

    public static async Task<IReadOnlyList<string?>> AheadOfAsync(IEntityTable table, string jointMeetingId, string markKey,
        Func<Task<IReadOnlyList<string?>>> batch, CancellationToken cancellationToken)
    {
        var hint = DueKeys.Hint(jointMeetingId, markKey);
        var written = await table.SubmitAsync(DueKeys.HintPartition, [EntityWrite.Upsert(hint, "{}")], cancellationToken);
        try
        {
            return await batch();
        }
        catch (StoreConflictException)
        {
            try
            {
                await table.SubmitAsync(DueKeys.HintPartition, [EntityWrite.Delete(hint, written[0])], CancellationToken.None);
            }
            catch (Exception ex) when (ex is StoreConflictException or StoreUnavailableException)
            {
                // A sweep took it meanwhile, or the store is away: the hint stays, one look too many.
            }
            throw;
        }
    }
}
