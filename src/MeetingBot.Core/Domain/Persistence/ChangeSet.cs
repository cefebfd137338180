using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Meetings;
using MeetingBot.Core.Domain.Reporting;

namespace MeetingBot.Core.Domain.Persistence;

/// <summary>
/// The aggregates one action changed in one joint meeting, saved together atomically with their audit entries
/// (and a report's new versions): all of it is stored, or none. Each aggregate is either new or comes with the
/// ETag it was loaded with; if someone saved it since, the whole change is refused as a conflict.
/// </summary>
public sealed class ChangeSet(string jointMeetingId)
{
    private readonly List<(Aggregate Aggregate, string? ETag)> changes = [];

    public string JointMeetingId { get; } = jointMeetingId;

    public IReadOnlyList<(Aggregate Aggregate, string? ETag)> Changes => changes;

    /// <summary>The card action this change does, remembered with it: the store refuses a second change of the same id as a conflict.</summary>
    public string? ActionId { get; private set; }

    /// <summary>Marks the change as the one of a card action; a change of an action done already is refused by the store.</summary>
    public ChangeSet Once(string? actionId)
    {
        if (actionId is not null && !ActionReceipt.IsValidId(actionId))
            throw new ArgumentException($"'{actionId}' is not an action id.", nameof(actionId));
        ActionId = actionId;
        return this;
    }

    /// <summary>
    /// The meetings' times this change was checked against (see <see cref="MeetingCalendar"/>): set, a change that
    /// gives a meeting a new time is refused as a conflict when another meeting's time changed since. Null: not known
    /// (a seed or an import that checks nothing), and such a change is saved as it is.
    /// </summary>
    public CalendarBasis? Calendar { get; private set; }

    /// <summary>Saves meetings' new times only while the calendar is still as loaded with <paramref name="calendarETag"/>.</summary>
    public ChangeSet OnCalendar(string? calendarETag)
    {
        Calendar = new CalendarBasis(calendarETag);
        return this;
    }

    /// <summary>
    /// The joint meeting's tasks this change was worked out on (see <see cref="JointMeetingSnapshot.TasksETag"/>): set,
    /// a report naming a task anew or a re-import removing tasks is refused as a conflict when the other happened
    /// since. Null: not known, and such a change is saved as it is (and still moves the guard on).
    /// </summary>
    public TasksBasis? Tasks { get; private set; }

    /// <summary>Saves reports' new tasks and re-imports' removals only while the tasks' guard is still as loaded with <paramref name="tasksETag"/>.</summary>
    /// <param name="reportedTaskIds">The tasks the loaded reports named already: a report naming one of them anew needs no guard,
    /// since a re-import that removes it must have read that report (or conflicted with its save) and keeps the task.</param>
    public ChangeSet OnTasks(string? tasksETag, IReadOnlySet<string>? reportedTaskIds = null)
    {
        Tasks = new TasksBasis(tasksETag, reportedTaskIds);
        return this;
    }

    public ChangeSet Add(JointMeeting jointMeeting) => Put(jointMeeting, null);
    public ChangeSet Add(Meeting meeting) => Put(meeting, null);
    public ChangeSet Add(ReportingRound round) => Put(round, null);

    /// <summary>A report is new until its first save is stored; afterwards it needs the ETag it was loaded with.</summary>
    public ChangeSet Add(ProgressReport report, string? etag) => Put(report, etag);

    public ChangeSet Update<T>(Versioned<T> loaded) where T : Aggregate => Put(loaded.Value, loaded.ETag);

    private ChangeSet Put(Aggregate aggregate, string? etag)
    {
        if (aggregate.JointMeetingId != JointMeetingId)
            throw new ArgumentException($"An aggregate of joint meeting '{aggregate.JointMeetingId}' cannot be saved with '{JointMeetingId}'.", nameof(aggregate));
        if (changes.Any(c => ReferenceEquals(c.Aggregate, aggregate)))
            throw new ArgumentException("The aggregate is in this change set already.", nameof(aggregate));
        changes.Add((aggregate, etag));
        return this;
    }
}

/// <summary>The version of a joint meeting's calendar a change was checked against; null ETag: no meeting had a time yet.</summary>
public sealed record CalendarBasis(string? ETag);

/// <summary>The version of a joint meeting's tasks' guard a change was worked out on (null ETag: nothing guarded them yet), and the tasks its reports named then.</summary>
public sealed record TasksBasis(string? ETag, IReadOnlySet<string>? ReportedTaskIds = null);
