using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Domain.Reporting;

namespace MeetingBot.Core.Reporting;

/// <summary>
/// The read side of reporting, for any surface: the round a request means and its two read models. A query
/// loads the joint meeting once; nothing here changes anything.
/// </summary>
public sealed class RoundViews(IJointMeetingStore store, TimeProvider time)
{
    /// <summary>The round named, else the latest opened of the open rounds, else the latest round; null when there is none.</summary>
    public static ReportingRound? Pick(JointMeetingSnapshot snapshot, string? roundId)
    {
        var all = snapshot.Rounds.Select(r => r.Value).ToList();
        if (roundId is not null) return all.FirstOrDefault(r => string.Equals(r.Id, roundId, StringComparison.OrdinalIgnoreCase));
        return all.Where(r => r.IsOpen).OrderByDescending(r => r.State.OpenedAt).FirstOrDefault()
            ?? all.OrderByDescending(r => r.State.OpenedAt).FirstOrDefault();
    }

    /// <summary>Both read models of a round, as of now; null when the joint meeting or the round does not exist.</summary>
    public async Task<RoundReadModels?> LoadAsync(string jointMeetingId, string? roundId, CancellationToken cancellationToken = default)
    {
        if (await store.LoadAsync(jointMeetingId, cancellationToken) is not { } snapshot) return null;
        if (Pick(snapshot, roundId) is not { } round) return null;
        return RoundReadModels.Of(snapshot, round, time.GetUtcNow());
    }
}

/// <summary>A round's status matrix and brief, built from one snapshot.</summary>
public sealed record RoundReadModels(RoundStatusMatrix Status, RoundBrief Brief)
{
    public static RoundReadModels Of(JointMeetingSnapshot snapshot, ReportingRound round, DateTimeOffset now)
    {
        var data = new RoundData(snapshot, round, now);
        return new RoundReadModels(RoundStatusMatrix.Of(data), RoundBrief.Of(data));
    }
}
