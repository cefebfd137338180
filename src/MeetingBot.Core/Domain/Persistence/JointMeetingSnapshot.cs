using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Meetings;
using MeetingBot.Core.Domain.Reporting;

namespace MeetingBot.Core.Domain.Persistence;

/// <summary>A joint meeting's whole working state, as one load returns it (report histories and the audit are read apart).</summary>
/// <param name="CalendarETag">The version of the meetings' times as loaded (null before any meeting was given a time):
/// a change that gives a meeting a new time is saved only while it is still this one (<see cref="ChangeSet.OnCalendar"/>).</param>
/// <param name="TasksETag">The version of the tasks' guard as loaded (null before any change guarded it): a report naming a
/// task anew, or a re-import removing tasks, is saved only while it is still this one (<see cref="ChangeSet.OnTasks"/>).</param>
public sealed record JointMeetingSnapshot(
    Versioned<JointMeeting> JointMeeting,
    IReadOnlyList<Versioned<Meeting>> Meetings,
    IReadOnlyList<Versioned<ReportingRound>> Rounds,
    IReadOnlyList<Versioned<ProgressReport>> Reports,
    string? CalendarETag = null,
    string? TasksETag = null)
{
    public Versioned<Meeting>? FindMeeting(string id) => Meetings.FirstOrDefault(m => m.Value.Id == id);

    public Versioned<ReportingRound>? FindRound(string id) => Rounds.FirstOrDefault(r => r.Value.Id == id);

    public Versioned<ProgressReport>? FindReport(string roundId, string unitId) =>
        Reports.FirstOrDefault(r => r.Value.RoundId == roundId && r.Value.UnitId == unitId);
}
