namespace MeetingBot.Core.Domain.Reporting;

/// <summary>
/// The version of a report a card (or a "which task?" question) was built from, with what that version said: a
/// save based on it applies only to tasks nobody changed since, or that already say what it says. Saves made
/// from the same card (<see cref="CardId"/>: a draft, then submit) are the card's own and move its base along.
/// </summary>
public sealed record ReportBase(int Version, IReadOnlyList<TaskProgress> Entries, string? CardId = null)
{
    public static readonly ReportBase Empty = new(0, []);

    /// <summary>The base of a card built from <paramref name="version"/>, past the versions saved from the card itself since.</summary>
    public static ReportBase Of(int version, string? cardId, IReadOnlyList<ReportVersion> history)
    {
        var byNumber = history.ToDictionary(v => v.Number);
        while (cardId is not null && byNumber.TryGetValue(version + 1, out var next) && next.CardId == cardId)
            version++;
        return new ReportBase(version, byNumber.TryGetValue(version, out var shown) ? shown.Entries : [], cardId);
    }

    /// <summary>
    /// The tasks of <paramref name="entries"/> that changed after this version to something other than what the
    /// entries say: saving them would undo newer work. None when the report is still at this version.
    /// </summary>
    public IReadOnlyList<string> Conflicts(ProgressReportState now, IReadOnlyList<TaskProgress> entries)
    {
        if (now.Version == Version) return [];
        return entries
            .Where(entry =>
            {
                var current = now.Entries.FirstOrDefault(e => e.TaskId == entry.TaskId);
                var shown = Entries.FirstOrDefault(e => e.TaskId == entry.TaskId);
                var unchangedSince = current is null ? shown is null : current.Says(shown);
                return !unchangedSince && !entry.Says(current);
            })
            .Select(e => e.TaskId)
            .ToList();
    }
}
