using System.Globalization;
using MeetingBot.Core.Domain.Audit;

namespace MeetingBot.Storage.JointMeetings;

/// <summary>
/// Where each thing of a joint meeting lives. A joint meeting is one partition (its id), so its whole working
/// state is one query (or, from its copy, one point read), and one action's change is one atomic batch. Row keys start
/// with a kind prefix:
/// <code>
/// jm                          the joint meeting
/// m|{meetingId}               a meeting
/// r|{roundId}                 a reporting round
/// p|{roundId}|{unitId}        a unit's report in a round (current version)
/// v|{roundId}|{unitId}|{n}    each saved version of it (not part of the working state)
/// x|{utcTicks}|{unique}       an audit entry (not part of the working state), in time order
/// acct|…, conv|…               lookups by a contact's account and a bound conversation (MembershipIndex)
/// due|{utcTicks}|…            a mark of the reminder due index (Reminders/DueKeys; not part of the working state)
/// a|{actionId}                a card action done (its receipt; not part of the working state)
/// cal                         the calendar guard: rewritten whenever a meeting gets a new time (its ETag is the snapshot's CalendarETag)
/// tasks                       the tasks' guard: rewritten by a re-import removing tasks and a report naming a task anew (TasksGuard)
/// copy                        the working state's rows as a load last read them, stale after any change (WorkingCopy; not part of it)
/// </code>
/// Ids never contain '|' (the domain refuses it), so a prefix names exactly one kind or one parent.
/// </summary>
internal static class RowKeys
{
    public const string JointMeeting = "jm";
    public const string MeetingPrefix = "m|";
    public const string RoundPrefix = "r|";
    public const string ReportPrefix = "p|";
    public const string VersionPrefix = "v|";
    public const string AuditPrefix = "x|";
    public const string ActionPrefix = "a|";
    public const string Calendar = "cal";

    /// <summary>The prefixes of the working state: one load reads them all at once.</summary>
    public static readonly IReadOnlyList<string> WorkingState = [JointMeeting, MeetingPrefix, RoundPrefix, ReportPrefix];

    public static string Meeting(string id) => MeetingPrefix + id;
    public static string Round(string id) => RoundPrefix + id;
    public static string Report(string roundId, string unitId) => $"{ReportPrefix}{roundId}|{unitId}";
    public static string VersionsOf(string roundId, string unitId) => $"{VersionPrefix}{roundId}|{unitId}|";
    public static string Version(string roundId, string unitId, int number) => VersionsOf(roundId, unitId) + number.ToString("D6", CultureInfo.InvariantCulture);

    public static string Action(string actionId) => ActionPrefix + actionId;

    // Ticks keep entries in time order; the unique part keeps two entries of the same instant apart.
    public static string Audit(AuditEntry entry, string unique) =>
        $"{AuditPrefix}{entry.At.UtcTicks.ToString("D19", CultureInfo.InvariantCulture)}|{unique}";
}
