using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Domain.Reporting;
using MeetingBot.Storage.Entities;

namespace MeetingBot.Storage.JointMeetings;

/// <summary>
/// The row whose ETag is the version of a joint meeting's tasks as reports see them (row key <see cref="RowKey"/>).
/// A re-import that removes tasks and a report that names a task no report named before both rewrite it under the
/// ETag they loaded, in their own atomic change: when both work from the same state, the second is a conflict and is
/// applied again on fresh state, so the re-import keeps a task reported on meanwhile, and a report on a task removed
/// meanwhile is refused. Edits of tasks some report names already, and re-imports that remove nothing, leave it
/// alone, so units' ordinary saves (all of them after a round's first reports) do not conflict with each other through it.
/// </summary>
internal static class TasksGuard
{
    public const string RowKey = "tasks";

    /// <summary>
    /// Whether the change set can leave a report pointing at a removed task unless guarded: a re-import removes tasks,
    /// or a report names a task no report named when it was loaded (a task some report names is kept by any re-import).
    /// </summary>
    public static bool Needed(ChangeSet changes) =>
        changes.Changes.Any(c => c.Aggregate switch
        {
            JointMeeting jointMeeting => jointMeeting.RemovesTasks,
            ProgressReport report => report.NewTaskIds.Any(id => changes.Tasks?.ReportedTaskIds?.Contains(id) != true),
            _ => false,
        });

    /// <summary>The guard's write: under the loaded ETag; an insert when none was loaded; unconditional when the basis is not known.</summary>
    public static EntityWrite Write(TasksBasis? basis) => basis switch
    {
        null => EntityWrite.Upsert(RowKey, "{}"),
        { ETag: null } => EntityWrite.Insert(RowKey, "{}"),
        { ETag: { } etag } => EntityWrite.Replace(RowKey, "{}", etag),
    };

    public static string? ETagOf(IEnumerable<EntityRow> rows) => rows.FirstOrDefault(r => r.RowKey == RowKey)?.ETag;
}
