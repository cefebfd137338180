using MeetingBot.Core.Domain.Meetings;

namespace MeetingBot.Core.Conversation.Features.Meetings;

/// <summary>
/// A meeting as a person names it: its id ("2026-06-18-2", "m1") or its day ("6月18日"). <see cref="Date"/> is
/// set when the text reads as a day, so that a meeting can be found by its day when no id matches.
/// </summary>
public sealed record MeetingRef(string Text, DateOnly? Date);

/// <summary>
/// When, where and what, as far as it was given (typed or from a card): every part may be missing, the verb decides
/// which are needed. <see cref="Title"/> is the unlabelled rest of a typed line ("第一次全体会议").
/// </summary>
public sealed record MeetingDetails(
    DateOnly? Date = null,
    TimeOnly? Time = null,
    int? DurationMinutes = null,
    string? Location = null,
    string? Link = null,
    string? Agenda = null,
    string? Title = null)
{
    public static readonly MeetingDetails None = new();

    /// <summary>What the meeting is about: the title, then the labelled agenda.</summary>
    public string? FullAgenda => (Title, Agenda) switch
    {
        (null, null) => null,
        ({ } t, null) => t,
        (null, { } a) => a,
        ({ } t, { } a) => $"{t}\n{a}",
    };

    public bool ChangesSomething => Date is not null || Time is not null || DurationMinutes is not null || Location is not null || Link is not null || Agenda is not null;
}

/// <summary>What is wrong with a typed or submitted meeting: nothing is changed, the reply says how to write it.</summary>
public enum MeetingProblem
{
    MissingDate,
    MissingTime,
    InvalidDate,
    InvalidTime,
    InvalidDuration,
    InvalidLink,
    TooLong,
    MissingReason,
    MissingDeputy,
    MissingChange,
}

/// <summary>What a person asked of meetings, as <see cref="MeetingCommands.Parse"/> reads it.</summary>
public abstract record MeetingCommand;

/// <summary>"安排会议" alone: the form card.</summary>
public sealed record ShowScheduleForm : MeetingCommand;

/// <summary>
/// "安排会议 2026-06-18 14:30 第一次全体会议". <see cref="SharesTimeWith"/>: "确认与 m1 同时安排会议 …", the answer to "a
/// meeting is planned at that time already: schedule another?", naming the meetings agreed to share the time with.
/// </summary>
public sealed record ScheduleMeeting(MeetingDetails Details, IReadOnlyList<string>? SharesTimeWith = null) : MeetingCommand;

/// <summary>
/// "调整会议 2026-06-18 2026-06-20 09:00". With no change given, the form card. An unlabelled rest of the line
/// ("因场地冲突") is a note for the notice, not a new agenda: only "议程：…" changes the agenda. <see cref="WithoutRef"/> reads
/// the whole line as the change, for "调整会议 2026-06-20 09:00" when the only planned meeting is meant.
/// </summary>
public sealed record RescheduleMeeting(MeetingRef? Meeting, MeetingDetails Details, MeetingDetails? WithoutRef = null) : MeetingCommand;

/// <summary>"取消会议 2026-06-18 原因：…"; without a reason, the form card that asks for one.</summary>
public sealed record CancelMeeting(MeetingRef? Meeting, string? Reason) : MeetingCommand;

/// <summary>"会议已召开 2026-06-18".</summary>
public sealed record MarkMeetingHeld(MeetingRef? Meeting) : MeetingCommand;

/// <summary>"参加 2026-06-18", "派员参加 2026-06-18 李四", "请假 2026-06-18".</summary>
public sealed record AnswerAttendance(MeetingRef? Meeting, Attendance Attendance, string? Deputy) : MeetingCommand;

/// <summary>"参会情况 2026-06-18": who answered what.</summary>
public sealed record ShowAttendance(MeetingRef? Meeting) : MeetingCommand;

/// <summary>"会议安排", "2026年的会议", "meetings in 2026": the year's meetings and the at-least-N check.</summary>
public sealed record ListMeetings(int Year) : MeetingCommand;

/// <summary>"下次会议什么时候？", "when is the next meeting".</summary>
public sealed record ShowNextMeeting : MeetingCommand;

/// <summary>A meeting command that could not be read: which verb, what is wrong, and the text at fault.</summary>
public sealed record InvalidMeetingCommand(MeetingVerb Verb, MeetingProblem Problem, string? Detail = null) : MeetingCommand;

public enum MeetingVerb { Schedule, Reschedule, Cancel, Attend }
