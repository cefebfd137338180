namespace MeetingBot.Core.Reporting;

/// <summary>Where a joint meeting's dashboard is, as a signed, expiring link for the person who asked (the host serves it).</summary>
public interface IDashboardLinks
{
    Uri LinkFor(string jointMeetingId);

    /// <summary>One unit's view: its tasks, state and reminders only (for that unit's contacts).</summary>
    Uri LinkForUnit(string jointMeetingId, string unitId);
}
