using MeetingBot.Core.Domain.Accounts;

namespace MeetingBot.Core.Domain.Meetings;

public enum MeetingStatus { Planned, Held, Cancelled }

public enum Attendance
{
    Attend,
    /// <summary>派员参加: the unit sends someone else, named in the reply.</summary>
    SendDeputy,
    Absent,
}

/// <summary>
/// One member unit's answer to a meeting notice; the latest answer counts. <see cref="Sequence"/> is the meeting's
/// <see cref="MeetingState.Sequence"/> when it was given: an answer to an earlier time is no answer to the new one.
/// </summary>
public sealed record AttendanceReply(string UnitId, Attendance Attendance, string? Who, ChatAccount By, DateTimeOffset At, int Sequence = 0);

/// <summary>
/// What is stored of a meeting. The start is wall-clock time in <see cref="TimeZoneId"/>. <see cref="Sequence"/>
/// counts the changes members were told of (reschedule, cancel): calendar invitations carry it as SEQUENCE, so a
/// calendar replaces the older invitation; states stored before it existed read as 0. <see cref="MovedFrom"/> is
/// the start before the last reschedule that moved it. <see cref="TimeSequence"/> is the <see cref="Sequence"/> of the
/// last change of its time (0: never moved, or stored before it was kept): answers given before it are for an old time.
/// </summary>
public sealed record MeetingState(
    string Id,
    string JointMeetingId,
    DateTime LocalStart,
    string TimeZoneId,
    int DurationMinutes,
    string? Location,
    string? OnlineLink,
    string? Agenda,
    MeetingStatus Status,
    string? CancelReason,
    IReadOnlyList<AttendanceReply> Replies,
    int Sequence = 0,
    DateTime? MovedFrom = null,
    int TimeSequence = 0);
