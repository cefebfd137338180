using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Domain.JointMeetings;

namespace MeetingBot.Core.Domain.Meetings;

/// <summary>A meeting of a joint meeting: planned, then held or cancelled; member units answer whether they attend.</summary>
public sealed class Meeting : Aggregate
{
    public const int MaxAgendaLength = 4_000;
    public const int MaxPlaceLength = 500;

    private Meeting(MeetingState state)
    {
        State = state;
        JointMeetingId = state.JointMeetingId;
    }

    public MeetingState State { get; private set; }

    public string Id => State.Id;
    public MeetingStatus Status => State.Status;
    public TimeZoneInfo TimeZone => TimeZones.Find(State.TimeZoneId);
    public DateTimeOffset StartsAt => TimeZones.ToInstant(State.LocalStart, TimeZone);
    public DateOnly LocalDate => DateOnly.FromDateTime(State.LocalStart);

    public static Meeting Restore(MeetingState state) => new(state);

    /// <summary>
    /// Whether this change gives the meeting a time it did not have (scheduled, or moved): the store then saves it
    /// only against the calendar its clash check read (see <see cref="MeetingCalendar"/>).
    /// </summary>
    public bool TakesNewTime { get; private set; }

    public override void AcceptChanges()
    {
        base.AcceptChanges();
        TakesNewTime = false;
    }

    /// <summary>Whether this meeting, while planned, takes up any of the time of <paramref name="plan"/>.</summary>
    public bool Clashes(MeetingPlan plan) =>
        Status == MeetingStatus.Planned
        && plan.LocalStart < State.LocalStart.AddMinutes(State.DurationMinutes)
        && State.LocalStart < plan.LocalStart + plan.Duration;

    /// <summary>
    /// Whether <paramref name="reply"/> was given for a time the meeting no longer has (answered, then moved). A meeting
    /// moved before the change of its time was kept counts any answer to an earlier change.
    /// </summary>
    public bool AnsweredForEarlierTime(AttendanceReply reply) =>
        State.TimeSequence > 0 ? reply.Sequence < State.TimeSequence
        : State.MovedFrom is not null && reply.Sequence < State.Sequence;

    public static Meeting Schedule(JointMeeting jointMeeting, ChatAccount by, string id, MeetingPlan plan, DateTimeOffset now)
    {
        jointMeeting.Identify(by).RequireManager("schedule meetings");
        Require.Id(id, "meeting id");
        var state = new MeetingState(id, jointMeeting.Id, default, jointMeeting.State.TimeZoneId, 0, null, null, null, MeetingStatus.Planned, null, []);
        var meeting = new Meeting(state);
        meeting.Apply(plan, now);
        meeting.TakesNewTime = true;
        meeting.Record(now, by, "meeting.scheduled", id, meeting.Describe());
        return meeting;
    }

    /// <param name="basedOnSequence">The <see cref="MeetingState.Sequence"/> a form was built from: a change made on an older plan is refused.</param>
    public void Reschedule(JointMeeting jointMeeting, ChatAccount by, MeetingPlan plan, DateTimeOffset now, int? basedOnSequence = null)
    {
        jointMeeting.Identify(by).RequireManager("reschedule meetings");
        RequirePlanned("rescheduled");
        RequireCurrent(basedOnSequence);
        var before = State.LocalStart;
        var length = State.DurationMinutes;
        Apply(plan, now);
        var newTime = State.LocalStart != before || State.DurationMinutes != length;
        TakesNewTime |= newTime;
        State = State with
        {
            Sequence = State.Sequence + 1,
            MovedFrom = State.LocalStart != before ? before : State.MovedFrom,
            TimeSequence = newTime ? State.Sequence + 1 : State.TimeSequence,
        };
        Record(now, by, "meeting.rescheduled", Id, Describe());
    }

    public void Cancel(JointMeeting jointMeeting, ChatAccount by, string reason, DateTimeOffset now, int? basedOnSequence = null)
    {
        jointMeeting.Identify(by).RequireManager("cancel meetings");
        RequirePlanned("cancelled");
        RequireCurrent(basedOnSequence);
        State = State with
        {
            Status = MeetingStatus.Cancelled,
            CancelReason = Require.Text(reason, "reason for cancelling", MaxPlaceLength),
            Sequence = State.Sequence + 1,
        };
        Record(now, by, "meeting.cancelled", Id, State.CancelReason);
    }

    /// <summary>Records that the meeting took place; only once it has started.</summary>
    public void MarkHeld(JointMeeting jointMeeting, ChatAccount by, DateTimeOffset now)
    {
        jointMeeting.Identify(by).RequireManager("record meetings as held");
        RequirePlanned("marked as held");
        if (now < StartsAt)
            throw new DomainException(DomainError.MeetingNotStarted, $"Meeting {Id} starts at {State.LocalStart:yyyy-MM-dd HH:mm}; it cannot be held before then.");
        State = State with { Status = MeetingStatus.Held };
        Record(now, by, "meeting.held", Id);
    }

    /// <param name="basedOnSequence">The <see cref="MeetingState.Sequence"/> of the notice answered: an answer to an earlier time is refused.</param>
    public AttendanceReply ReplyAttendance(JointMeeting jointMeeting, ChatAccount by, string unitId, Attendance attendance, string? who, DateTimeOffset now,
        int? basedOnSequence = null)
    {
        var unit = jointMeeting.GetUnit(unitId);
        jointMeeting.Identify(by).RequireActingFor(unit, "answer for it");
        RequirePlanned("answered");
        RequireCurrent(basedOnSequence);
        var deputy = Require.OptionalText(who, "name of who attends", 100);
        if (attendance == Attendance.SendDeputy && deputy is null)
            throw new DomainException(DomainError.InvalidValue, "Sending a deputy needs the deputy's name.");

        var reply = new AttendanceReply(unit.Id, attendance, deputy, by, now, State.Sequence);
        State = State with { Replies = [.. State.Replies.Where(r => r.UnitId != unit.Id), reply] };
        Record(now, by, "meeting.attendance", Id, $"{unit.Name}: {attendance}{(deputy is null ? "" : $" ({deputy})")}");
        return reply;
    }

    private void Apply(MeetingPlan plan, DateTimeOffset now)
    {
        var startsAt = TimeZones.ToInstant(plan.LocalStart, TimeZone);
        if (startsAt <= now)
            throw new DomainException(DomainError.MeetingInPast, $"{plan.LocalStart:yyyy-MM-dd HH:mm} has passed; a meeting is scheduled for a time to come.");
        if (plan.Duration < TimeSpan.FromMinutes(15) || plan.Duration > TimeSpan.FromHours(12))
            throw new DomainException(DomainError.InvalidValue, $"A meeting lasts 15 minutes to 12 hours, not {plan.Duration.TotalMinutes:0} minutes.");
        var link = Require.OptionalText(plan.OnlineLink, "online link", MaxPlaceLength);
        if (link is not null && !(Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
            throw new DomainException(DomainError.InvalidValue, $"'{link}' is not a web link (https://…).");

        State = State with
        {
            LocalStart = DateTime.SpecifyKind(plan.LocalStart, DateTimeKind.Unspecified),
            DurationMinutes = (int)plan.Duration.TotalMinutes,
            Location = Require.OptionalText(plan.Location, "location", MaxPlaceLength),
            OnlineLink = link,
            Agenda = Require.OptionalText(plan.Agenda, "agenda", MaxAgendaLength),
        };
    }

    private void RequireCurrent(int? basedOnSequence)
    {
        if (basedOnSequence is { } seen && seen != State.Sequence)
            throw new DomainException(DomainError.StaleVersion,
                $"Meeting {Id} was changed after the card was sent (change {seen}, now {State.Sequence}); it is now at {State.LocalStart:yyyy-MM-dd HH:mm}.");
    }

    private void RequirePlanned(string what)
    {
        if (State.Status != MeetingStatus.Planned)
            throw new DomainException(DomainError.MeetingNotPlanned, $"Meeting {Id} is {State.Status.ToString().ToLowerInvariant()}; it cannot be {what}.");
    }

    private string Describe() => $"{State.LocalStart:yyyy-MM-dd HH:mm} {State.TimeZoneId}, {State.DurationMinutes} min{(State.Location is null ? "" : $", {State.Location}")}";
}
