using MeetingBot.Core.Domain.Meetings;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Domain.Reporting;
using MeetingBot.Core.Reporting;

namespace MeetingBot.Core.Conversation.Features.Reporting;

/// <summary>Which round a message is about when it does not say, and the ids of new rounds.</summary>
public static class Rounds
{
    /// <summary>
    /// The open round a unit reports in: of the open rounds that ask it, the one whose edits close soonest and
    /// have not closed yet; when all have, the one that closed last (its rules then say what may still be done).
    /// </summary>
    public static ReportingRound? OpenFor(JointMeetingSnapshot snapshot, string unitId, DateTimeOffset now)
    {
        var open = snapshot.Rounds.Select(r => r.Value).Where(r => r.IsOpen && r.Asks(unitId)).ToList();
        return open.Where(r => r.EditsCloseAt > now).OrderBy(r => r.EditsCloseAt).FirstOrDefault()
            ?? open.OrderByDescending(r => r.EditsCloseAt).FirstOrDefault();
    }

    /// <summary>The unit's open round, else the latest round that asked it.</summary>
    public static ReportingRound? CurrentFor(JointMeetingSnapshot snapshot, string unitId, DateTimeOffset now) =>
        OpenFor(snapshot, unitId, now)
        ?? snapshot.Rounds.Select(r => r.Value).Where(r => r.Asks(unitId)).OrderByDescending(r => r.State.OpenedAt).FirstOrDefault();

    /// <summary>A round by id; else the latest opened of the open rounds; else the latest round.</summary>
    public static ReportingRound? Current(JointMeetingSnapshot snapshot, string? roundId) => RoundViews.Pick(snapshot, roundId);

    /// <summary>"r1", "r2" …: short to type, one more than the highest so far (a lost race retries with the next).</summary>
    public static string NextId(JointMeetingSnapshot snapshot)
    {
        var highest = snapshot.Rounds
            .Select(r => r.Value.Id)
            .Select(id => id.Length > 1 && id[0] == 'r' && int.TryParse(id.AsSpan(1), out var n) ? n : 0)
            .DefaultIfEmpty(0).Max();
        return $"r{highest + 1}";
    }

    /// <summary>Planned meetings still to come, soonest first.</summary>
    public static IReadOnlyList<Meeting> UpcomingMeetings(JointMeetingSnapshot snapshot, DateTimeOffset now) =>
        snapshot.Meetings.Select(m => m.Value)
            .Where(m => m.Status == MeetingStatus.Planned && m.StartsAt > now)
            .OrderBy(m => m.StartsAt).ToList();

    /// <summary>Upcoming planned meetings that have no open round yet: the ones a round can be opened for.</summary>
    public static IReadOnlyList<Meeting> MeetingsWithoutRound(JointMeetingSnapshot snapshot, DateTimeOffset now) =>
        UpcomingMeetings(snapshot, now)
            .Where(m => !snapshot.Rounds.Any(r => r.Value.IsOpen && r.Value.State.MeetingId == m.Id)).ToList();

    public static Meeting? MeetingOf(JointMeetingSnapshot snapshot, ReportingRound round) => snapshot.FindMeeting(round.State.MeetingId)?.Value;

    /// <summary>The units a round expects a report from: those asked about at least one task (a unit with none cannot report).</summary>
    public static IReadOnlyList<string> UnitsWithTasks(ReportingRound round) =>
        round.State.Assignments.Where(a => a.TaskIds.Count > 0).Select(a => a.UnitId).ToList();
}
