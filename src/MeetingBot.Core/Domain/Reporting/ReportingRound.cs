using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Meetings;

namespace MeetingBot.Core.Domain.Reporting;

/// <summary>
/// A reporting round, opened for a meeting with a deadline: every member unit is asked about each task it leads
/// or shares. Deadlines are dates in the joint meeting's time zone and hold until that day ends.
/// </summary>
public sealed class ReportingRound : Aggregate
{
    private ReportingRound(ReportingRoundState state)
    {
        State = state;
        JointMeetingId = state.JointMeetingId;
    }

    public ReportingRoundState State { get; private set; }

    public string Id => State.Id;
    public bool IsOpen => State.Status == RoundStatus.Open;
    public TimeZoneInfo TimeZone => TimeZones.Find(State.TimeZoneId);

    /// <summary>The instant the original deadline passes: reports first submitted after it are late.</summary>
    public DateTimeOffset DeadlinePassesAt => TimeZones.EndOfDay(State.Deadline, TimeZone);

    /// <summary>The instant edits stop: the deadline, or the day the secretariat reopened the round until.</summary>
    public DateTimeOffset EditsCloseAt => TimeZones.EndOfDay(State.ReopenedUntil ?? State.Deadline, TimeZone);

    public static ReportingRound Restore(ReportingRoundState state) => new(state);

    public static ReportingRound Open(
        JointMeeting jointMeeting, Meeting meeting, IEnumerable<ReportingRound> roundsOfJointMeeting,
        ChatAccount by, string id, DateOnly deadline, DateTimeOffset now)
    {
        jointMeeting.Identify(by).RequireManager("open reporting rounds");
        Require.Id(id, "round id");
        if (meeting.JointMeetingId != jointMeeting.Id)
            throw new DomainException(DomainError.InvalidValue, $"Meeting {meeting.Id} belongs to another joint meeting.");
        if (meeting.Status != MeetingStatus.Planned)
            throw new DomainException(DomainError.MeetingNotPlanned, $"Meeting {meeting.Id} is {meeting.Status.ToString().ToLowerInvariant()}; rounds are opened for planned meetings.");
        if (roundsOfJointMeeting.FirstOrDefault(r => r.State.MeetingId == meeting.Id && r.IsOpen) is { } open)
            throw new DomainException(DomainError.RoundAlreadyOpen, $"Round {open.Id} is already open for meeting {meeting.Id}.");

        var zone = jointMeeting.TimeZone;
        CheckDeadline(deadline, zone, now);
        if (deadline > meeting.LocalDate)
            throw new DomainException(DomainError.DeadlineAfterMeeting, $"The deadline {deadline:yyyy-MM-dd} is after the meeting of {meeting.LocalDate:yyyy-MM-dd}; reports are due before it.");

        var assignments = jointMeeting.Units
            .Select(u => new RoundAssignment(u.Id, jointMeeting.TasksOf(u.Id).Select(t => t.Id).ToList()))
            .ToList();
        var round = new ReportingRound(new ReportingRoundState(
            id, jointMeeting.Id, meeting.Id, deadline, null, RoundStatus.Open, jointMeeting.State.TimeZoneId, assignments, now));
        round.Record(now, by, "round.opened", id, $"meeting {meeting.Id}, deadline {deadline:yyyy-MM-dd}, {assignments.Count} units");
        return round;
    }

    public IReadOnlyList<string> TasksOf(string unitId) =>
        State.Assignments.FirstOrDefault(a => a.UnitId == unitId)?.TaskIds ?? [];

    public bool Asks(string unitId) => State.Assignments.Any(a => a.UnitId == unitId);

    /// <summary>Lets units edit again until <paramref name="until"/>; reports first submitted now are still late.</summary>
    public void Reopen(JointMeeting jointMeeting, ChatAccount by, DateOnly until, DateTimeOffset now)
    {
        jointMeeting.Identify(by).RequireManager("reopen reporting rounds");
        CheckDeadline(until, TimeZone, now);
        State = State with { Status = RoundStatus.Open, ReopenedUntil = until };
        Record(now, by, "round.reopened", Id, $"until {until:yyyy-MM-dd}");
    }

    public void Close(JointMeeting jointMeeting, ChatAccount by, DateTimeOffset now)
    {
        jointMeeting.Identify(by).RequireManager("close reporting rounds");
        if (!IsOpen)
            throw new DomainException(DomainError.RoundClosed, $"Round {Id} is already closed.");
        State = State with { Status = RoundStatus.Closed };
        Record(now, by, "round.closed", Id);
    }

    private static void CheckDeadline(DateOnly deadline, TimeZoneInfo zone, DateTimeOffset now)
    {
        var today = TimeZones.LocalDate(now, zone);
        if (deadline < today)
            throw new DomainException(DomainError.DeadlineInPast, $"The deadline {deadline:yyyy-MM-dd} has passed (today is {today:yyyy-MM-dd} in {zone.Id}).");
    }
}
