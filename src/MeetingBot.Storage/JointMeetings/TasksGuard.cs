using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Domain.Reporting;
using MeetingBot.Storage.Entities;

namespace MeetingBot.Storage.JointMeetings;

/// <summary>
/// The row whose ETag is the version of a joint meeting's tasks as reports see them (row key <see cref="RowKey"/>).
/// A re-import that removes tasks and a report that names a task it did not name before both rewrite it under the
/// ETag they loaded, in their own atomic change: when both work from the same state, the second is a conflict and is
/// applied again on fresh state, so the re-import keeps a task reported on meanwhile, and a report on a task removed
/// meanwhile is refused. Edits of tasks a report names already, and re-imports that remove nothing, leave it alone,
/// so units' ordinary saves do not conflict with each other through it.
/// </summary>
internal static class TasksGuard
{
    public const string RowKey = "tasks";

    /// <summary>Whether the change set can leave a report pointing at a removed task unless guarded.</summary>
    public static bool Needed(ChangeSet changes) =>
        changes.Changes.Any(c => c.Aggregate is JointMeeting { RemovesTasks: true } or ProgressReport { NamesNewTasks: true });

    /// <summary>The guard's write: under the loaded ETag; an insert when none was loaded; unconditional when the basis is not known.</summary>
    public static EntityWrite Write(TasksBasis? basis) => basis switch
    {
        null => EntityWrite.Upsert(RowKey, "{}"),
        { ETag: null } => EntityWrite.Insert(RowKey, "{}"),
        { ETag: { } etag } => EntityWrite.Replace(RowKey, "{}", etag),
    };

    public static string? ETagOf(IEnumerable<EntityRow> rows) => rows.FirstOrDefault(r => r.RowKey == RowKey)?.ETag;
}
