namespace MeetingBot.Core.Domain.JointMeetings;

public sealed partial class JointMeeting
{
    /// <summary>
    /// Whether a change since the joint meeting was loaded removed tasks (a re-import of a version without them):
    /// the store then saves it only while the tasks' guard is as loaded, so a report that named one of them meanwhile
    /// makes the save a conflict, and the re-import, applied again, sees the report and keeps the task.
    /// </summary>
    public bool RemovesTasks { get; private set; }

    public override void AcceptChanges()
    {
        base.AcceptChanges();
        RemovesTasks = false;
    }
}
